// End to end, as a runner runs it: how the action gets its AWS identity. The workflow's GitHub
// OIDC token is exchanged with AssumeRoleWithWebIdentity, or else the environment's credentials
// are used; every failure a user can meet says what to change, and no secret is ever shown.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { ActionRun, RunActionOptions } from '../../test-support/runAction.ts'
import { leakedSecrets, startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const ISSUER_HOST = 'token.actions.githubusercontent.com'
const SESSION = 'agentcore-role-action-octo-repo-4242-1'
const SECRET_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/

/** Every run of this file with the secrets it held, for the final check across all of them. */
const runsSeen: { name: string; run: ActionRun; secrets: string[] }[] = []

type RunOverrides = Omit<RunActionOptions, 'localAws' | 'inputs'>

/**
 * Runs the action and checks its secrets: the OIDC token and every credential it masked or
 * exported, plus `known` ones (ambient keys), appear nowhere but in their ::add-mask:: lines,
 * and those it holds were masked before any other line mentions them.
 */
async function runChecked(
  scenario: Scenario,
  inputs: Record<string, string>,
  options: RunOverrides = {},
  known: string[] = []
): Promise<ActionRun> {
  const run = await scenario.run(inputs, options)
  const exported = SECRET_VARIABLES.map((name) => run.githubEnv[name]).filter(
    (value): value is string => value !== undefined
  )
  for (const secret of exported) expect(run.maskedValues).toContain(secret)
  const secrets = [...new Set([...run.maskedValues, ...exported, ...known])]
  expect(leakedSecrets(run, secrets)).toEqual([])
  const lines = run.log.split('\n')
  for (const secret of run.maskedValues) {
    const firstMention = lines.findIndex((line) => line.includes(secret))
    expect(lines[firstMention]).toBe(`::add-mask::${secret}`)
  }
  runsSeen.push({ name: expect.getState().currentTestName ?? '', run, secrets })
  return run
}

/** The step's failure message: its single ::error:: annotation, decoded as the runner shows it. */
function failureOf(run: ActionRun): string {
  const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
  expect(annotations).toHaveLength(1)
  const message = (annotations[0] ?? '')
    .replace(/^::error[^:]*::/, '')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
  // The job summary carries the same message, whole.
  expect(run.summary).toContain(message)
  return message
}

/** The OIDC token the run fetched and masked (GitHub's tokens are JWTs). */
function tokenOf(run: ActionRun): string {
  const tokens = [...new Set(run.maskedValues.filter((value) => JWT_SHAPE.test(value)))]
  expect(tokens).toHaveLength(1)
  return tokens[0] as string
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
}

/** The example trust policy an AccessDenied message ends with. */
function exampleTrustPolicyIn(message: string): unknown {
  const intro = 'A trust policy that accepts exactly this token:\n'
  expect(message).toContain(intro)
  return JSON.parse(message.slice(message.indexOf(intro) + intro.length))
}

function trustPolicyFor(partition: string, sub: string, aud = 'sts.amazonaws.com') {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:${partition}:iam::${ACCOUNT}:oidc-provider/${ISSUER_HOST}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${ISSUER_HOST}:aud`]: aud },
          StringLike: { [`${ISSUER_HOST}:sub`]: sub }
        }
      }
    ]
  }
}

function operations(scenario: Scenario): string[] {
  return scenario.aws.calls.all().map((call) => call.operation)
}

/** GetCallerIdentity through the real STS client with the credentials a step exported. */
async function callerWithExported(scenario: Scenario, run: ActionRun): Promise<string> {
  const sts = new STSClient({
    region: run.githubEnv.AWS_REGION,
    endpoint: scenario.aws.url,
    credentials: {
      accessKeyId: run.githubEnv.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: run.githubEnv.AWS_SECRET_ACCESS_KEY ?? '',
      sessionToken: run.githubEnv.AWS_SESSION_TOKEN
    }
  })
  try {
    return (await sts.send(new GetCallerIdentityCommand({}))).Arn ?? ''
  } finally {
    sts.destroy()
  }
}

describe('credentials in the aws partition', () => {
  let scenario: Scenario
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`

  beforeAll(async () => {
    scenario = await startScenario()
    const { aws } = scenario
    aws.createGithubDeployerRole({ name: 'other-org-deployer', subject: 'repo:other-org/other:*' })
    aws.createGithubDeployerRole({
      name: 'main-branch-deployer',
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main'
    })
    aws.createGithubDeployerRole({ name: 'fixable-deployer', subject: 'repo:other-org/other:*' })
    aws.createGithubDeployerRole({ name: 'one-hour-deployer', maxSessionDuration: 3600 })
    aws.createGithubDeployerRole({ name: 'pathed-deployer', path: '/ci/' })
    // An audience the account's OIDC provider knows, which the deployer's trust policy does not accept.
    aws.oidc.clientIds.add('custom.audience.example')
  })
  beforeEach(() => {
    scenario.aws.calls.reset()
    scenario.aws.faults.clear()
  })
  afterAll(() => scenario.close())

  describe('with role-to-assume', () => {
    it('assumes the role, reports its account and exports credentials that work', async () => {
      const run = await runChecked(scenario, { mode: 'dry-run' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['aws-account-id']).toBe(ACCOUNT)
      const assumedArn = `arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/${SESSION}`
      expect(run.log).toContain(
        `Assuming ${scenario.deployerArn} with the workflow's OIDC token (session ${SESSION}).`
      )
      expect(run.log).toContain(`Acting as ${assumedArn} in account ${ACCOUNT}.`)
      // The account comes with the assumed role: no GetCallerIdentity round trip.
      expect(operations(scenario).slice(0, 2)).toEqual(['GetIdToken', 'AssumeRoleWithWebIdentity'])
      expect(scenario.aws.calls.count('GetCallerIdentity')).toBe(0)
      expect(scenario.aws.calls.all().filter((call) => call.service === 'iam')).not.toEqual([])
      for (const call of scenario.aws.calls.all().filter((call) => call.service === 'iam')) {
        expect(call.caller).toBe(assumedArn)
      }

      expect(Object.keys(run.githubEnv).sort()).toEqual([
        'AWS_ACCESS_KEY_ID',
        'AWS_DEFAULT_REGION',
        'AWS_REGION',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN'
      ])
      expect(run.githubEnv.AWS_REGION).toBe('us-east-1')
      expect(run.githubEnv.AWS_DEFAULT_REGION).toBe('us-east-1')
      expect(run.githubEnv.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/)
      expect(await callerWithExported(scenario, run)).toBe(assumedArn)
    })

    it('names the session after role-session-name', async () => {
      const run = await runChecked(scenario, { mode: 'dry-run', 'role-session-name': 'release-7' })
      expect(run.exitCode).toBe(0)
      expect(run.log).toContain(
        `Acting as arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/release-7 in account ${ACCOUNT}.`
      )
    })

    it('assumes a role with a path', async () => {
      const run = await runChecked(scenario, {
        mode: 'dry-run',
        'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/ci/pathed-deployer`
      })
      expect(run.exitCode).toBe(0)
      expect(run.log).toContain(
        `Acting as arn:aws:sts::${ACCOUNT}:assumed-role/pathed-deployer/${SESSION} in account ${ACCOUNT}.`
      )
      expect(run.outputs['pass-role']).toBe('allowed')
    })

    it("says when role-duration-seconds exceeds the role's maximum session duration", async () => {
      const role = roleArn('one-hour-deployer')
      const run = await runChecked(scenario, {
        'role-to-assume': role,
        'role-duration-seconds': '7200'
      })
      expect(run.exitCode).toBe(1)
      expect(failureOf(run)).toBe(
        `role-duration-seconds 7200 exceeds what ${role} allows: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n` +
          "Lower role-duration-seconds, or raise the role's maximum session duration (aws iam update-role --max-session-duration)."
      )
      expect(operations(scenario)).toEqual(['GetIdToken', 'AssumeRoleWithWebIdentity'])
    })

    it('exports nothing secret with export-credentials: false', async () => {
      const run = await runChecked(scenario, { mode: 'dry-run', 'export-credentials': 'false' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['aws-account-id']).toBe(ACCOUNT)
      for (const name of SECRET_VARIABLES) expect(run.githubEnv).not.toHaveProperty(name)
      const exportedText = JSON.stringify(run.githubEnv)
      for (const secret of run.maskedValues) expect(exportedText).not.toContain(secret)
    })
  })

  describe('without role-to-assume', () => {
    it.each([
      ['an IAM user', 'user'],
      ['a role session', 'role']
    ])('uses the ambient credentials of %s and fetches no token', async (_case, kind) => {
      const { aws } = scenario
      const principalArn =
        kind === 'user'
          ? aws.createUser('ci-user', {
              inlinePolicies: {
                'manage-roles': {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]
                }
              }
            }).arn
          : scenario.deployerArn
      const key = aws.createAccessKey(principalArn)
      const callerArn =
        kind === 'user'
          ? principalArn
          : `arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/local-session`
      const known = [key.secretAccessKey, key.sessionToken ?? '']
      const run = await runChecked(
        scenario,
        { mode: 'dry-run', 'role-to-assume': '' },
        { credentials: key },
        known
      )
      expect(run.exitCode).toBe(0)
      expect(run.log).toContain(
        'No role-to-assume: using the AWS credentials already in the environment (the SDK default chain).'
      )
      expect(run.log).toContain(`Acting as ${callerArn} in account ${ACCOUNT}.`)
      expect(run.outputs['aws-account-id']).toBe(ACCOUNT)
      expect(scenario.aws.calls.count('GetIdToken')).toBe(0)
      expect(scenario.aws.calls.count('AssumeRoleWithWebIdentity')).toBe(0)
      expect(operations(scenario)[0]).toBe('GetCallerIdentity')
      for (const call of scenario.aws.calls.all()) expect(call.caller).toBe(callerArn)
      // Nothing new to hand on: export-credentials defaults to off without role-to-assume.
      expect(run.githubEnv).toEqual({})
    })

    it('exports only the region with export-credentials: true, and warns', async () => {
      const key = scenario.aws.createAccessKey(scenario.deployerArn)
      const run = await runChecked(
        scenario,
        { mode: 'dry-run', 'role-to-assume': '', 'export-credentials': 'true' },
        { credentials: key },
        [key.secretAccessKey, key.sessionToken ?? '']
      )
      expect(run.exitCode).toBe(0)
      expect(run.githubEnv).toEqual({ AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' })
      expect(run.stdout).toContain(
        '::warning::Input export-credentials: without role-to-assume there are no new credentials to export; only AWS_REGION and AWS_DEFAULT_REGION are exported.'
      )
    })

    it('says the ambient credentials were rejected, without retrying', async () => {
      const key = {
        accessKeyId: 'AKIAUNKNOWNKEY000000',
        secretAccessKey: 'unknownSecretKey0123456789'
      }
      const run = await runChecked(scenario, { 'role-to-assume': '' }, { credentials: key }, [
        key.secretAccessKey
      ])
      expect(run.exitCode).toBe(1)
      expect(failureOf(run)).toBe(
        'STS rejected the AWS credentials of the environment (InvalidClientTokenId): The security token included in the request is invalid.\n' +
          'They may have expired, or be incomplete (AWS_SESSION_TOKEN missing for temporary keys); refresh them or set role-to-assume.'
      )
      expect(operations(scenario)).toEqual(['GetCallerIdentity'])
    })

    it('says so when the environment has no credentials either', async () => {
      const run = await runChecked(scenario, { mode: 'dry-run', 'role-to-assume': '' })
      expect(run.exitCode).toBe(1)
      expect(failureOf(run)).toBe(
        'No AWS credentials: role-to-assume is empty and none were found in the environment.\n' +
          'Set role-to-assume to a role ARN (the job needs `permissions: id-token: write`), or configure credentials in an earlier step (e.g. aws-actions/configure-aws-credentials).'
      )
      expect(scenario.aws.calls.count()).toBe(0)
    })
  })

  describe('without an OIDC token', () => {
    const NO_TOKEN =
      'The job has no GitHub OIDC token, which role-to-assume needs: grant `permissions: id-token: write` to the job (or the workflow).'

    it('says the job needs permissions: id-token: write, and calls nothing', async () => {
      const run = await runChecked(scenario, {}, { oidc: false })
      expect(run.exitCode).toBe(1)
      const message = failureOf(run)
      expect(message.split('\n')).toEqual([
        NO_TOKEN,
        'GitHub sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN only for jobs that may request an ID token. Example:',
        '  permissions:',
        '    id-token: write',
        '    contents: read',
        'Running outside GitHub Actions (e.g. with @github/local-action)? Leave role-to-assume empty to use the AWS credentials of your environment.'
      ])
      expect(scenario.aws.calls.count()).toBe(0)
    })

    it('says that pull requests from forks get no OIDC token', async () => {
      const run = await runChecked(
        scenario,
        {},
        {
          oidc: false,
          eventName: 'pull_request',
          event: {
            pull_request: {
              number: 12,
              head: { ref: 'patch-1', repo: { full_name: 'mallory/octo-repo', fork: true } },
              base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } }
            }
          }
        }
      )
      expect(run.exitCode).toBe(1)
      const message = failureOf(run)
      expect(message.split('\n')[0]).toBe(NO_TOKEN)
      expect(message).toContain(
        'This run is for a pull request from the fork mallory/octo-repo into octo-org/octo-repo: GitHub gives workflows run for pull requests from forks no OIDC token, whatever the permissions say.'
      )
      expect(scenario.aws.calls.count()).toBe(0)
    })

    it.each([
      [
        'a branch of the same repository',
        {
          pull_request: {
            number: 13,
            head: { ref: 'feature', repo: { full_name: 'octo-org/octo-repo', fork: false } },
            base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } }
          }
        }
      ],
      ['a payload that does not name the head repository', undefined]
    ])('does not blame forks for a pull request from %s', async (_case, event) => {
      const run = await runChecked(scenario, {}, { oidc: false, eventName: 'pull_request', event })
      expect(run.exitCode).toBe(1)
      const message = failureOf(run)
      expect(message.split('\n')[0]).toBe(NO_TOKEN)
      expect(message).not.toContain('fork')
      expect(scenario.aws.calls.count()).toBe(0)
    })
  })

  describe('when the token service fails', () => {
    it('fails at once when it refuses the request token', async () => {
      const requestToken = 'expired-request-token-0123456789abcdef'
      const run = await runChecked(
        scenario,
        {},
        { env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken } },
        [requestToken]
      )
      expect(run.exitCode).toBe(1)
      expect(failureOf(run)).toBe(
        'Could not get the GitHub OIDC token for audience sts.amazonaws.com after 1 attempt: the token service answered HTTP 401: Unauthorized: the request token is not valid.'
      )
      expect(operations(scenario)).toEqual(['GetIdToken'])
    })

    it('retries an unreachable token service a bounded number of times', async () => {
      const run = await runChecked(
        scenario,
        {},
        { env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/_oidc/token?api-version=2.0' } }
      )
      expect(run.exitCode).toBe(1)
      expect(run.log).toContain('Fetching the GitHub OIDC token failed (attempt 1); retrying.')
      expect(run.log).toContain('Fetching the GitHub OIDC token failed (attempt 2); retrying.')
      expect(failureOf(run)).toMatch(
        /^Could not get the GitHub OIDC token for audience sts\.amazonaws\.com after 3 attempts: the token service could not be reached \(connect ECONNREFUSED 127\.0\.0\.1:1\)$/
      )
      expect(scenario.aws.calls.count()).toBe(0)
    })
  })

  describe('when the role does not accept the token', () => {
    it('shows the claims and a trust policy for this token, never the token, and does not retry', async () => {
      const role = roleArn('other-org-deployer')
      const run = await runChecked(scenario, { 'role-to-assume': role })
      expect(run.exitCode).toBe(1)
      const message = failureOf(run)
      const sub = 'repo:octo-org/octo-repo:ref:refs/heads/main'
      expect(message.split('\n').slice(0, 9)).toEqual([
        `Not authorized to assume ${role} with this workflow's OIDC token: the role's trust policy does not accept the token (or the role does not exist).`,
        'STS said: Not authorized to perform sts:AssumeRoleWithWebIdentity',
        'The token carries these claims, which the trust policy conditions must match:',
        `  sub:              ${sub}`,
        '  aud:              sts.amazonaws.com',
        '  repository:       octo-org/octo-repo',
        '  ref:              refs/heads/main',
        '  environment:      (not in the token)',
        '  job_workflow_ref: octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main'
      ])
      expect(message).toContain(
        '- sub is compared case-sensitively: the organization and repository must be written exactly as octo-org/octo-repo.'
      )
      expect(exampleTrustPolicyIn(message)).toEqual(trustPolicyFor('aws', sub))

      const token = tokenOf(run)
      expect(claimsOf(token).sub).toBe(sub)
      for (const part of token.split('.').slice(1)) expect(message).not.toContain(part)
      // AccessDenied cannot succeed on a retry: one call, then nothing else.
      expect(operations(scenario)).toEqual(['GetIdToken', 'AssumeRoleWithWebIdentity'])
      expect(scenario.aws.calls.writes()).toEqual([])
    })

    it('shows the environment a job runs in, which changes the sub', async () => {
      const role = roleArn('main-branch-deployer')
      const run = await runChecked(
        scenario,
        { 'role-to-assume': role },
        { environment: 'production' }
      )
      expect(run.exitCode).toBe(1)
      const message = failureOf(run)
      const sub = 'repo:octo-org/octo-repo:environment:production'
      expect(message).toContain(`  sub:              ${sub}\n`)
      expect(message).toContain('  environment:      production\n')
      expect(message).toContain(
        '- sub changes with the trigger: repo:octo-org/octo-repo:environment:NAME when the job uses an environment, repo:octo-org/octo-repo:pull_request for pull requests, repo:octo-org/octo-repo:ref:refs/heads/BRANCH otherwise.'
      )
      expect(exampleTrustPolicyIn(message)).toEqual(trustPolicyFor('aws', sub))
      expect(scenario.aws.calls.count('AssumeRoleWithWebIdentity')).toBe(1)
    })

    it('shows a trust policy that, once applied, lets the same workflow in', async () => {
      const role = roleArn('fixable-deployer')
      const denied = await runChecked(scenario, { 'role-to-assume': role, mode: 'dry-run' })
      expect(denied.exitCode).toBe(1)
      scenario.aws.updateAssumeRolePolicy(
        'fixable-deployer',
        JSON.stringify(exampleTrustPolicyIn(failureOf(denied)))
      )
      const allowed = await runChecked(scenario, { 'role-to-assume': role, mode: 'dry-run' })
      expect(allowed.exitCode).toBe(0)
      expect(allowed.log).toContain(
        `Acting as arn:aws:sts::${ACCOUNT}:assumed-role/fixable-deployer/${SESSION}`
      )
    })

    it('names an audience the OIDC provider does not list', async () => {
      const run = await runChecked(scenario, { audience: 'sigstore' })
      expect(run.exitCode).toBe(1)
      expect(failureOf(run)).toBe(
        'STS rejected the OIDC token (InvalidIdentityToken): Incorrect token audience\n' +
          `Account ${ACCOUNT} needs an IAM OIDC identity provider for https://${ISSUER_HOST} whose audiences (client ids) include sigstore.`
      )
      expect(claimsOf(tokenOf(run)).aud).toBe('sigstore')
      expect(operations(scenario)).toEqual(['GetIdToken', 'AssumeRoleWithWebIdentity'])
    })

    it('shows the audience when the provider knows it but the trust policy wants another', async () => {
      const run = await runChecked(scenario, { audience: 'custom.audience.example' })
      expect(run.exitCode).toBe(1)
      const message = failureOf(run)
      expect(message).toContain('  aud:              custom.audience.example\n')
      expect(message).toContain(
        "- aud must equal the audience input (custom.audience.example), and the account's IAM OIDC provider must list it as a client id."
      )
      expect(exampleTrustPolicyIn(message)).toEqual(
        trustPolicyFor(
          'aws',
          'repo:octo-org/octo-repo:ref:refs/heads/main',
          'custom.audience.example'
        )
      )
      expect(scenario.aws.calls.count('AssumeRoleWithWebIdentity')).toBe(1)
    })
  })

  it('fails on each invalid input in one line naming it, before any call of any kind', async () => {
    const region = (value: string) => ({ inputs: { 'aws-region': value }, options: {} })
    const role = (value: string) => ({ inputs: { 'role-to-assume': value }, options: {} })
    const duration = (value: string) => ({
      inputs: { 'role-duration-seconds': value },
      options: {}
    })
    const regionHint =
      'is not an AWS region code; use one like us-east-1, eu-central-1, ap-southeast-5, cn-north-1 or us-gov-west-1.'
    const cases = [
      [
        role('github-deployer'),
        'Input role-to-assume: "github-deployer" is a role name; give the full role ARN, e.g. arn:aws:iam::123456789012:role/NAME.'
      ],
      [
        role('arn:aws:iam::1111:role/github-deployer'),
        'Input role-to-assume: "arn:aws:iam::1111:role/github-deployer" has the account id "1111"; it must be 12 digits.'
      ],
      [
        role(`arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/s`),
        `Input role-to-assume: "arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/s" is not a role ARN; give one like arn:aws:iam::123456789012:role/NAME.`
      ],
      [
        role(`arn:aws-cn:iam::${ACCOUNT}:role/github-deployer`),
        `Input role-to-assume: "arn:aws-cn:iam::${ACCOUNT}:role/github-deployer" is in partition "aws-cn", but the region's partition is aws; use arn:aws:iam::... or change aws-region.`
      ],
      [region('us-east-one'), `Input aws-region: "us-east-one" ${regionHint}`],
      [region('US-EAST-1'), 'Input aws-region: "US-EAST-1" must be lower case: us-east-1.'],
      [
        { inputs: { 'aws-region': '' }, options: { env: { AWS_REGION: 'eu-west-x' } } },
        `Input aws-region: "eu-west-x" (from AWS_REGION) ${regionHint}`
      ],
      [
        duration('899'),
        'Input role-duration-seconds: 899 is out of range; STS accepts 900 to 43200 seconds.'
      ],
      [
        duration('43201'),
        'Input role-duration-seconds: 43201 is out of range; STS accepts 900 to 43200 seconds.'
      ],
      [
        duration('1h'),
        'Input role-duration-seconds: "1h" is not a whole number of seconds; use 900 to 43200.'
      ]
    ] as const
    // No case calls anything, so they can share the endpoint at once: its log must stay empty.
    const runs = await Promise.all(
      cases.map(([{ inputs, options }]) => runChecked(scenario, inputs, options))
    )
    expect(
      runs.map((run, index) => ({
        inputs: cases[index]?.[0].inputs,
        exitCode: run.exitCode,
        message: failureOf(run)
      }))
    ).toEqual(cases.map(([{ inputs }, message]) => ({ inputs, exitCode: 1, message })))
    expect(scenario.aws.calls.all()).toEqual([])
  })

  describe('allowed-account-ids', () => {
    it('refuses a role in another account before any call', async () => {
      const run = await runChecked(scenario, { 'allowed-account-ids': '999999999999,888888888888' })
      expect(run.exitCode).toBe(1)
      expect(failureOf(run)).toBe(
        `role-to-assume ${scenario.deployerArn} is in account ${ACCOUNT}, which is not in allowed-account-ids (999999999999, 888888888888); nothing was changed.\n` +
          'Check role-to-assume and the credentials of this job, or add the account to allowed-account-ids if it is intended.'
      )
      expect(scenario.aws.calls.count()).toBe(0)
    })

    it('refuses ambient credentials of another account before any IAM call', async () => {
      const key = scenario.aws.createAccessKey(scenario.deployerArn)
      const run = await runChecked(
        scenario,
        { 'role-to-assume': '', 'allowed-account-ids': '999999999999' },
        { credentials: key },
        [key.secretAccessKey, key.sessionToken ?? '']
      )
      expect(run.exitCode).toBe(1)
      expect(failureOf(run).split('\n')[0]).toBe(
        `The caller arn:aws:sts::${ACCOUNT}:assumed-role/github-deployer/local-session is in account ${ACCOUNT}, which is not in allowed-account-ids (999999999999); nothing was changed.`
      )
      expect(operations(scenario)).toEqual(['GetCallerIdentity'])
    })

    it('lets a listed account through', async () => {
      const run = await runChecked(scenario, {
        mode: 'dry-run',
        'allowed-account-ids': `999999999999, ${ACCOUNT}`
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['aws-account-id']).toBe(ACCOUNT)
    })
  })

  describe('retries', () => {
    /** The AssumeRoleWithWebIdentity answers, in order: an error code or the status. */
    function assumeAnswers(): string[] {
      return scenario.aws.calls
        .all()
        .filter((call) => call.operation === 'AssumeRoleWithWebIdentity')
        .map((call) => call.errorCode ?? String(call.status))
    }

    it('recovers from a throttled STS, reusing the one token', async () => {
      scenario.aws.faults.throttle({ next: 3, operations: ['AssumeRoleWithWebIdentity'] })
      const run = await runChecked(scenario, { mode: 'dry-run' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['aws-account-id']).toBe(ACCOUNT)
      expect(assumeAnswers()).toEqual(['Throttling', 'Throttling', 'Throttling', '200'])
      expect(scenario.aws.calls.count('GetIdToken')).toBe(1)
    })

    it.each([500, 503] as const)('recovers from a burst of %s answers from STS', async (status) => {
      scenario.aws.faults.serverErrors({
        next: 2,
        status,
        operations: ['AssumeRoleWithWebIdentity']
      })
      const run = await runChecked(scenario, { mode: 'dry-run' })
      expect(run.exitCode).toBe(0)
      const code = status === 503 ? 'ServiceUnavailable' : 'ServiceFailure'
      expect(assumeAnswers()).toEqual([code, code, '200'])
    })

    it('recovers from a throttled GetCallerIdentity with ambient credentials', async () => {
      const key = scenario.aws.createAccessKey(scenario.deployerArn)
      scenario.aws.faults.throttle({ next: 2, operations: ['GetCallerIdentity'] })
      const run = await runChecked(
        scenario,
        { mode: 'dry-run', 'role-to-assume': '' },
        { credentials: key },
        [key.secretAccessKey, key.sessionToken ?? '']
      )
      expect(run.exitCode).toBe(0)
      expect(scenario.aws.calls.count('GetCallerIdentity')).toBe(3)
    })
  })
})

describe('credentials in the aws-cn partition', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario({ partition: 'aws-cn' })
    scenario.aws.createGithubDeployerRole({
      name: 'other-org-deployer',
      subject: 'repo:other-org/other:*'
    })
  })
  beforeEach(() => scenario.aws.calls.reset())
  afterAll(() => scenario.close())

  it('assumes an arn:aws-cn role in cn-north-1 and exports credentials that work there', async () => {
    expect(scenario.deployerArn).toBe(`arn:aws-cn:iam::${ACCOUNT}:role/github-deployer`)
    const run = await runChecked(scenario, { mode: 'dry-run', 'aws-region': 'cn-north-1' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['aws-account-id']).toBe(ACCOUNT)
    expect(run.outputs['execution-role-arn']).toMatch(
      new RegExp(`^arn:aws-cn:iam::${ACCOUNT}:role/AmazonBedrockAgentCoreSDKRuntime-cn-north-1-`)
    )
    const assumedArn = `arn:aws-cn:sts::${ACCOUNT}:assumed-role/github-deployer/${SESSION}`
    expect(run.log).toContain(`Acting as ${assumedArn} in account ${ACCOUNT}.`)
    expect(run.githubEnv.AWS_REGION).toBe('cn-north-1')
    expect(run.githubEnv.AWS_DEFAULT_REGION).toBe('cn-north-1')
    expect(await callerWithExported(scenario, run)).toBe(assumedArn)
  })

  it('shows an aws-cn trust policy and the China audience when denied', async () => {
    const role = `arn:aws-cn:iam::${ACCOUNT}:role/other-org-deployer`
    const run = await runChecked(scenario, { 'aws-region': 'cn-north-1', 'role-to-assume': role })
    expect(run.exitCode).toBe(1)
    const message = failureOf(run)
    expect(message).toContain(
      "- aud must equal the audience input (sts.amazonaws.com), and the account's IAM OIDC provider must list it as a client id. In China regions it is usually sts.amazonaws.com.cn."
    )
    expect(exampleTrustPolicyIn(message)).toEqual(
      trustPolicyFor('aws-cn', 'repo:octo-org/octo-repo:ref:refs/heads/main')
    )
    expect(scenario.aws.calls.count('AssumeRoleWithWebIdentity')).toBe(1)
  })
})

describe('secrets across every run of this file', () => {
  it('no run shows any secret of any run, outside ::add-mask:: lines', () => {
    expect(runsSeen.length).toBeGreaterThan(20)
    const everySecret = [...new Set(runsSeen.flatMap(({ secrets }) => secrets))]
    // The session credentials and the OIDC tokens of the successful and denied runs are among them.
    expect(everySecret.filter((secret) => JWT_SHAPE.test(secret)).length).toBeGreaterThan(10)
    for (const { name, run } of runsSeen) {
      expect({ name, leaked: leakedSecrets(run, everySecret) }).toEqual({ name, leaked: [] })
    }
  })
})
