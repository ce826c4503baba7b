// Bad inputs through the bundle, as a runner runs it: each fails the step with one ::error:: line
// that names the input and says what to do, a non-zero exit, and no write; pure input errors make
// no call of any kind (not even the OIDC token fetch), and nothing exported.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import type { RunActionOptions } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import { expectNoSecretLeak } from './support.ts'

interface BadInput {
  case: string
  inputs?: Record<string, string>
  options?: Omit<RunActionOptions, 'localAws' | 'inputs'>
  /** What the one error line must say: the input it names and the fix. */
  error: RegExp
}

/** A runtime policy past IAM's 10,240-character limit once the toolkit statements are added. */
const OVERSIZED_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: Array.from({ length: 120 }, (_, index) => ({
    Sid: `Extra${index}`,
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: `arn:aws:s3:::bucket-number-${index}/*`
  }))
})

const CASES: BadInput[] = [
  {
    case: 'empty agent name',
    inputs: { 'agent-name': '' },
    error: /^Input agent-name: is required; use letters/
  },
  {
    case: 'agent name with a dash',
    inputs: { 'agent-name': 'my-agent' },
    error:
      /^Input agent-name: "my-agent" has "-" at position 3; use letters, digits and underscores/
  },
  {
    case: 'agent name starting with a digit',
    inputs: { 'agent-name': '1agent' },
    error: /^Input agent-name: "1agent" starts with "1"; use/
  },
  {
    case: 'agent name too long',
    inputs: { 'agent-name': 'a'.repeat(49) },
    error: /^Input agent-name: .* is 49 characters long, over the limit of 48/
  },
  {
    case: 'non-ASCII agent name',
    inputs: { 'agent-name': 'agént' },
    error: /^Input agent-name: "agént" has "é" \(U\+00E9, not ASCII\) at position 3; use/
  },
  {
    case: 'upper-case region',
    inputs: { 'aws-region': 'US-EAST-1' },
    error: /^Input aws-region: "US-EAST-1" must be lower case: us-east-1/
  },
  {
    case: 'made-up region',
    inputs: { 'aws-region': 'mars-north-1' },
    error: /^Input aws-region: "mars-north-1" is not an AWS region code; use one like us-east-1/
  },
  {
    case: 'bad region from AWS_REGION',
    inputs: { 'aws-region': '' },
    options: { env: { AWS_REGION: 'bogus' } },
    error: /^Input aws-region: "bogus" \(from AWS_REGION\) is not an AWS region code/
  },
  {
    case: 'role name instead of an ARN',
    inputs: { 'role-to-assume': 'github-deployer' },
    error: /^Input role-to-assume: "github-deployer" is a role name; give the full role ARN/
  },
  {
    case: 'role ARN with a short account id',
    inputs: { 'role-to-assume': 'arn:aws:iam::1234:role/deployer' },
    error: /^Input role-to-assume: .* account id "1234"; it must be 12 digits/
  },
  {
    case: 'role ARN of another partition',
    inputs: { 'role-to-assume': 'arn:aws-cn:iam::111122223333:role/deployer' },
    error: /^Input role-to-assume: .*aws-cn/
  },
  {
    case: 'execution role ARN of a user',
    inputs: { 'execution-role': 'arn:aws:iam::111122223333:user/alice' },
    error: /^Input execution-role: /
  },
  {
    case: 'boundary that is not a policy ARN',
    inputs: { 'permissions-boundary': 'my-boundary' },
    error: /^Input permissions-boundary: "my-boundary" is not a managed policy ARN; give one like/
  },
  {
    case: 'duration below the range',
    inputs: { 'role-duration-seconds': '60' },
    error: /^Input role-duration-seconds: 60 is out of range; STS accepts 900/
  },
  {
    case: 'duration above the range',
    inputs: { 'role-duration-seconds': '50000' },
    error: /^Input role-duration-seconds: 50000 is out of range; STS accepts 900/
  },
  {
    case: 'duration not a number',
    inputs: { 'role-duration-seconds': 'one hour' },
    error: /^Input role-duration-seconds: "one hour" is not a whole number of seconds; use 900/
  },
  {
    case: 'unknown mode',
    inputs: { mode: 'destroy' },
    error: /^Input mode: "destroy" is not one of apply, dry-run, verify/
  },
  {
    case: 'unknown deployment type',
    inputs: { 'deployment-type': 'lambda' },
    error: /^Input deployment-type: "lambda" is not one of container, direct_code_deploy/
  },
  {
    case: 'unknown protocol',
    inputs: { protocol: 'gRPC' },
    error: /^Input protocol: "gRPC" is not one of HTTP, MCP, A2A/
  },
  {
    case: 'bad boolean',
    inputs: { 'fail-on-drift': 'yes' },
    error: /^Input fail-on-drift: "yes" is not a boolean; use true or false/
  },
  {
    case: 'bad boolean (check-pass-role)',
    inputs: { 'check-pass-role': 'maybe' },
    error: /^Input check-pass-role: "maybe" is not a boolean; use true or false/
  },
  {
    case: 'tag without =',
    inputs: { tags: 'team' },
    error: /^Input tags: "team" has no "="; write one key=value per line, or a JSON object/
  },
  {
    case: 'reserved tag key',
    inputs: { tags: 'aws:team=agents' },
    error: /^Input tags: tag key "aws:team" starts with "aws:", which AWS reserves/
  },
  {
    case: 'tag value not a string',
    inputs: { tags: '{"team": ["a", "b"]}' },
    error: /^Input tags: the value of tag "team" must be a string/
  },
  {
    case: 'malformed extra-policy JSON',
    inputs: { 'extra-policy': '{"Statement": [' },
    error: /^Input extra-policy: inline JSON is not valid JSON: /
  },
  {
    case: 'extra-policy statement without Resource',
    inputs: { 'extra-policy': '{"Effect": "Allow", "Action": "s3:GetObject"}' },
    error: /^Input extra-policy: statement 1 has neither Resource nor NotResource; give one of them/
  },
  {
    case: 'extra-policy with a Principal',
    inputs: {
      'extra-policy':
        '{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}'
    },
    error: /^Input extra-policy: statement 1 has Principal; .* remove it/
  },
  {
    case: 'extra-policy file missing',
    inputs: { 'extra-policy': 'policies/missing.json' },
    error:
      /^Input extra-policy: cannot read the file "policies\/missing.json" .*no such file.*; give a JSON policy inline or a path relative to the workspace/
  },
  {
    case: 'bad account id in allowed-account-ids',
    inputs: { 'allowed-account-ids': '1234' },
    error: /^Input allowed-account-ids: "1234" is not an AWS account id \(12 digits\)/
  },
  {
    case: 'ECR repository with upper case',
    inputs: { 'ecr-repository': 'My/Repo' },
    error: /^Input ecr-repository: /
  },
  {
    case: 'memory id that is not one',
    inputs: { 'memory-id': 'mem' },
    error: /^Input memory-id: /
  },
  {
    case: 'session name too short',
    inputs: { 'role-session-name': 'a' },
    error: /^Input role-session-name: /
  },
  {
    case: 'missing id-token permission',
    options: { oidc: false },
    error:
      /^The job has no GitHub OIDC token, which role-to-assume needs: grant `permissions: id-token: write`/
  },
  {
    case: 'extra-policy too large',
    inputs: { 'extra-policy': OVERSIZED_POLICY },
    error:
      /^extra-policy makes the runtime role's inline policy \d+ characters long .* over IAM's limit of 10240 .*; shorten extra-policy or put those statements in a managed policy/
  },
  {
    case: 'unreadable config file',
    inputs: { 'config-file': 'missing/.bedrock_agentcore.yaml' },
    error: /^config-file .*missing\/\.bedrock_agentcore\.yaml.*not found; run `agentcore configure/
  },
  {
    case: 'every agent without a config file',
    inputs: { 'agent-name': '*' },
    error: /^Input agent-name: "\*" means every agent of config-file, but config-file is not set/
  },
  {
    case: 'every agent and a name',
    inputs: { 'agent-name': '*, my_agent', 'config-file': 'other-agent.yaml' },
    error: /^Input agent-name: "\*" stands for every agent of config-file; give it alone/
  },
  {
    case: 'an agent named twice',
    inputs: { 'agent-name': 'alpha,\nalpha' },
    error: /^Input agent-name: "alpha" is given twice; name each agent once/
  },
  {
    case: 'a bad name among several agents',
    inputs: { 'agent-name': 'alpha, be-ta' },
    error: /^Input agent-name: "be-ta" has "-" at position 3/
  },
  {
    case: 'execution-role with several agents',
    inputs: { 'agent-name': 'alpha, beta', 'execution-role': 'shared-runtime' },
    error: /^Input execution-role: names one role, but agent-name names several agents/
  },
  // Security hardening (issue 12): every one of these is found before any AWS call.
  {
    case: 'role path with an empty segment',
    inputs: { 'role-path': '//' },
    error: /^Input role-path: "\/\/" is not an IAM path; .*no empty part, e\.g\. "\/"/
  },
  {
    case: 'role path with an empty inner segment',
    inputs: { 'role-path': '/agents//prod/' },
    error: /^Input role-path: "\/agents\/\/prod\/" is not an IAM path; .*e\.g\. "\/agents\/prod\/"/
  },
  {
    case: 'role-to-assume with an empty path segment',
    inputs: { 'role-to-assume': 'arn:aws:iam::111122223333:role//deployer' },
    error: /^Input role-to-assume: .* has the path "\/\/"; an IAM path is/
  },
  {
    case: 'the ownership tag in tags',
    inputs: { tags: 'managed-by=someone' },
    error: /^Input tags: tag key "managed-by" is this action's ownership tag/
  },
  {
    case: 'the ownership tag in another case',
    inputs: { tags: 'Managed-By=agentcore-role-action' },
    error:
      /^Input tags: tag key "Managed-By" is this action's ownership tag \(IAM tag keys ignore case\)/
  },
  {
    case: 'the ownership tag in JSON tags',
    inputs: { tags: '{"MANAGED-BY": "agentcore-role-action"}' },
    error: /^Input tags: tag key "MANAGED-BY" is this action's ownership tag/
  },
  {
    case: 'audience with a newline',
    inputs: { audience: 'sts.amazonaws.com\n::add-mask::x' },
    error: /^Input audience: .* has a control character \(U\+000A\); an audience is printable ASCII/
  },
  {
    case: 'audience with a space',
    inputs: { audience: 'sts amazonaws' },
    error: /^Input audience: "sts amazonaws" has a space; an audience is printable ASCII/
  },
  {
    case: 'one role for both kinds',
    inputs: { 'execution-role': 'shared-role', 'codebuild-role': 'shared-role' },
    error: /^Input codebuild-role: names the same role as the runtime role \(shared-role\)/
  },
  {
    case: 'one role for both kinds, in two cases',
    inputs: { 'execution-role': 'Shared-Role', 'codebuild-role': 'shared-role' },
    error: /^Input codebuild-role: names the same role as the runtime role/
  },
  {
    case: 'one role for both kinds, name and ARN',
    inputs: {
      'execution-role': 'agent-role',
      'codebuild-role': 'arn:aws:iam::111122223333:role/agent-role'
    },
    error: /^Input codebuild-role: names the same role as the runtime role \(agent-role\)/
  },
  {
    case: "the caller's own role as execution-role",
    inputs: { 'execution-role': 'github-deployer', 'manage-existing-roles': 'true' },
    error:
      /^Input execution-role: github-deployer is the role this workflow runs as \(github-deployer\); the action would rewrite its trust policy/
  },
  {
    case: "the caller's own role ARN as codebuild-role",
    inputs: { 'codebuild-role': 'arn:aws:iam::111122223333:role/github-deployer' },
    error: /^Input codebuild-role: github-deployer is the role this workflow runs as/
  },
  {
    case: "the caller's own role in another case",
    inputs: { 'execution-role': 'GitHub-Deployer' },
    error: /^Input execution-role: GitHub-Deployer is the role this workflow runs as/
  },
  {
    case: 'execution-role ARN in another account',
    inputs: { 'execution-role': 'arn:aws:iam::444455556666:role/agent-role' },
    error:
      /^Input execution-role: role arn:aws:iam::444455556666:role\/agent-role is not in this account and partition \(arn:aws:iam::111122223333:/
  },
  {
    case: 'codebuild-role ARN in another account',
    inputs: { 'codebuild-role': 'arn:aws:iam::444455556666:role/builder' },
    error:
      /^Input codebuild-role: role arn:aws:iam::444455556666:role\/builder is not in this account/
  },
  {
    case: 'extra-policy Sid that the runtime policy uses',
    inputs: {
      'extra-policy':
        '{"Sid": "ECRTokenAccess", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'
    },
    error: /^extra-policy: Sid "ECRTokenAccess" is already used in the runtime role's policy/
  },
  {
    case: 'extra-policy granting every action',
    inputs: { 'extra-policy': '{"Effect": "Allow", "Action": "*", "Resource": "*"}' },
    error:
      /^Input extra-policy: statement 1 allows every action \("\*"\), which the agent's runtime role would then hold; .* set allow-broad-extra-policy: true/
  },
  {
    case: 'extra-policy granting every IAM action',
    inputs: {
      'extra-policy': '{"Sid": "Iam", "Effect": "Allow", "Action": "IAM:*", "Resource": "*"}'
    },
    error: /^Input extra-policy: statement 1 \(Sid Iam\) allows every IAM action/
  },
  {
    case: 'extra-policy granting PassRole on every role',
    inputs: {
      'extra-policy':
        '[{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Action": "iam:Pass*", "Resource": "arn:aws:iam::*:role/*"}]'
    },
    error: /^Input extra-policy: statement 2 allows iam:PassRole on every role/
  },
  {
    case: 'extra-policy with Allow and NotAction',
    inputs: {
      'extra-policy': '{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}'
    },
    error: /^Input extra-policy: statement 1 allows every action except iam:\* \(NotAction\)/
  },
  {
    case: 'extra-policy file outside the workspace',
    inputs: { 'extra-policy': '../outside/policy.json' },
    error:
      /^Input extra-policy: cannot read the file "..\/outside\/policy.json" \(outside the workspace \(GITHUB_WORKSPACE\)\)/
  },
  {
    case: 'extra-policy absolute path outside the workspace',
    inputs: { 'extra-policy': '/etc/hostname' },
    error: /^Input extra-policy: cannot read the file "\/etc\/hostname" \(outside the workspace/
  },
  {
    case: 'extra-policy that is a directory',
    inputs: { 'extra-policy': 'policies' },
    error: /^Input extra-policy: cannot read the file "policies" \(a directory, not a file\)/
  },
  {
    case: 'extra-policy file that is not JSON',
    inputs: { 'extra-policy': 'policies/not-json.json' },
    error:
      /^Input extra-policy: file "policies\/not-json.json" is not valid JSON: at line 2, column \d+\.$/
  },
  {
    case: 'bad boolean (allow-broad-extra-policy)',
    inputs: { 'allow-broad-extra-policy': 'sure' },
    error: /^Input allow-broad-extra-policy: "sure" is not a boolean/
  },
  {
    case: 'bad boolean (manage-existing-roles)',
    inputs: { 'manage-existing-roles': 'always' },
    error: /^Input manage-existing-roles: "always" is not a boolean/
  },
  {
    case: 'config file that is a directory',
    inputs: { 'config-file': 'policies' },
    error:
      /^config-file policies: a directory, not a file; give the path of the \.bedrock_agentcore\.yaml/
  },
  {
    case: 'config file outside the workspace',
    inputs: { 'config-file': '/etc/passwd' },
    error: /^config-file \/etc\/passwd: outside the workspace \(GITHUB_WORKSPACE\)/
  },
  {
    case: 'config file with a YAML alias bomb',
    inputs: { 'config-file': 'bomb.yaml' },
    error: /^config-file bomb.yaml: its YAML aliases expand too far to read safely/
  },
  {
    case: 'config file without the agent',
    inputs: { 'config-file': 'other-agent.yaml' },
    error:
      /^config-file other-agent.yaml:\d+:\d+: no agent `bad_input_\d+` under `agents` \(found: someone_else\)/
  },
  {
    case: 'CDK qualifier with a space',
    inputs: { 'cdk-qualifier': 'my qual' },
    error: /^Input cdk-qualifier: "my qual" is not a CDK bootstrap qualifier/
  },
  {
    case: 'a toolkit input with the new CLI',
    inputs: { 'config-file': 'agentcore/agentcore.json', 'memory-id': 'mem-abcdefghij' },
    error: /^Input memory-id: applies to the starter toolkit only; with config-file agentcore\.json/
  },
  {
    case: 'an agentcore.json that is not JSON',
    inputs: { 'config-file': 'broken/agentcore.json' },
    error: /^config-file broken\/agentcore\.json: is not valid JSON \(at line 2, column \d+\)/
  },
  {
    case: 'an agentcore.json without the runtime',
    inputs: { 'config-file': 'agentcore/agentcore.json' },
    error:
      /^Input agent-name: agentcore\/agentcore\.json has no runtime named bad_input_\d+ \(runtimes: someRuntime\)/
  }
]

/** The runner unescapes ::error:: data: %25 %0D %0A. */
function unescapeCommand(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

describe('bad inputs', () => {
  let scenario: Scenario
  let workspace: string

  beforeAll(async () => {
    scenario = await startScenario({ agentName: 'input_checks' })
    workspace = mkdtempSync(join(tmpdir(), 'bad-inputs-'))
    mkdirSync(join(workspace, 'policies'))
    writeFileSync(join(workspace, 'policies', 'unrelated.json'), '{}')
    writeFileSync(join(workspace, 'policies', 'not-json.json'), '{\n  "Statement": [oops]\n}')
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const previous = index === 0 ? 'a' : (['b', 'c', 'd', 'e', 'f'][index - 1] as string)
      lol.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const bombAgent = `bad_input_${CASES.findIndex((bad) => bad.inputs?.['config-file'] === 'bomb.yaml')}`
    writeFileSync(
      join(workspace, 'bomb.yaml'),
      `${lol.join('\n')}\nagents:\n  ${bombAgent}:\n    name: ${bombAgent}\n    entrypoint: main.py\n`
    )
    mkdirSync(join(workspace, 'agentcore'))
    writeFileSync(
      join(workspace, 'agentcore', 'agentcore.json'),
      JSON.stringify({
        name: 'Demo',
        version: 1,
        runtimes: [{ name: 'someRuntime', build: 'Container' }]
      })
    )
    mkdirSync(join(workspace, 'broken'))
    writeFileSync(join(workspace, 'broken', 'agentcore.json'), '{\n  "name": Demo\n}\n')
    writeFileSync(
      join(workspace, 'other-agent.yaml'),
      'agents:\n  someone_else:\n    name: someone_else\n    entrypoint: main.py\n'
    )
  })
  afterAll(async () => {
    await scenario.close()
    rmSync(workspace, { recursive: true, force: true })
  })

  it('covers at least 50 distinct inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50)
    expect(new Set(CASES.map((bad) => JSON.stringify(bad.inputs ?? bad.options))).size).toBe(
      CASES.length
    )
  })

  it.each(CASES.map((bad, index) => ({ ...bad, index })))(
    '$case: one error line naming it, exit 1, nothing written',
    async (bad) => {
      scenario.aws.calls.reset()
      // Each case on its own agent: should one be accepted, its roles cannot hide another's writes.
      const inputs = { 'agent-name': `bad_input_${bad.index}`, ...bad.inputs }
      const run = await scenario.run(inputs, { workspace, ...bad.options })
      expect(run.exitCode).toBe(1)
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
      expect(errors).toHaveLength(1)
      const message = unescapeCommand((errors[0] as string).replace(/^::error[^:]*::/, ''))
      expect(message.split('\n')[0]).toMatch(bad.error)
      expect(run.summary).toContain(message.split('\n')[0] as string)
      // Every check that needs no AWS runs before the first call, the token fetch included.
      expect(scenario.aws.calls.all()).toEqual([])
      expect(run.githubEnv).toEqual({})
      expectNoSecretLeak(run, scenario)
    }
  )
})
