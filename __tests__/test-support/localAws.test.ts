// The local AWS endpoint through the real AWS SDK clients: the shapes, errors, authorization,
// OIDC web identity, faults and call log that the action's tests rely on.
import { spawnSync } from 'node:child_process'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { node24Path } from '../../test-support/node24.ts'
import {
  CreateRoleCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand,
  TagRoleCommand
} from '@aws-sdk/client-iam'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import type { PolicyDocument } from '../../src/common/model.ts'
import { startLocalAws, type LocalAws } from '../../test-support/localAws/server.ts'
import type { Credentials } from '../../test-support/localAws/store.ts'

const ACCOUNT = '111122223333'

const codebuildTrust: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
}

let localAws: LocalAws
let rootCredentials: Credentials

function iam(
  credentials: Credentials = rootCredentials,
  options: { maxAttempts?: number; region?: string } = {}
) {
  return new IAMClient({
    region: options.region ?? 'us-east-1',
    endpoint: localAws.url,
    credentials,
    maxAttempts: options.maxAttempts ?? 1
  })
}

function sts(credentials?: Credentials) {
  return new STSClient({
    region: 'us-east-1',
    endpoint: localAws.url,
    maxAttempts: 1,
    ...(credentials ? { credentials } : {})
  })
}

interface CaughtAwsError {
  name: string
  status: number | undefined
  message: string
}

async function awsError(promise: Promise<unknown>): Promise<CaughtAwsError> {
  try {
    await promise
  } catch (error) {
    const caught = error as Error & { $metadata?: { httpStatusCode?: number } }
    return { name: caught.name, status: caught.$metadata?.httpStatusCode, message: caught.message }
  }
  throw new Error('expected the call to fail')
}

/** A user whose only permissions are these statements, and its keys. */
function userWith(
  name: string,
  statements: PolicyDocument['Statement']
): { arn: string; credentials: Credentials } {
  const user = localAws.createUser(name, {
    inlinePolicies: { permissions: { Version: '2012-10-17', Statement: statements } }
  })
  return { arn: user.arn, credentials: localAws.createAccessKey(user.arn) }
}

beforeAll(async () => {
  localAws = await startLocalAws()
  rootCredentials = localAws.createAccessKey(localAws.rootArn)
})

afterEach(() => {
  localAws.faults.clear()
  localAws.calls.reset()
})

afterAll(async () => {
  await localAws.close()
})

describe('IAM roles', () => {
  it('answers NoSuchEntity with HTTP 404 for a missing role', async () => {
    const error = await awsError(iam().send(new GetRoleCommand({ RoleName: 'Missing' })))
    expect(error).toEqual({
      name: 'NoSuchEntityException',
      status: 404,
      message: 'The role with name Missing cannot be found.'
    })
  })

  it('creates a role with IAM ARN, id and date shapes, then refuses the same name in any case', async () => {
    const created = await iam().send(
      new CreateRoleCommand({
        RoleName: 'CreatedRole',
        Path: '/agents/',
        AssumeRolePolicyDocument: JSON.stringify(codebuildTrust),
        Description: 'test role',
        Tags: [{ Key: 'team', Value: 'ml' }]
      })
    )
    expect(created.Role).toMatchObject({
      RoleName: 'CreatedRole',
      Path: '/agents/',
      Arn: `arn:aws:iam::${ACCOUNT}:role/agents/CreatedRole`,
      Description: 'test role',
      MaxSessionDuration: 3600,
      Tags: [{ Key: 'team', Value: 'ml' }]
    })
    expect(created.Role?.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/)
    expect(created.Role?.CreateDate).toBeInstanceOf(Date)

    const again = await awsError(
      iam().send(
        new CreateRoleCommand({
          RoleName: 'createdrole',
          AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
        })
      )
    )
    expect(again).toEqual({
      name: 'EntityAlreadyExistsException',
      status: 409,
      message: 'Role with name createdrole already exists.'
    })
  })

  it('returns policy documents URL-encoded (RFC 3986), exactly as they were written', async () => {
    const trustText = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: "It's (really) trusted!",
            Effect: 'Allow',
            Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Condition: { StringLike: { 'aws:SourceArn': 'arn:aws:bedrock-agentcore:us-east-1:*' } }
          }
        ]
      },
      null,
      2
    )
    await iam().send(
      new CreateRoleCommand({ RoleName: 'EncodedRole', AssumeRolePolicyDocument: trustText })
    )
    const permissions =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'
    await iam().send(
      new PutRolePolicyCommand({
        RoleName: 'EncodedRole',
        PolicyName: 'p',
        PolicyDocument: permissions
      })
    )

    const { Role } = await iam().send(new GetRoleCommand({ RoleName: 'EncodedRole' }))
    const encoded = Role?.AssumeRolePolicyDocument ?? ''
    expect(encoded).toMatch(/^%7B%0A%20%20%22Version%22%3A%20%222012-10-17%22/)
    expect(encoded).toContain('It%27s%20%28really%29%20trusted%21')
    expect(encoded).toContain('%2A')
    expect(decodeURIComponent(encoded)).toBe(trustText)

    const policy = await iam().send(
      new GetRolePolicyCommand({ RoleName: 'EncodedRole', PolicyName: 'p' })
    )
    expect(policy.PolicyDocument).not.toContain('{')
    expect(decodeURIComponent(policy.PolicyDocument ?? '')).toBe(permissions)
    expect(localAws.getRole('EncodedRole')?.trustPolicy).toEqual(JSON.parse(trustText))
  })

  it('validates documents and names on write as IAM does', async () => {
    await iam().send(
      new CreateRoleCommand({
        RoleName: 'ValidatedRole',
        AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
      })
    )
    const put = (document: string) =>
      awsError(
        iam().send(
          new PutRolePolicyCommand({
            RoleName: 'ValidatedRole',
            PolicyName: 'p',
            PolicyDocument: document
          })
        )
      )

    expect(await put('{"Version": "2012-10-17", ')).toEqual({
      name: 'MalformedPolicyDocumentException',
      status: 400,
      message: 'Syntax errors in policy.'
    })
    const withPrincipal = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }]
    })
    expect((await put(withPrincipal)).message).toBe(
      'Policy document should not specify a principal.'
    )

    const tooBig = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`)
        }
      ]
    })
    expect(await put(tooBig)).toMatchObject({ name: 'LimitExceededException', status: 409 })

    const trustWithResource = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'codebuild.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Resource: '*'
        }
      ]
    })
    const badTrust = await awsError(
      iam().send(
        new CreateRoleCommand({ RoleName: 'BadTrust', AssumeRolePolicyDocument: trustWithResource })
      )
    )
    expect(badTrust).toMatchObject({
      name: 'MalformedPolicyDocumentException',
      message: 'Has prohibited field Resource'
    })

    const longName = await awsError(
      iam().send(
        new CreateRoleCommand({
          RoleName: 'r'.repeat(65),
          AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
        })
      )
    )
    expect(longName).toMatchObject({ name: 'ValidationError', status: 400 })
    expect(longName.message).toContain('Member must have length less than or equal to 64')
    expect(localAws.getRole('BadTrust')).toBeUndefined()
  })

  it('pages lists with IsTruncated and Marker', async () => {
    localAws.createRole({
      name: 'PagedRole',
      trustPolicy: codebuildTrust,
      inlinePolicies: {
        a: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
        },
        b: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }]
        }
      }
    })
    const first = await iam().send(
      new ListRolePoliciesCommand({ RoleName: 'PagedRole', MaxItems: 1 })
    )
    expect(first).toMatchObject({ PolicyNames: ['a'], IsTruncated: true })
    const second = await iam().send(
      new ListRolePoliciesCommand({ RoleName: 'PagedRole', MaxItems: 1, Marker: first.Marker })
    )
    expect(second).toMatchObject({ PolicyNames: ['b'], IsTruncated: false })
  })
})

describe('authorization', () => {
  it('refuses a caller whose identity policies do not allow the action, in AWS words', async () => {
    const reader = userWith('reader', [
      { Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:GetRole', Resource: `arn:aws:iam::${ACCOUNT}:role/Secret*` }
    ])
    const create = await awsError(
      iam(reader.credentials).send(
        new CreateRoleCommand({
          RoleName: 'NotAllowed',
          AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
        })
      )
    )
    expect(create).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${reader.arn} is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::${ACCOUNT}:role/NotAllowed because no identity-based policy allows the iam:CreateRole action`
    })
    const denied = await awsError(
      iam(reader.credentials).send(new GetRoleCommand({ RoleName: 'SecretRole' }))
    )
    expect(denied.message).toBe(
      `User: ${reader.arn} is not authorized to perform: iam:GetRole on resource: arn:aws:iam::${ACCOUNT}:role/SecretRole with an explicit deny in an identity-based policy`
    )
    // Authorized, the same caller gets to the existence check.
    expect(
      (await awsError(iam(reader.credentials).send(new GetRoleCommand({ RoleName: 'Other' })))).name
    ).toBe('NoSuchEntityException')
  })

  it('applies the permissions boundary', async () => {
    const boundary = localAws.createManagedPolicy('ReadOnlyBoundary', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }]
    })
    const user = localAws.createUser('bounded', {
      permissionsBoundary: boundary,
      inlinePolicies: {
        all: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]
        }
      }
    })
    const error = await awsError(
      iam(localAws.createAccessKey(user.arn)).send(
        new CreateRoleCommand({
          RoleName: 'Bounded',
          AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
        })
      )
    )
    expect(error.message).toMatch(
      /because no permissions boundary allows the iam:CreateRole action$/
    )
  })

  it('checks the SigV4 signature and the access key', async () => {
    const wrongSecret = { ...rootCredentials, secretAccessKey: 'not-the-secret' }
    expect(
      await awsError(iam(wrongSecret).send(new GetRoleCommand({ RoleName: 'x' })))
    ).toMatchObject({
      name: 'SignatureDoesNotMatch',
      status: 403
    })
    const unknownKey = { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'x' }
    expect(
      await awsError(iam(unknownKey).send(new GetRoleCommand({ RoleName: 'x' })))
    ).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403
    })
  })
})

describe('faults', () => {
  it('throttles: Throttling with one attempt, recovered by the SDK retrying', async () => {
    localAws.faults.throttle({ next: 1, operations: ['GetRole'] })
    expect(await awsError(iam().send(new GetRoleCommand({ RoleName: 'Missing' })))).toMatchObject({
      name: 'Throttling',
      status: 400,
      message: 'Rate exceeded'
    })

    localAws.faults.throttle({ next: 1, operations: ['GetRole'] })
    const error = await awsError(
      iam(rootCredentials, { maxAttempts: 3 }).send(new GetRoleCommand({ RoleName: 'Missing' }))
    )
    expect(error.name).toBe('NoSuchEntityException')
    expect(localAws.calls.all().map((call) => call.errorCode)).toEqual([
      'Throttling',
      'Throttling',
      'NoSuchEntity'
    ])
  })

  it('throttles every Nth call and with a seeded probability, reproducibly', async () => {
    localAws.faults.throttle({ every: 3 })
    const outcomes: string[] = []
    for (let i = 0; i < 6; i++)
      outcomes.push((await awsError(iam().send(new GetRoleCommand({ RoleName: 'Missing' })))).name)
    const missing = 'NoSuchEntityException'
    expect(outcomes).toEqual([missing, missing, 'Throttling', missing, missing, 'Throttling'])

    const pattern = async () => {
      localAws.faults.clear()
      localAws.faults.throttle({ probability: 0.5, seed: 7 })
      const names: string[] = []
      for (let i = 0; i < 8; i++)
        names.push((await awsError(iam().send(new GetRoleCommand({ RoleName: 'Missing' })))).name)
      return names
    }
    const first = await pattern()
    expect(first).toContain('Throttling')
    expect(first).toContain('NoSuchEntityException')
    expect(await pattern()).toEqual(first)
  })

  it('answers 5xx bursts', async () => {
    localAws.faults.serverErrors({ next: 2 })
    const call = () => awsError(iam().send(new GetRoleCommand({ RoleName: 'Missing' })))
    expect(await call()).toMatchObject({ name: 'ServiceFailureException', status: 500 })
    expect(await call()).toMatchObject({ name: 'ServiceFailureException', status: 500 })
    expect(await call()).toMatchObject({ name: 'NoSuchEntityException' })

    localAws.faults.serverErrors({ next: 1, status: 503 })
    expect(await call()).toMatchObject({ name: 'ServiceUnavailable', status: 503 })
  })

  it('delays answers, and the call log sees the concurrency and the sequential round trips', async () => {
    localAws.faults.latency({ ms: 120, operations: ['GetRole'] })
    const started = performance.now()
    await Promise.all(
      ['a', 'b', 'c'].map((name) => awsError(iam().send(new GetRoleCommand({ RoleName: name }))))
    )
    expect(performance.now() - started).toBeGreaterThanOrEqual(115)
    expect(localAws.calls.maxInFlight).toBe(3)
    expect(localAws.calls.sequentialRoundTrips()).toBe(1)

    localAws.calls.reset()
    for (const name of ['a', 'b'])
      await awsError(iam().send(new GetRoleCommand({ RoleName: name })))
    expect(localAws.calls.maxInFlight).toBe(1)
    expect(localAws.calls.sequentialRoundTrips()).toBe(2)
  })

  it('hides a role from reads right after CreateRole, as IAM eventual consistency does', async () => {
    localAws.faults.roleInvisibleAfterCreate({ reads: 2 })
    await iam().send(
      new CreateRoleCommand({
        RoleName: 'EventuallyVisible',
        AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
      })
    )
    const read = () => iam().send(new GetRoleCommand({ RoleName: 'EventuallyVisible' }))
    expect((await awsError(read())).name).toBe('NoSuchEntityException')
    expect((await awsError(read())).name).toBe('NoSuchEntityException')
    expect((await read()).Role?.RoleName).toBe('EventuallyVisible')

    localAws.faults.roleInvisibleAfterCreate({ ms: 150 })
    await iam().send(
      new CreateRoleCommand({
        RoleName: 'VisibleLater',
        AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
      })
    )
    expect(
      (await awsError(iam().send(new GetRoleCommand({ RoleName: 'VisibleLater' })))).name
    ).toBe('NoSuchEntityException')
    await new Promise((resolve) => setTimeout(resolve, 160))
    expect(
      (await iam().send(new GetRoleCommand({ RoleName: 'VisibleLater' }))).Role?.RoleName
    ).toBe('VisibleLater')
  })

  it('calls a hook right after the Nth successful write has been answered', async () => {
    const seen: number[] = []
    localAws.faults.onWriteAnswered(2, () => seen.push(localAws.calls.writes().length))
    await iam().send(
      new CreateRoleCommand({
        RoleName: 'Hooked',
        AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
      })
    )
    expect(seen).toEqual([])
    await iam().send(new GetRoleCommand({ RoleName: 'Hooked' }))
    await iam().send(new TagRoleCommand({ RoleName: 'Hooked', Tags: [{ Key: 'k', Value: 'v' }] }))
    await new Promise((resolve) => setImmediate(resolve))
    expect(seen).toEqual([2])
  })
})

describe('SimulatePrincipalPolicy', () => {
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`
  let simulator: { arn: string; credentials: Credentials }

  beforeAll(() => {
    simulator = userWith('simulator', [
      {
        Sid: 'PassToAgentCore',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: roleArn('AmazonBedrockAgentCore*'),
        Condition: { StringEquals: { 'iam:PassedToService': 'bedrock-agentcore.amazonaws.com' } }
      },
      {
        Sid: 'NeverForbidden',
        Effect: 'Deny',
        Action: 'iam:PassRole',
        Resource: roleArn('*Forbidden*')
      },
      { Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: '*' }
    ])
  })

  async function simulate(resource: string, service?: string) {
    const { EvaluationResults } = await iam(simulator.credentials).send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: simulator.arn,
        ActionNames: ['iam:PassRole'],
        ResourceArns: [resource],
        ContextEntries: service
          ? [
              {
                ContextKeyName: 'iam:PassedToService',
                ContextKeyValues: [service],
                ContextKeyType: 'string'
              }
            ]
          : undefined
      })
    )
    expect(EvaluationResults).toHaveLength(1)
    return EvaluationResults?.[0]
  }

  it('allows with the matching context key, naming the statement source', async () => {
    const result = await simulate(
      roleArn('AmazonBedrockAgentCoreSDKRuntime-x'),
      'bedrock-agentcore.amazonaws.com'
    )
    expect(result).toMatchObject({
      EvalActionName: 'iam:PassRole',
      EvalResourceName: roleArn('AmazonBedrockAgentCoreSDKRuntime-x'),
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: 'permissions', SourcePolicyType: 'user' }]
    })
  })

  it('denies implicitly for another service, and reports a context key left out', async () => {
    expect(
      await simulate(roleArn('AmazonBedrockAgentCoreSDKRuntime-x'), 'codebuild.amazonaws.com')
    ).toMatchObject({
      EvalDecision: 'implicitDeny',
      MatchedStatements: []
    })
    const withoutContext = await simulate(roleArn('AmazonBedrockAgentCoreSDKRuntime-x'))
    expect(withoutContext?.EvalDecision).toBe('implicitDeny')
    expect(withoutContext?.MissingContextValues).toEqual(['iam:PassedToService'])
  })

  it('denies explicitly when a Deny statement matches', async () => {
    expect(
      await simulate(roleArn('AmazonBedrockAgentCoreForbidden'), 'bedrock-agentcore.amazonaws.com')
    ).toMatchObject({
      EvalDecision: 'explicitDeny',
      MatchedStatements: [{ SourcePolicyId: 'permissions', SourcePolicyType: 'user' }]
    })
  })

  it('is itself authorized', async () => {
    const other = userWith('no-simulate', [
      { Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }
    ])
    const error = await awsError(
      iam(other.credentials).send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: other.arn,
          ActionNames: ['iam:PassRole']
        })
      )
    )
    expect(error).toMatchObject({ name: 'AccessDenied', status: 403 })
    expect(error.message).toContain('iam:SimulatePrincipalPolicy')
  })
})

describe('GitHub OIDC and AssumeRoleWithWebIdentity', () => {
  let deployerArn: string

  beforeAll(() => {
    deployerArn = localAws.createGithubDeployerRole({
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main'
    }).arn
  })

  async function fetchToken(bearer: string, audience = 'sts.amazonaws.com'): Promise<Response> {
    return fetch(`${localAws.oidcRequestUrl}&audience=${encodeURIComponent(audience)}`, {
      headers: { Authorization: `Bearer ${bearer}` }
    })
  }

  function assume(token: string, durationSeconds?: number) {
    return sts().send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: deployerArn,
        RoleSessionName: 'GitHubActions',
        WebIdentityToken: token,
        DurationSeconds: durationSeconds
      })
    )
  }

  it('issues a GitHub-shaped RS256 token to the runner bearer, and 401 to any other', async () => {
    expect((await fetchToken('wrong')).status).toBe(401)
    const response = await fetchToken(localAws.oidc.createRequestToken({ environment: 'prod' }))
    const { value } = (await response.json()) as { value: string }
    const [header, payload] = value
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()))
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' })
    expect(payload).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/octo-repo:environment:prod',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      environment: 'prod',
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main'
    })
    expect(payload.exp - payload.iat).toBeGreaterThan(0)
  })

  it('assumes the trusted role; the session key then acts as the role', async () => {
    const response = await fetchToken(localAws.oidc.defaultRequestToken)
    const { value } = (await response.json()) as { value: string }
    const assumed = await assume(value)
    expect(assumed).toMatchObject({
      AssumedRoleUser: {
        Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/GitHubActions`
      },
      SubjectFromWebIdentityToken: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      Audience: 'sts.amazonaws.com',
      Provider: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
    })
    expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA/)
    expect(assumed.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now() + 3500_000)

    const credentials = {
      accessKeyId: assumed.Credentials?.AccessKeyId ?? '',
      secretAccessKey: assumed.Credentials?.SecretAccessKey ?? '',
      sessionToken: assumed.Credentials?.SessionToken
    }
    const identity = await sts(credentials).send(new GetCallerIdentityCommand({}))
    expect(identity).toMatchObject({
      Account: ACCOUNT,
      Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/GitHubActions`
    })
    expect(identity.UserId).toMatch(/^AROA[A-Z2-7]{17}:GitHubActions$/)

    // The default deployer policy: AgentCore roles yes, anything else no.
    const agentRole = await awsError(
      iam(credentials).send(new GetRoleCommand({ RoleName: 'AmazonBedrockAgentCoreSDKRuntime-x' }))
    )
    expect(agentRole.name).toBe('NoSuchEntityException')
    expect(
      (await awsError(iam(credentials).send(new GetRoleCommand({ RoleName: 'github-deployer' }))))
        .name
    ).toBe('AccessDenied')
    // The session token travels with the key: without it the key is not valid.
    const withoutToken = {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey
    }
    expect((await awsError(sts(withoutToken).send(new GetCallerIdentityCommand({})))).name).toBe(
      'InvalidClientTokenId'
    )
  })

  it('refuses a token whose subject the trust policy does not accept', async () => {
    const otherRepo = localAws.idToken({ repository: 'someone/else' })
    expect(await awsError(assume(otherRepo))).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
    })
    const pullRequest = localAws.idToken({ eventName: 'pull_request' })
    expect((await awsError(assume(pullRequest))).name).toBe('AccessDenied')
  })

  it('refuses tampered, expired and wrong-audience tokens', async () => {
    const [header, payload, signature] = localAws.idToken().split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())
    const forged = Buffer.from(
      JSON.stringify({
        ...claims,
        sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
        repository: 'x/y'
      })
    ).toString('base64url')
    expect(await awsError(assume(`${header}.${forged}.${signature}`))).toMatchObject({
      name: 'InvalidIdentityTokenException',
      status: 400
    })
    expect((await awsError(assume(localAws.idToken({}, 'sts.amazonaws.com', -60)))).name).toBe(
      'ExpiredTokenException'
    )
    expect(
      await awsError(assume(localAws.idToken({}, 'https://github.com/octo-org')))
    ).toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: 'Incorrect token audience'
    })
  })

  it('validates DurationSeconds against 900 and the role MaxSessionDuration', async () => {
    expect(await awsError(assume(localAws.idToken(), 600))).toMatchObject({
      name: 'ValidationError',
      status: 400
    })
    expect(await awsError(assume(localAws.idToken(), 7200))).toMatchObject({
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
    })
  })
})

describe('call log', () => {
  it('counts calls by operation and lists the writes', async () => {
    await awsError(iam().send(new GetRoleCommand({ RoleName: 'Counted' })))
    await iam().send(
      new CreateRoleCommand({
        RoleName: 'Counted',
        AssumeRolePolicyDocument: JSON.stringify(codebuildTrust)
      })
    )
    await iam().send(new GetRoleCommand({ RoleName: 'Counted' }))
    await iam().send(new TagRoleCommand({ RoleName: 'Counted', Tags: [{ Key: 'k', Value: 'v' }] }))
    await sts(rootCredentials).send(new GetCallerIdentityCommand({}))

    expect(localAws.calls.count()).toBe(5)
    expect(localAws.calls.count('GetRole')).toBe(2)
    expect(localAws.calls.writes().map((call) => call.operation)).toEqual(['CreateRole', 'TagRole'])
    expect(localAws.calls.all()[4]).toMatchObject({
      service: 'sts',
      operation: 'GetCallerIdentity',
      caller: localAws.rootArn,
      status: 200
    })
    localAws.calls.reset()
    expect(localAws.calls.count()).toBe(0)
  })
})

describe('partitions', () => {
  it('serves an aws-cn account to clients of a China region only', async () => {
    const china = await startLocalAws({ partition: 'aws-cn' })
    try {
      const deployer = china.createGithubDeployerRole()
      expect(deployer.arn).toBe(`arn:aws-cn:iam::${ACCOUNT}:role/github-deployer`)
      const root = china.createAccessKey(china.rootArn)
      const client = (region: string) =>
        new IAMClient({ region, endpoint: china.url, credentials: root, maxAttempts: 1 })
      const { Role } = await client('cn-north-1').send(
        new GetRoleCommand({ RoleName: 'github-deployer' })
      )
      expect(Role?.Arn).toBe(deployer.arn)
      expect(
        (
          await awsError(
            client('us-east-1').send(new GetRoleCommand({ RoleName: 'github-deployer' }))
          )
        ).name
      ).toBe('InvalidClientTokenId')
    } finally {
      await china.close()
    }
  })
})

describe('the local endpoint command', () => {
  it('prints its help and exits, starting no server', () => {
    const cli = new URL('../../test-support/localAws/cli.ts', import.meta.url)
    const result = spawnSync(
      node24Path(),
      ['--experimental-strip-types', '--no-warnings', cli.pathname, '--help'],
      { encoding: 'utf8', timeout: 10_000 }
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: /)
    expect(result.stdout).not.toContain('Local AWS endpoint (IAM, STS, GitHub OIDC) on')
  })
})
