// Bad inputs through the bundle, as a runner runs it: each fails the step with one ::error:: line
// that names the input and says what to do, a non-zero exit, and no write; pure input errors make
// no call of any kind (not even the OIDC token fetch).
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
  /** Errors found only after the credentials (they need the account): reads allowed, no writes. */
  needsAccount?: boolean
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
      /^extra-policy makes the runtime role's inline policy \d+ characters long .* over IAM's limit of 10240 .*; shorten extra-policy or put those statements in a managed policy/,
    needsAccount: true
  },
  {
    case: 'unreadable config file',
    inputs: { 'config-file': 'missing/.bedrock_agentcore.yaml' },
    error: /^config-file .*missing\/\.bedrock_agentcore\.yaml.*not found; run `agentcore configure/,
    needsAccount: true
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
  })
  afterAll(async () => {
    await scenario.close()
    rmSync(workspace, { recursive: true, force: true })
  })

  it('covers at least 25 inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25)
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
      if (bad.needsAccount) {
        expect(scenario.aws.calls.writes()).toEqual([])
      } else {
        expect(scenario.aws.calls.all()).toEqual([])
      }
      expectNoSecretLeak(run, scenario)
    }
  )
})
