import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../../__fixtures__/core.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { defaultSessionName, ineffectiveInputWarnings, parseInputs, readActionInputs } =
  await import('../../src/inputs/inputs.ts')
const { InputError } = await import('../../src/common/errors.ts')

const ROLE_ARN = 'arn:aws:iam::111122223333:role/github-deployer'
const REQUIRED = { 'agent-name': 'my_agent', 'aws-region': 'us-east-1' }
const workspace = mkdtempSync(path.join(tmpdir(), 'inputs-test-'))
writeFileSync(
  path.join(workspace, 'extra.json'),
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadConfig',
        Effect: 'Allow',
        Action: 'ssm:GetParameter',
        Resource: 'arn:aws:ssm:us-east-1:111122223333:parameter/agent/*'
      }
    ]
  })
)
writeFileSync(path.join(workspace, 'broken.json'), '{"Statement": [')

afterAll(() => rmSync(workspace, { recursive: true, force: true }))

function parse(values: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return parseInputs((name) => values[name] ?? '', { GITHUB_WORKSPACE: workspace, ...env })
}

function parseError(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): Error {
  try {
    parse(values, env)
  } catch (error) {
    return error as Error
  }
  throw new Error(`accepted ${JSON.stringify(values)}`)
}

const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }
const policy = (...statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements })
const manyTags = Array.from({ length: 50 }, (_, index) => `key${index}=value`).join('\n')

// [input, value, what the message must say, extra inputs, environment]
const badInputs: [string, string, RegExp | string, Record<string, string>?, NodeJS.ProcessEnv?][] =
  [
    ['agent-name', '', 'is required'],
    [
      'agent-name',
      'my-agent',
      `Input agent-name: "my-agent" has "-" at position 3; use letters, digits and underscores, starting with a letter (AgentCore's rule ^[a-zA-Z][a-zA-Z0-9_]{0,47}$).`
    ],
    ['agent-name', '1agent', 'starts with "1"'],
    ['agent-name', '_agent', 'starts with "_"'],
    ['agent-name', 'agént', '"é" (U+00E9, not ASCII) at position 3'],
    ['agent-name', 'my agent', 'has a space at position 3'],
    ['agent-name', 'a'.repeat(49), '49 characters long, over the limit of 48'],
    ['aws-region', 'US-EAST-1', 'must be lower case: us-east-1'],
    ['aws-region', 'useast1', 'is not an AWS region code'],
    ['aws-region', 'us-east', 'is not an AWS region code'],
    ['aws-region', 'us-gov-1', 'is not an AWS region code'],
    ['aws-region', 'us-iso-east-1', 'isolated or sovereign partition'],
    ['aws-region', '', 'nor is AWS_REGION or AWS_DEFAULT_REGION'],
    ['aws-region', '', '"bogus" (from AWS_REGION)', {}, { AWS_REGION: 'bogus' }],
    [
      'role-to-assume',
      'github-deployer',
      'is a role name; give the full role ARN, e.g. arn:aws:iam::123456789012:role/NAME'
    ],
    ['role-to-assume', 'arn:aws:iam::1234:role/deployer', 'must be 12 digits'],
    [
      'role-to-assume',
      'arn:aws-cn:iam::111122223333:role/deployer',
      "the region's partition is aws"
    ],
    ['role-to-assume', 'arn:aws:iam::111122223333:user/deployer', 'is not a role ARN'],
    ['role-to-assume', 'arn:aws:iam::111122223333:role/bad*name', 'has the role name "bad*name"'],
    ['role-duration-seconds', '3600s', 'is not a whole number of seconds; use 900 to 43200'],
    ['role-duration-seconds', '1e3', 'is not a whole number'],
    ['role-duration-seconds', 'abc', 'is not a whole number'],
    ['role-duration-seconds', '899', '899 is out of range'],
    ['role-duration-seconds', '43201', '43201 is out of range'],
    ['role-session-name', 'a', 'is not a valid session name'],
    ['role-session-name', 'has space', 'is not a valid session name'],
    ['role-session-name', 'x'.repeat(65), 'is not a valid session name'],
    ['mode', 'plan', '"plan" is not one of apply, dry-run, verify'],
    ['mode', 'DRYRUN', 'is not one of apply, dry-run, verify'],
    ['fail-on-drift', 'yes', '"yes" is not a boolean; use true or false'],
    ['check-pass-role', 'on', 'is not a boolean'],
    ['export-credentials', '1', 'is not a boolean'],
    ['manage-existing-roles', 'maybe', 'is not a boolean'],
    ['create-codebuild-role', 'tRUE', 'is not a boolean'],
    ['comment-on-pr', 'no', 'is not a boolean'],
    ['check-deploy-permissions', 'y', 'is not a boolean'],
    ['deployment-type', 'lambda', 'is not one of container, direct_code_deploy'],
    ['protocol', 'grpc', '"grpc" is not one of HTTP, MCP, A2A'],
    ['memory-id', 'mem', 'is not an AgentCore memory id'],
    ['memory-id', 'my_memory-abc', 'is not an AgentCore memory id'],
    [
      'memory-id',
      'arn:aws:bedrock-agentcore:us-east-1:111122223333:memory/my_memory-a1b2c3d4e5',
      'give the memory id alone: "my_memory-a1b2c3d4e5"'
    ],
    ['ecr-repository', 'My-Repo', 'lower case: "my-repo"'],
    ['ecr-repository', 'repo--name_', 'is not an ECR repository name'],
    ['ecr-repository', 'a', 'must be 2 to 256 characters long'],
    [
      'ecr-repository',
      '111122223333.dkr.ecr.us-east-1.amazonaws.com/team/agent:latest',
      'give the repository name alone: "team/agent"'
    ],
    ['execution-role', 'service-role/MyRole', 'give the role name alone or its full ARN'],
    ['execution-role', 'bad name!', 'is not a role name'],
    [
      'codebuild-role',
      'arn:aws-us-gov:iam::111122223333:role/build',
      "the region's partition is aws"
    ],
    ['permissions-boundary', 'MyBoundary', 'is not a managed policy ARN'],
    ['permissions-boundary', 'arn:aws:iam::111122223333:role/x', 'is not a managed policy ARN'],
    ['permissions-boundary', 'arn:aws:iam::acct:policy/Boundary', 'use 12 digits (or "aws")'],
    ['role-path', 'agentcore', 'e.g. "/agentcore/"'],
    ['role-path', '/a b/', 'is not an IAM path'],
    ['role-path', `/${'p'.repeat(512)}/`, 'at most 512 characters'],
    ['tags', 'novalue', 'has no "="'],
    ['tags', 'aws:owner=me', 'starts with "aws:"'],
    ['tags', 'team=a\nTeam=b', 'tag key "Team" is given twice'],
    ['tags', 'team=a&b', 'has "&"'],
    ['tags', '=value', 'must be 1 to 128 characters'],
    ['tags', `${'k'.repeat(129)}=v`, 'must be 1 to 128 characters'],
    ['tags', `k=${'v'.repeat(257)}`, 'longer than 256 characters'],
    ['tags', '{"team": {"name": "a"}}', 'the value of tag "team" must be a string'],
    ['tags', '{"team": ', 'is not valid JSON'],
    ['tags', manyTags, '50 tags given'],
    ['extra-policy', '{not json', 'inline JSON is not valid JSON'],
    ['extra-policy', 'missing.json', 'cannot read the file "missing.json"'],
    ['extra-policy', 'broken.json', 'file "broken.json" is not valid JSON'],
    ['extra-policy', policy({ ...statement, Principal: '*' }), 'statement 1 has Principal'],
    [
      'extra-policy',
      policy(statement, { Sid: 'Second', Action: 's3:*', Resource: '*' }),
      'statement 2 (Sid "Second"): Effect must be "Allow" or "Deny"'
    ],
    [
      'extra-policy',
      policy({ ...statement, Effect: 'allow' }),
      'Effect must be "Allow" or "Deny", not "allow"'
    ],
    [
      'extra-policy',
      policy({ Effect: 'Allow', Resource: '*' }),
      'statement 1 has neither Action nor NotAction'
    ],
    [
      'extra-policy',
      policy({ ...statement, NotAction: 's3:PutObject' }),
      'has both Action and NotAction'
    ],
    [
      'extra-policy',
      policy({ ...statement, Resource: 'my-bucket' }),
      'Resource "my-bucket" is not an ARN or "*"'
    ],
    [
      'extra-policy',
      policy({ ...statement, Action: ['s3 GetObject'] }),
      'Action "s3 GetObject" is not an action'
    ],
    [
      'extra-policy',
      policy({ ...statement, Resource: [] }),
      'Resource must be a string or a non-empty list'
    ],
    [
      'extra-policy',
      JSON.stringify({ Version: '2020-01-01', Statement: [statement] }),
      'Version "2020-01-01"'
    ],
    ['extra-policy', policy({ ...statement, Actions: 's3:*' }), 'unknown key "Actions"'],
    [
      'extra-policy',
      policy({ ...statement, Sid: 'read-only' }),
      'Sid must contain only letters and digits'
    ],
    [
      'extra-policy',
      policy({ ...statement, Condition: { StringEquals: 'x' } }),
      'Condition "StringEquals" must map condition keys'
    ],
    ['extra-policy', policy(), 'has no statements'],
    ['extra-policy', '{"Foo": 1}', 'is neither a policy document'],
    ['allowed-account-ids', '111122223333,12345', '"12345" is not an AWS account id'],
    ['allowed-account-ids', 'arn:aws:iam::111122223333:root', 'is not an AWS account id']
  ]

describe('parseInputs rejects bad inputs with one line that names the input', () => {
  it('covers at least 30 cases', () => expect(badInputs.length).toBeGreaterThanOrEqual(30))

  it.each(badInputs)('%s: %j', (input, value, expected, others = {}, env = {}) => {
    const error = parseError({ ...REQUIRED, ...others, [input]: value }, env)
    expect(error).toBeInstanceOf(InputError)
    expect(error.message.startsWith(`Input ${input}: `)).toBe(true)
    expect(error.message).not.toContain('\n')
    if (typeof expected === 'string') expect(error.message).toContain(expected)
    else expect(error.message).toMatch(expected)
  })
})

describe('parseInputs accepts good inputs', () => {
  it('applies the defaults of action.yml', () => {
    expect(parse(REQUIRED)).toEqual({
      deployTool: 'starter-toolkit',
      cdkQualifier: 'hnb659fds',
      agentName: 'my_agent',
      agentNames: ['my_agent'],
      region: 'us-east-1',
      partition: 'aws',
      roleToAssume: undefined,
      audience: 'sts.amazonaws.com',
      roleSessionName: 'agentcore-role-action',
      roleDurationSeconds: 3600,
      mode: 'apply',
      failOnDrift: false,
      executionRole: undefined,
      codebuildRole: undefined,
      createCodebuildRole: true,
      deploymentType: 'container',
      protocol: 'HTTP',
      memoryId: undefined,
      ecrRepository: undefined,
      permissionsBoundary: undefined,
      rolePath: '/',
      tags: {},
      extraPolicyStatements: [],
      allowBroadExtraPolicy: false,
      manageExistingRoles: false,
      acceptRiskyPolicies: [],
      models: [],
      deleteInUse: false,
      validatePolicies: true,
      checkNewAccess: true,
      blockingFindingTypes: ['ERROR', 'SECURITY_WARNING'],
      ignoredFindings: [],
      checkPassRole: true,
      checkDeployPermissions: false,
      exportCredentials: false,
      allowedAccountIds: [],
      configFile: undefined,
      githubToken: undefined,
      commentOnPr: false,
      cleanupCredentials: true
    })
  })

  it('reads every input, trimmed', () => {
    const inputs = parse({
      'agent-name': '  Agent_2  ',
      'aws-region': 'eu-central-1',
      'role-to-assume': ' arn:aws:iam::111122223333:role/ci/github/deployer ',
      audience: 'sts.amazonaws.com',
      'role-session-name': 'deploy@octo.app',
      'role-duration-seconds': '900',
      mode: 'dry-run',
      'fail-on-drift': 'True',
      'execution-role': 'MyRuntimeRole',
      'codebuild-role': 'arn:aws:iam::111122223333:role/service-role/MyBuildRole',
      'create-codebuild-role': 'FALSE',
      'deployment-type': 'direct_code_deploy',
      protocol: 'a2a',
      'memory-id': 'my_memory-a1B2c3D4e5',
      'ecr-repository': 'team/agents.runtime_x-1',
      'permissions-boundary': 'arn:aws:iam::111122223333:policy/boundaries/Developer',
      'role-path': '/agentcore/prod/',
      tags: 'team = agents\ncost-center=1234, owner=me@example.com',
      'extra-policy': 'extra.json',
      'manage-existing-roles': 'true',
      'accept-risky-policies': 'AgentAdmin\narn:aws:iam::aws:policy/PowerUserAccess, ops-tools',
      'check-pass-role': 'false',
      'check-deploy-permissions': 'true',
      'export-credentials': 'false',
      'allowed-account-ids': '111122223333, 444455556666\n777788889999',
      'config-file': '.bedrock_agentcore.yaml',
      'github-token': 'ghs_token',
      'comment-on-pr': 'true',
      models:
        'anthropic.claude-3-5-haiku-20241022-v1:0, us.amazon.nova-pro-v1:0\narn:aws:bedrock:eu-central-1:111122223333:application-inference-profile/a1b2c3d4e5f6',
      'validate-policies': 'false',
      'check-new-access': 'FALSE',
      'treat-finding-type-as-blocking': 'error, warning',
      'ignore-finding': 'PASS_ROLE_WITH_STAR_IN_RESOURCE\nReadConfig.MISSING_VERSION'
    })
    expect(inputs).toEqual({
      deployTool: 'starter-toolkit',
      cdkQualifier: 'hnb659fds',
      agentName: 'Agent_2',
      agentNames: ['Agent_2'],
      allowBroadExtraPolicy: false,
      region: 'eu-central-1',
      partition: 'aws',
      roleToAssume: 'arn:aws:iam::111122223333:role/ci/github/deployer',
      audience: 'sts.amazonaws.com',
      roleSessionName: 'deploy@octo.app',
      roleDurationSeconds: 900,
      mode: 'dry-run',
      failOnDrift: true,
      executionRole: 'MyRuntimeRole',
      codebuildRole: 'arn:aws:iam::111122223333:role/service-role/MyBuildRole',
      createCodebuildRole: false,
      deploymentType: 'direct_code_deploy',
      protocol: 'A2A',
      memoryId: 'my_memory-a1B2c3D4e5',
      ecrRepository: 'team/agents.runtime_x-1',
      permissionsBoundary: 'arn:aws:iam::111122223333:policy/boundaries/Developer',
      rolePath: '/agentcore/prod/',
      tags: { team: 'agents', 'cost-center': '1234', owner: 'me@example.com' },
      extraPolicyStatements: [
        {
          Sid: 'ReadConfig',
          Effect: 'Allow',
          Action: 'ssm:GetParameter',
          Resource: 'arn:aws:ssm:us-east-1:111122223333:parameter/agent/*'
        }
      ],
      manageExistingRoles: true,
      acceptRiskyPolicies: ['AgentAdmin', 'arn:aws:iam::aws:policy/PowerUserAccess', 'ops-tools'],
      models: [
        { kind: 'foundation-model', id: 'anthropic.claude-3-5-haiku-20241022-v1:0' },
        {
          kind: 'system-profile',
          id: 'us.amazon.nova-pro-v1:0',
          geography: 'us',
          model: 'amazon.nova-pro-v1:0'
        },
        {
          kind: 'application-profile',
          id: 'a1b2c3d4e5f6',
          arn: 'arn:aws:bedrock:eu-central-1:111122223333:application-inference-profile/a1b2c3d4e5f6',
          region: 'eu-central-1'
        }
      ],
      deleteInUse: false,
      validatePolicies: false,
      checkNewAccess: false,
      blockingFindingTypes: ['ERROR', 'WARNING'],
      ignoredFindings: ['PASS_ROLE_WITH_STAR_IN_RESOURCE', 'ReadConfig.MISSING_VERSION'],
      checkPassRole: false,
      checkDeployPermissions: true,
      exportCredentials: false,
      allowedAccountIds: ['111122223333', '444455556666', '777788889999'],
      configFile: '.bedrock_agentcore.yaml',
      githubToken: 'ghs_token',
      commentOnPr: true,
      cleanupCredentials: true
    })
  })

  it.each([
    ['us-east-1', 'aws'],
    ['ap-southeast-5', 'aws'],
    ['il-central-1', 'aws'],
    ['mx-central-1', 'aws'],
    ['ca-west-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov']
  ])('derives the partition of %s', (region, partition) => {
    expect(parse({ ...REQUIRED, 'aws-region': region })).toMatchObject({ region, partition })
  })

  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION; the input wins', () => {
    const agent = { 'agent-name': 'a' }
    expect(parse(agent, { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-2' }).region).toBe(
      'eu-west-1'
    )
    expect(parse(agent, { AWS_DEFAULT_REGION: 'eu-west-2' }).region).toBe('eu-west-2')
    expect(parse({ ...agent, 'aws-region': 'us-west-2' }, { AWS_REGION: 'eu-west-1' }).region).toBe(
      'us-west-2'
    )
  })

  it('accepts role ARNs of the partition of the region', () => {
    const inputs = parse({
      ...REQUIRED,
      'aws-region': 'cn-north-1',
      'role-to-assume': 'arn:aws-cn:iam::111122223333:role/deployer'
    })
    expect(inputs.roleToAssume).toBe('arn:aws-cn:iam::111122223333:role/deployer')
  })

  it('exports credentials by default only when a role is assumed', () => {
    expect(parse({ ...REQUIRED, 'role-to-assume': ROLE_ARN }).exportCredentials).toBe(true)
    expect(
      parse({ ...REQUIRED, 'role-to-assume': ROLE_ARN, 'export-credentials': 'false' })
        .exportCredentials
    ).toBe(false)
    expect(parse(REQUIRED).exportCredentials).toBe(false)
  })

  it('reads tags as a JSON object', () => {
    expect(
      parse({ ...REQUIRED, tags: '{"team": "agents", "tier": 2, "public": false, "empty": ""}' })
        .tags
    ).toEqual({
      team: 'agents',
      tier: '2',
      public: 'false',
      empty: ''
    })
  })

  it('allows 49 tags (the managed-by tag makes 50) and the IAM tag characters', () => {
    const tags = Array.from({ length: 48 }, (_, index) => `key${index}=value`)
    tags.push('Équipe: nom/équipe=a b_c.d:e/f=g+h-i@j')
    expect(Object.keys(parse({ ...REQUIRED, tags: tags.join('\n') }).tags)).toHaveLength(49)
  })

  it.each([
    ['a statement list', JSON.stringify([statement, { ...statement, Effect: 'Deny' }]), 2],
    ['one statement', JSON.stringify(statement), 1],
    [
      'a document with one Statement object',
      JSON.stringify({ Version: '2012-10-17', Statement: statement }),
      1
    ],
    ['a file path', 'extra.json', 1]
  ])('reads extra-policy as %s', (_case, value, count) => {
    expect(parse({ ...REQUIRED, 'extra-policy': value }).extraPolicyStatements).toHaveLength(count)
  })

  it('keeps NotAction, NotResource and Condition of extra-policy statements', () => {
    const conditional = {
      Effect: 'Deny',
      NotAction: ['iam:*'],
      NotResource: 'arn:aws:s3:::logs/*',
      Condition: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:max-keys': 10 } }
    }
    expect(
      parse({ ...REQUIRED, 'extra-policy': policy(conditional) }).extraPolicyStatements
    ).toEqual([
      {
        ...conditional,
        Condition: {
          Bool: { 'aws:SecureTransport': false },
          NumericLessThan: { 's3:max-keys': '10' }
        }
      }
    ])
  })

  it('accepts memory ids at the documented limits', () => {
    expect(parse({ ...REQUIRED, 'memory-id': `a-${'0'.repeat(10)}` }).memoryId).toBe('a-0000000000')
    const longest = `a${'b'.repeat(99)}-${'c'.repeat(10)}`
    expect(parse({ ...REQUIRED, 'memory-id': longest }).memoryId).toBe(longest)
  })
})

describe('defaultSessionName', () => {
  it('names the action, the repository and the run', () => {
    expect(
      defaultSessionName({
        GITHUB_REPOSITORY: 'octo/my app',
        GITHUB_RUN_ID: '1234567890',
        GITHUB_RUN_ATTEMPT: '2'
      })
    ).toBe('agentcore-role-action-my-app-1234567890-2')
  })

  it('shortens the repository to stay within 64 characters, keeping the run', () => {
    const name = defaultSessionName({
      GITHUB_REPOSITORY: `octo/${'r'.repeat(100)}`,
      GITHUB_RUN_ID: '1234567890',
      GITHUB_RUN_ATTEMPT: '1'
    })
    expect(name).toHaveLength(64)
    expect(name).toMatch(/^agentcore-role-action-r+-1234567890-1$/)
  })

  it('falls back to the action name outside GitHub Actions', () => {
    expect(defaultSessionName({})).toBe('agentcore-role-action')
  })
})

describe('ineffectiveInputWarnings', () => {
  it('warns about fail-on-drift in apply mode and export-credentials without a role', () => {
    const warnings = ineffectiveInputWarnings(
      parse({ ...REQUIRED, 'fail-on-drift': 'true', 'export-credentials': 'true' })
    )
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/^Input fail-on-drift: /)
    expect(warnings[1]).toMatch(/^Input export-credentials: /)
  })

  it('is silent for meaningful combinations', () => {
    expect(
      ineffectiveInputWarnings(
        parse({ ...REQUIRED, mode: 'dry-run', 'fail-on-drift': 'true', 'role-to-assume': ROLE_ARN })
      )
    ).toEqual([])
  })
})

describe('readActionInputs', () => {
  it('masks the github token, reads the runner environment and warns about no-op inputs', () => {
    const values: Record<string, string> = {
      ...REQUIRED,
      'github-token': 'ghs_secret_token',
      'fail-on-drift': 'true'
    }
    core.getInput.mockImplementation((name: string) => values[name] ?? '')
    const inputs = readActionInputs()
    expect(inputs.githubToken).toBe('ghs_secret_token')
    expect(core.setSecret).toHaveBeenCalledWith('ghs_secret_token')
    expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/^Input fail-on-drift: /))
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.warning.mock.invocationCallOrder[0] ?? 0
    )
  })
})

describe('the deploy tool', () => {
  it('is the new AgentCore CLI for an agentcore.json, the starter toolkit otherwise', () => {
    expect(parse({ ...REQUIRED, 'config-file': 'agentcore/agentcore.json' }).deployTool).toBe(
      'agentcore-cli'
    )
    expect(parse({ ...REQUIRED, 'config-file': 'agentcore.json' }).deployTool).toBe('agentcore-cli')
    expect(parse({ ...REQUIRED, 'config-file': 'my-agentcore.json' }).deployTool).toBe(
      'starter-toolkit'
    )
    expect(parse({ ...REQUIRED, 'config-file': '.bedrock_agentcore.yaml' }).deployTool).toBe(
      'starter-toolkit'
    )
    expect(parse(REQUIRED).deployTool).toBe('starter-toolkit')
  })
})

describe('toolkit-only inputs with the new CLI', () => {
  const cli = { ...REQUIRED, 'config-file': 'agentcore/agentcore.json' }

  it('warns that check-deploy-permissions simulates the toolkit deploy only', () => {
    const warnings = ineffectiveInputWarnings(parse({ ...cli, 'check-deploy-permissions': 'true' }))
    expect(warnings).toEqual([expect.stringMatching(/^Input check-deploy-permissions: /)])
  })

  it('accepts the defaults the runner passes for deployment-type and protocol', () => {
    expect(parse({ ...cli, 'deployment-type': 'container', protocol: 'HTTP' }).deployTool).toBe(
      'agentcore-cli'
    )
  })

  it.each([
    ['deployment-type', 'direct_code_deploy'],
    ['protocol', 'MCP'],
    ['ecr-repository', 'team/agent'],
    ['codebuild-role', 'my-build-role']
  ])('refuses %s', (name, value) => {
    expect(() => parse({ ...cli, [name]: value })).toThrow(
      new RegExp(`^Input ${name}: applies to the starter toolkit only`)
    )
  })
})
