import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import * as core from '../../__fixtures__/core.ts'
import type { ActionInputs, AwsSession } from '../../src/common/model.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { resolveSession, exportSessionCredentials, exampleTrustPolicy } =
  await import('../../src/credentials/session.ts')
const { parseInputs } = await import('../../src/inputs/inputs.ts')
const { ActionError } = await import('../../src/common/errors.ts')

const ACCOUNT = '111122223333'
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/ci/github-deployer`
const ASSUMED_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/agentcore-role-action-app-42-1`

const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:Octo-Org/app:environment:prod',
  aud: 'sts.amazonaws.com',
  repository: 'Octo-Org/app',
  ref: 'refs/heads/main',
  environment: 'prod',
  job_workflow_ref: 'Octo-Org/app/.github/workflows/deploy.yml@refs/heads/main'
}
const TOKEN_HEADER = Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')
const TOKEN_PAYLOAD = Buffer.from(JSON.stringify(claims)).toString('base64url')
const TOKEN_SIGNATURE = 'c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1sZWFr'
const TOKEN = `${TOKEN_HEADER}.${TOKEN_PAYLOAD}.${TOKEN_SIGNATURE}`
const ACCESS_KEY_ID = 'ASIAFAKEACCESSKEYID1'
const SECRET_ACCESS_KEY = 'fakeSecretAccessKey/with+chars0123456789'
const SESSION_TOKEN = 'FakeSessionTokenThatMustNeverAppearInLogs//////////'
const SECRETS = [
  TOKEN,
  TOKEN_SIGNATURE,
  TOKEN_PAYLOAD,
  ACCESS_KEY_ID,
  SECRET_ACCESS_KEY,
  SESSION_TOKEN
]

const tokenEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}

const sts = mockClient(STSClient)

function inputs(overrides: Record<string, string> = {}): ActionInputs {
  const values: Record<string, string> = {
    'agent-name': 'my_agent',
    'aws-region': 'us-east-1',
    'role-to-assume': ROLE_ARN,
    ...overrides
  }
  return parseInputs((name) => values[name] ?? '', {
    GITHUB_REPOSITORY: 'Octo-Org/app',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1'
  })
}

function stsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 403 } })
}

const assumed = {
  Credentials: {
    AccessKeyId: ACCESS_KEY_ID,
    SecretAccessKey: SECRET_ACCESS_KEY,
    SessionToken: SESSION_TOKEN,
    Expiration: new Date('2030-01-01T00:00:00Z')
  },
  AssumedRoleUser: { Arn: ASSUMED_ARN, AssumedRoleId: 'AROAEXAMPLE:agentcore' }
}

/** Every argument ever passed to a core function that prints or publishes. */
function everythingPrinted(): string {
  const printers = [
    core.info,
    core.debug,
    core.notice,
    core.warning,
    core.error,
    core.setFailed,
    core.setOutput
  ]
  return printers
    .flatMap((printer) => printer.mock.calls.flat().map((arg) => String(arg)))
    .join('\n')
}

/** Any 12-character piece of the secret found in the text: partial leaks count too. */
function leakedFragment(text: string, secret: string): string | undefined {
  const length = 12
  for (let start = 0; start + length <= secret.length; start++) {
    const fragment = secret.slice(start, start + length)
    if (text.includes(fragment)) return fragment
  }
  return undefined
}

async function resolveWith(actionInputs: ActionInputs): Promise<AwsSession | Error> {
  return resolveSession(actionInputs, {
    sts: new STSClient({ region: 'us-east-1' }),
    env: tokenEnv,
    sleep: async () => {}
  }).catch((error: Error) => error)
}

beforeEach(() => {
  sts.reset()
  core.getIDToken.mockReset()
  core.getIDToken.mockResolvedValue(TOKEN)
})

describe('resolveSession with role-to-assume', () => {
  it('assumes the role with the OIDC token and takes the account from AssumedRoleUser', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves(assumed)
    const session = await resolveWith(inputs({ 'role-duration-seconds': '1800' }))
    expect(session).toEqual({
      source: 'oidc',
      credentials: {
        accessKeyId: ACCESS_KEY_ID,
        secretAccessKey: SECRET_ACCESS_KEY,
        sessionToken: SESSION_TOKEN,
        expiration: new Date('2030-01-01T00:00:00Z')
      },
      accountId: ACCOUNT,
      callerArn: ASSUMED_ARN,
      callerRoleArn: ROLE_ARN
    })
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toEqual({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'agentcore-role-action-app-42-1',
      WebIdentityToken: TOKEN,
      DurationSeconds: 1800
    })
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0)
    expect(core.getIDToken).toHaveBeenCalledWith('sts.amazonaws.com')
  })

  it('masks the token before calling STS, and the credentials before returning', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
      expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
      return assumed
    })
    await resolveWith(inputs())
    for (const secret of [TOKEN, ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN]) {
      expect(core.setSecret).toHaveBeenCalledWith(secret)
    }
  })

  it('explains AccessDenied with the token claims and a trust policy that would accept it', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    const error = await resolveWith(inputs())
    expect(error).toBeInstanceOf(ActionError)
    const message = (error as Error).message
    expect(message.split('\n')[0]).toContain(`Not authorized to assume ${ROLE_ARN}`)
    for (const value of Object.values(claims).slice(1)) expect(message).toContain(value)
    expect(message).toContain('job_workflow_ref:')
    expect(message).toMatch(/environment/)
    expect(message).toMatch(/case-sensitive/)
    const policy = JSON.parse(message.slice(message.indexOf('{')))
    expect(policy).toEqual(exampleTrustPolicy(claims, 'aws', ACCOUNT))
    expect(policy.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: {
        Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
      },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: {
          'token.actions.githubusercontent.com:sub': 'repo:Octo-Org/app:environment:prod'
        }
      }
    })
  })

  it('mentions the China audience for aws-cn regions', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('AccessDenied', 'Not authorized'))
    const error = await resolveWith(
      inputs({
        'aws-region': 'cn-north-1',
        'role-to-assume': `arn:aws-cn:iam::${ACCOUNT}:role/deployer`
      })
    )
    expect((error as Error).message).toContain('sts.amazonaws.com.cn')
    expect((error as Error).message).toContain(`arn:aws-cn:iam::${ACCOUNT}:oidc-provider/`)
  })

  it('does not ask for the China audience when it is already the audience', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('InvalidIdentityTokenException', 'Incorrect token audience'))
    const cnInputs = {
      'aws-region': 'cn-north-1',
      'role-to-assume': `arn:aws-cn:iam::${ACCOUNT}:role/deployer`
    }
    const usual = (await resolveWith(inputs(cnInputs))) as Error
    expect(usual.message).toContain('In China regions set audience: sts.amazonaws.com.cn')
    const china = (await resolveWith(
      inputs({ ...cnInputs, audience: 'sts.amazonaws.com.cn' })
    )) as Error
    expect(china.message).toContain('whose audiences (client ids) include sts.amazonaws.com.cn.')
    expect(china.message).not.toContain('In China regions')
  })

  it.each([
    [
      'InvalidIdentityTokenException',
      'No OpenIDConnect provider found in your account',
      /IAM OIDC identity provider for https:\/\/token\.actions\.githubusercontent\.com/
    ],
    [
      'IDPRejectedClaimException',
      'Rejected claim',
      /rejected a claim[\s\S]*repo:Octo-Org\/app:environment:prod/
    ],
    ['ExpiredTokenException', 'Token expired', /expired before STS accepted it/],
    [
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      /Lower role-duration-seconds/
    ],
    ['RegionDisabledException', 'STS is not activated', /Activate the region/]
  ])('explains %s', async (name, awsMessage, explanation) => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError(name, awsMessage))
    const error = await resolveWith(inputs())
    expect(error).toBeInstanceOf(ActionError)
    expect((error as Error).message).toContain(awsMessage)
    expect((error as Error).message).toMatch(explanation)
  })

  it('passes other errors through unchanged', async () => {
    const failure = stsError('InternalFailure', 'boom')
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(failure)
    expect(await resolveWith(inputs())).toBe(failure)
  })

  it('refuses a role outside allowed-account-ids before fetching a token', async () => {
    const error = await resolveWith(inputs({ 'allowed-account-ids': '444455556666, 777788889999' }))
    expect(error).toBeInstanceOf(ActionError)
    expect((error as Error).message).toMatch(
      /account 111122223333, which is not in allowed-account-ids \(444455556666, 777788889999\)/
    )
    expect(core.getIDToken).not.toHaveBeenCalled()
    expect(sts.calls()).toHaveLength(0)
  })

  it('accepts a role inside allowed-account-ids', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves(assumed)
    const session = await resolveWith(inputs({ 'allowed-account-ids': `444455556666,${ACCOUNT}` }))
    expect((session as AwsSession).accountId).toBe(ACCOUNT)
  })

  it('fails plainly without id-token: write', async () => {
    const error = await resolveSession(inputs(), {
      sts: new STSClient({ region: 'us-east-1' }),
      env: {}
    }).catch((e: Error) => e)
    expect((error as Error).message).toContain('permissions: id-token: write')
    expect(sts.calls()).toHaveLength(0)
  })
})

describe('resolveSession without role-to-assume', () => {
  it('uses the ambient credentials, says so, and asks STS who they are', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .resolves({ Account: ACCOUNT, Arn: ASSUMED_ARN, UserId: 'AROA:x' })
    const session = await resolveWith(inputs({ 'role-to-assume': '' }))
    expect(session).toEqual({ source: 'ambient', accountId: ACCOUNT, callerArn: ASSUMED_ARN })
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('already in the environment'))
    expect(core.getIDToken).not.toHaveBeenCalled()
  })

  it('explains missing credentials', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        stsError('CredentialsProviderError', 'Could not load credentials from any providers')
      )
    const error = await resolveWith(inputs({ 'role-to-assume': '' }))
    expect(error).toBeInstanceOf(ActionError)
    expect((error as Error).message).toMatch(/^No AWS credentials/)
  })

  it('explains rejected credentials', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(stsError('ExpiredToken', 'The security token included in the request is expired'))
    const error = await resolveWith(inputs({ 'role-to-assume': '' }))
    expect((error as Error).message).toMatch(
      /rejected the AWS credentials of the environment \(ExpiredToken\)/
    )
  })

  it('refuses an account outside allowed-account-ids', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT, Arn: ASSUMED_ARN })
    const error = await resolveWith(
      inputs({ 'role-to-assume': '', 'allowed-account-ids': '444455556666' })
    )
    expect(error).toBeInstanceOf(ActionError)
    expect((error as Error).message).toContain(`The caller ${ASSUMED_ARN} is in account ${ACCOUNT}`)
  })
})

describe('exportSessionCredentials', () => {
  it('exports the masked credentials and the region', () => {
    exportSessionCredentials(
      {
        source: 'oidc',
        credentials: {
          accessKeyId: ACCESS_KEY_ID,
          secretAccessKey: SECRET_ACCESS_KEY,
          sessionToken: SESSION_TOKEN
        },
        accountId: ACCOUNT,
        callerArn: ASSUMED_ARN
      },
      'eu-west-1'
    )
    expect(Object.fromEntries(core.exportVariable.mock.calls)).toEqual({
      AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      AWS_SESSION_TOKEN: SESSION_TOKEN,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1'
    })
  })

  it('exports only the region for an ambient session', () => {
    exportSessionCredentials(
      { source: 'ambient', accountId: ACCOUNT, callerArn: ASSUMED_ARN },
      'us-east-1'
    )
    expect(core.exportVariable.mock.calls.map(([name]) => name)).toEqual([
      'AWS_REGION',
      'AWS_DEFAULT_REGION'
    ])
  })
})

describe('secrets', () => {
  it.each([
    ['success', () => sts.on(AssumeRoleWithWebIdentityCommand).resolves(assumed)],
    [
      'AccessDenied',
      () =>
        sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('AccessDenied', 'Not authorized'))
    ],
    [
      'InvalidIdentityToken',
      () =>
        sts
          .on(AssumeRoleWithWebIdentityCommand)
          .rejects(stsError('InvalidIdentityTokenException', 'bad'))
    ],
    [
      'IDPRejectedClaim',
      () =>
        sts
          .on(AssumeRoleWithWebIdentityCommand)
          .rejects(stsError('IDPRejectedClaimException', 'bad'))
    ],
    [
      'ExpiredToken',
      () =>
        sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError('ExpiredTokenException', 'bad'))
    ],
    [
      'an account guard',
      () =>
        sts.on(AssumeRoleWithWebIdentityCommand).resolves({
          ...assumed,
          AssumedRoleUser: {
            Arn: 'arn:aws:sts::999999999999:assumed-role/x/y',
            AssumedRoleId: 'A:x'
          }
        })
    ]
  ])('never reach logs, outputs or error messages (%s)', async (_case, arrange) => {
    arrange()
    const outcome = await resolveWith(inputs({ 'allowed-account-ids': ACCOUNT }))
    const published = [
      everythingPrinted(),
      outcome instanceof Error ? `${outcome.message}\n${outcome.stack}` : ''
    ].join('\n')
    for (const secret of SECRETS) expect(leakedFragment(published, secret)).toBeUndefined()
  })
})
