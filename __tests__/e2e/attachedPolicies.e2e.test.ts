// Roles made by Terraform, CDK or the console, end to end through dist/index.js: their permissions
// come from attached managed policies and may be bounded. Verification counts what IAM counts
// (inline and attached Allows, any explicit Deny, the permissions boundary), names what takes a
// grant away, and advises the owner of a role it may not write with a policy document to add.
import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'
import type { ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import { RUNTIME_POLICY, RUNTIME_ROLE } from '../../__fixtures__/accounts.ts'

const RUNTIME_ONLY = { 'create-codebuild-role': 'false' }
const TERRAFORM = 'AmazonBedrockAgentCoreTerraform'
const VERIFY = { ...RUNTIME_ONLY, mode: 'verify', 'execution-role': TERRAFORM }

const commands = (run: ActionRun, kind: 'error' | 'warning') =>
  runnerCommands(run.stdout)
    .filter((command) => command.command === kind)
    .map((command) => command.data)
const document = (Statement: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement
})
const NO_XRAY = document([{ Effect: 'Deny', Action: 'xray:*', Resource: '*' }])

let scenario: Scenario
let permissions: PolicyDocument
let trust: PolicyDocument

/** A role as `aws_iam_role` + two `aws_iam_role_policy_attachment`s leave it: no inline policy. */
function terraformRole(options: { extra?: string[]; boundary?: string } = {}): string[] {
  const half = Math.ceil(permissions.Statement.length / 2)
  const arns = [
    scenario.aws.createManagedPolicy(
      'AgentRuntimeA',
      document(permissions.Statement.slice(0, half))
    ),
    scenario.aws.createManagedPolicy('AgentRuntimeB', document(permissions.Statement.slice(half)))
  ]
  scenario.aws.createRole({
    name: TERRAFORM,
    trustPolicy: trust,
    managedPolicyArns: [...arns, ...(options.extra ?? [])],
    ...(options.boundary ? { permissionsBoundary: options.boundary } : {})
  })
  return arns
}

beforeEach(async () => {
  scenario = await startScenario()
  // The documents the action itself writes for this agent, as the reference.
  expect((await scenario.run(RUNTIME_ONLY)).exitCode).toBe(0)
  const made = scenario.aws.getRole(RUNTIME_ROLE)
  permissions = made?.inlinePolicies[RUNTIME_POLICY] as PolicyDocument
  trust = made?.trustPolicy as PolicyDocument
  scenario.aws.calls.reset()
})
afterEach(() => scenario.close())

it('a role whose permissions come from two attached policies verifies with zero writes', async () => {
  terraformRole()
  const run = await scenario.run(VERIFY)
  expect(run.exitCode).toBe(0)
  expect(scenario.aws.calls.writes()).toEqual([])
  expect(commands(run, 'error')).toEqual([])
  expect(commands(run, 'warning')).toEqual([])
  // Each managed policy is read once: GetPolicy, then GetPolicyVersion.
  expect(scenario.aws.calls.count('GetPolicy')).toBe(2)
  expect(scenario.aws.calls.count('GetPolicyVersion')).toBe(2)
})

it('an attached Deny fails verify, naming the action, the resource and the policy', async () => {
  const deny = scenario.aws.createManagedPolicy('NoXray', NO_XRAY)
  terraformRole({ extra: [deny] })
  const run = await scenario.run(VERIFY)
  expect(run.exitCode).toBe(1)
  expect(scenario.aws.calls.writes()).toEqual([])
  expect(commands(run, 'error')).toEqual(
    expect.arrayContaining([
      `The runtime role ${TERRAFORM} cannot get what AgentCore needs: ` +
        `xray:PutTraceSegments, xray:PutTelemetryRecords, xray:GetSamplingRules, xray:GetSamplingTargets on *: denied by ${deny}. ` +
        'An Allow cannot override it: change that policy or boundary.'
    ])
  )
})

it('a permissions boundary that leaves something out fails verify, naming the boundary', async () => {
  const boundary = scenario.aws.createManagedPolicy(
    'Boundary',
    document([{ Effect: 'Allow', NotAction: 'xray:*', Resource: '*' }])
  )
  terraformRole({ boundary })
  const run = await scenario.run(VERIFY)
  expect(run.exitCode).toBe(1)
  expect(scenario.aws.calls.writes()).toEqual([])
  expect(commands(run, 'error')).toEqual(
    expect.arrayContaining([
      expect.stringContaining(
        `xray:GetSamplingTargets on *: denied by permissions boundary ${boundary}. An Allow cannot override it`
      )
    ])
  )
})

it('a role it may not write is advised with the policy document its owner should add', async () => {
  // As a Terraform module that predates a statement: everything but the model invocation grant.
  const older = scenario.aws.createManagedPolicy(
    'AgentRuntimeOld',
    document(permissions.Statement.filter((s) => s.Sid !== 'BedrockModelInvocation'))
  )
  scenario.aws.createRole({ name: TERRAFORM, trustPolicy: trust, managedPolicyArns: [older] })
  for (const mode of ['verify', 'apply']) {
    scenario.aws.calls.reset()
    const run = await scenario.run({ ...VERIFY, mode })
    expect(run.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    const [error] = commands(run, 'error')
    expect(error).toContain('Add the statements listed below to it in the tool that owns it')
    expect(error).not.toContain('Run with mode: apply')
    expect(run.summary).toContain(
      'Add these statements, in the tool that owns the Runtime role (Terraform, CDK, the console), to a policy of'
    )
    const json = /```json\n([\s\S]*?)\n```/.exec(run.summary)?.[1] ?? ''
    const added = JSON.parse(json) as PolicyDocument
    expect(added.Statement).toEqual([
      expect.objectContaining({
        Sid: 'BedrockModelInvocation',
        Effect: 'Allow',
        Action: expect.arrayContaining(['bedrock:InvokeModel'])
      })
    ])
    // The advice is enough: with it added, the same role verifies.
    if (mode === 'apply') {
      scenario.aws.putRolePolicy(TERRAFORM, 'Added', added)
      const again = await scenario.run({ ...VERIFY })
      expect(again.exitCode).toBe(0)
    }
  }
})

it('a caller that may not read managed policies is told which permission is missing', async () => {
  terraformRole()
  scenario.aws.putRolePolicy(
    'github-deployer',
    'NoPolicyReads',
    document([{ Effect: 'Deny', Action: 'iam:GetPolicy', Resource: '*' }])
  )
  const run = await scenario.run(VERIFY)
  expect(run.exitCode).toBe(1)
  expect(scenario.aws.calls.writes()).toEqual([])
  const warnings = commands(run, 'warning')
  expect(warnings).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        new RegExp(
          `^managed policy arn:aws:iam::111122223333:policy/AgentRuntimeA of ${TERRAFORM} could not be read \\(iam:GetPolicy was refused \\(AccessDenied\\)\\)`
        )
      )
    ])
  )
})
