// Never bless a dangerous role, end to end through dist/index.js as a runner starts it: a trust
// policy that admits anyone but the service, and escalation-grade grants (inline, attached, or
// spelled through wildcards in extra-policy) fail verify and apply, naming the statement, with
// nothing deleted and the role not handed on; an accepted policy passes with its mark.
import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'
import type { ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import { ACCOUNT_ID, RUNTIME_POLICY, RUNTIME_ROLE } from '../../__fixtures__/accounts.ts'

const RUNTIME_ONLY = { 'create-codebuild-role': 'false' }
const HAND_MADE = 'AmazonBedrockAgentCoreHandMade'

const commands = (run: ActionRun, kind: 'error' | 'warning') =>
  runnerCommands(run.stdout)
    .filter((command) => command.command === kind)
    .map((command) => command.data)

const document = (...Statement: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement
})
const assumeBy = (Principal: PolicyStatement['Principal']): PolicyStatement => ({
  Effect: 'Allow',
  Principal,
  Action: 'sts:AssumeRole'
})

let scenario: Scenario
/** The runtime role's documents as the action creates them in this account. */
let made: { trust: PolicyDocument; permissions: PolicyDocument }

beforeEach(async () => {
  scenario = await startScenario()
  const first = await scenario.run(RUNTIME_ONLY)
  expect(first.exitCode).toBe(0)
  const role = scenario.aws.getRole(RUNTIME_ROLE)
  made = {
    trust: role?.trustPolicy as PolicyDocument,
    permissions: role?.inlinePolicies[RUNTIME_POLICY] as PolicyDocument
  }
  scenario.aws.calls.reset()
})
afterEach(() => scenario.close())

/** Runs verify and apply; both fail, write nothing, name `expected` and hand no role on. */
async function expectRefused(inputs: Record<string, string>, expected: string): Promise<void> {
  for (const mode of ['verify', 'apply']) {
    scenario.aws.calls.reset()
    const run = await scenario.run({ ...RUNTIME_ONLY, ...inputs, mode })
    expect(run.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(commands(run, 'error')).toEqual(expect.arrayContaining([expected]))
    expect(run.outputs['execution-role-arn']).toBe('')
    expect(run.summary).toContain('### ⚠️ Risks')
  }
}

describe('trust policies that admit others', () => {
  it.each([
    ['"AWS": "*"', { AWS: '*' }, 'any AWS principal ("AWS": "*")'],
    [
      'another account',
      { AWS: 'arn:aws:iam::444455556666:root' },
      'the AWS principal arn:aws:iam::444455556666:root'
    ]
  ])('a hand-made role whose trust also admits %s is refused', async (_, principal, who) => {
    const trust = document(...made.trust.Statement, assumeBy(principal))
    scenario.aws.createRole({
      name: HAND_MADE,
      trustPolicy: trust,
      inlinePolicies: { Permissions: made.permissions }
    })
    await expectRefused(
      { 'execution-role': HAND_MADE },
      `Dangerous runtime role ${HAND_MADE}: trust policy, statement 2: lets ${who} assume the role; ` +
        'remove the statement from the trust policy (the action does not write to a role it does not own).'
    )
    expect(scenario.aws.getRole(HAND_MADE)?.trustPolicy).toEqual(trust)
  })

  it("the action's own role opened to everyone is no longer its own, and is refused", async () => {
    const trust = document(...made.trust.Statement, assumeBy({ AWS: '*' }))
    scenario.aws.updateAssumeRolePolicy(RUNTIME_ROLE, trust)
    await expectRefused(
      {},
      `Dangerous runtime role ${RUNTIME_ROLE}: trust policy, statement 2: lets any AWS principal ("AWS": "*") assume the role; ` +
        'remove the statement from the trust policy (the action does not write to a role it does not own).'
    )
    expect(scenario.aws.getRole(RUNTIME_ROLE)?.trustPolicy).toEqual(trust)
  })

  it("another service in its own role's trust: verify refuses, apply replaces the trust", async () => {
    scenario.aws.updateAssumeRolePolicy(
      RUNTIME_ROLE,
      document(...made.trust.Statement, assumeBy({ Service: 'lambda.amazonaws.com' }))
    )
    const verify = await scenario.run({ ...RUNTIME_ONLY, mode: 'verify' })
    expect(verify.exitCode).toBe(1)
    expect(commands(verify, 'error')[0]).toBe(
      `Dangerous runtime role ${RUNTIME_ROLE}: trust policy, statement 2: lets the service lambda.amazonaws.com assume the role; ` +
        'mode apply replaces the trust policy with the desired one; or remove the statement by hand.'
    )
    const apply = await scenario.run(RUNTIME_ONLY)
    expect(apply.exitCode).toBe(0)
    expect(scenario.aws.calls.writes().map((call) => call.operation)).toEqual([
      'UpdateAssumeRolePolicy'
    ])
    expect(scenario.aws.getRole(RUNTIME_ROLE)?.trustPolicy).toEqual(made.trust)
    expect(apply.summary).toContain('🛠 **replaced** by the desired trust policy:')
    expect(apply.outputs['execution-role-arn']).toContain(RUNTIME_ROLE)
  })

  it('a role trusted by the service without conditions verifies, with a warning', async () => {
    // As the new CLI's construct makes its runtime role: no aws:SourceAccount, no aws:SourceArn.
    scenario.aws.createRole({
      name: HAND_MADE,
      trustPolicy: document(assumeBy({ Service: 'bedrock-agentcore.amazonaws.com' })),
      inlinePolicies: { Permissions: made.permissions }
    })
    const run = await scenario.run({ ...RUNTIME_ONLY, mode: 'verify', 'execution-role': HAND_MADE })
    expect(run.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(commands(run, 'warning')).toEqual([
      expect.stringContaining(
        `trust policy of ${HAND_MADE} lets bedrock-agentcore.amazonaws.com assume the role under conditions looser than the confused-deputy conditions`
      )
    ])
    expect(run.outputs['execution-role-arn']).toBe(`arn:aws:iam::${ACCOUNT_ID}:role/${HAND_MADE}`)
  })
})

describe('escalation-grade grants', () => {
  const admin = document({ Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' })

  it('an inline "*" on "*" added to a managed role is refused and left in place', async () => {
    scenario.aws.putRolePolicy(RUNTIME_ROLE, 'Admin', admin)
    await expectRefused(
      {},
      `Dangerous runtime role ${RUNTIME_ROLE}: inline policy Admin, statement 1 (Sid All): allows every action ("*"); ` +
        'remove or narrow the statement (the action never deletes it), or list the policy in accept-risky-policies if the role must hold it.'
    )
    expect(scenario.aws.getRole(RUNTIME_ROLE)?.inlinePolicies['Admin']).toEqual(admin)
  })

  it('iam:PassRole and iam:CreateRole on "*" are refused', async () => {
    scenario.aws.putRolePolicy(
      RUNTIME_ROLE,
      'Escalate',
      document({ Effect: 'Allow', Action: ['iam:PassRole', 'iam:CreateRole'], Resource: '*' })
    )
    await expectRefused(
      {},
      `Dangerous runtime role ${RUNTIME_ROLE}: inline policy Escalate, statement 1: allows IAM writes (iam:CreateRole) and iam:PassRole on every role; ` +
        'remove or narrow the statement (the action never deletes it), or list the policy in accept-risky-policies if the role must hold it.'
    )
  })

  it('an attached policy granting iam:PassRole on "*" is refused, naming the policy', async () => {
    const arn = scenario.aws.createManagedPolicy(
      'PassAnything',
      document({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' })
    )
    scenario.aws.attachRolePolicy(RUNTIME_ROLE, arn)
    await expectRefused(
      {},
      `Dangerous runtime role ${RUNTIME_ROLE}: managed policy ${arn}, statement 1: allows iam:PassRole on every role; ` +
        'remove or narrow the statement (the action never deletes it), or list the policy in accept-risky-policies if the role must hold it.'
    )
    expect(scenario.aws.getRole(RUNTIME_ROLE)?.attachedPolicyArns).toEqual([arn])
  })

  it('a policy the user accepts passes, marked as accepted', async () => {
    const arn = scenario.aws.createManagedPolicy(
      'PassAnything',
      document({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' })
    )
    scenario.aws.attachRolePolicy(RUNTIME_ROLE, arn)
    for (const accepted of ['PassAnything', arn]) {
      scenario.aws.calls.reset()
      const run = await scenario.run({
        ...RUNTIME_ONLY,
        mode: 'verify',
        'accept-risky-policies': accepted
      })
      expect(run.exitCode).toBe(0)
      expect(scenario.aws.calls.writes()).toEqual([])
      expect(commands(run, 'warning')).toEqual([
        `The runtime role ${RUNTIME_ROLE}: managed policy ${arn}, statement 1: allows iam:PassRole on every role; ` +
          'accepted by accept-risky-policies, so the role still holds it.'
      ])
      expect(run.summary).toContain('⚠️ **accepted** (accept-risky-policies):')
      expect(run.outputs['execution-role-arn']).toContain(RUNTIME_ROLE)
    }
  })

  it('an ordinary extra permission stays "extra, left in place"', async () => {
    scenario.aws.putRolePolicy(
      RUNTIME_ROLE,
      'Bucket',
      document({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' })
    )
    const run = await scenario.run({ ...RUNTIME_ONLY, mode: 'verify' })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain(
      'extra, not required (left in place): s3:GetObject on arn:aws:s3:::data/\\*'
    )
    expect(run.summary).not.toContain('Risks')
  })
})

describe('extra-policy spellings that reach escalation through wildcards', () => {
  it.each([
    [{ Action: 'iam:P?ssRole', Resource: 'arn:*' }, 'allows iam:PassRole on every role'],
    [
      { Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT_ID}:role*` },
      'allows iam:PassRole on every role'
    ],
    [
      { Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT_ID}:role/?*` },
      'allows iam:PassRole on every role'
    ],
    [{ Action: 'sts:AssumeRole', Resource: '*' }, 'allows sts:AssumeRole on every role'],
    [{ Action: 'sts:*', Resource: '*' }, 'allows every STS action ("sts:*")'],
    [{ Action: 'iam:Put*', Resource: '*' }, 'allows IAM writes ('],
    [{ Action: 'ssm:SendCommand', Resource: '*' }, 'allows ssm:SendCommand on every instance']
  ])('%j fails before any AWS call', async (statement, why) => {
    const run = await scenario.run({
      ...RUNTIME_ONLY,
      mode: 'dry-run',
      'extra-policy': JSON.stringify({ Effect: 'Allow', ...statement })
    })
    expect(run.exitCode).toBe(1)
    expect(scenario.aws.calls.all()).toEqual([])
    const [error, ...more] = commands(run, 'error')
    expect(more).toEqual([])
    expect(error).toContain(`Input extra-policy: statement 1 ${why}`)
    expect(error).toContain('allow-broad-extra-policy: true')
  })
})
