// Interoperability: dist/index.js, started as a runner starts it, against a second IAM and STS
// implementation that nobody here wrote (moto's server, test-support/moto.ts), through the real AWS
// SDK clients. It creates the roles there; then roles made the way Terraform makes them (attached
// managed policies, no inline policy) verify with zero writes, an attached Deny and a permissions
// boundary are each refused with the cause named, and the advice for a role the action may not
// write is a policy document that, once attached, makes the role verify.
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  PutRolePolicyCommand
} from '@aws-sdk/client-iam'
import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'
import { RUNTIME_POLICY, RUNTIME_ROLE } from '../../__fixtures__/accounts.ts'
import { startLocalAws, type LocalAws } from '../../test-support/localAws/server.ts'
import { MOTO_ACCOUNT, startMoto, type Moto } from '../../test-support/moto.ts'
import { runAction, type ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'

const TERRAFORM = 'AmazonBedrockAgentCoreTerraform'
const DEPLOYER = `arn:aws:iam::${MOTO_ACCOUNT}:role/github-deployer`
// moto implements no IAM Access Analyzer: the policy validation is off here (and has its own tests
// against the local endpoint); so is the PassRole simulation, which moto does not implement.
const RUNTIME_ONLY = {
  'create-codebuild-role': 'false',
  'check-pass-role': 'false',
  'validate-policies': 'false'
}
const VERIFY = { ...RUNTIME_ONLY, mode: 'verify', 'execution-role': TERRAFORM }

let moto: Moto
// Only GitHub's OIDC token service is the local endpoint's; IAM and STS are moto's.
let github: LocalAws
let permissions: PolicyDocument
let trust: PolicyDocument

const document = (Statement: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement
})
const commands = (run: ActionRun, kind: 'error' | 'warning') =>
  runnerCommands(run.stdout)
    .filter((command) => command.command === kind)
    .map((command) => command.data)
const decoded = (text: string | undefined) =>
  JSON.parse(decodeURIComponent(text ?? '{}')) as PolicyDocument

const run = (inputs: Record<string, string> = {}) =>
  runAction({
    localAws: github,
    inputs: {
      'agent-name': 'my_agent',
      'aws-region': 'us-east-1',
      'role-to-assume': DEPLOYER,
      ...inputs
    },
    env: { AWS_ENDPOINT_URL_IAM: moto.url, AWS_ENDPOINT_URL_STS: moto.url }
  })

async function managedPolicy(name: string, policy: PolicyDocument): Promise<string> {
  const made = await moto.iam.send(
    new CreatePolicyCommand({ PolicyName: name, PolicyDocument: JSON.stringify(policy) })
  )
  return made.Policy?.Arn as string
}

/** As `aws_iam_role` + two `aws_iam_role_policy_attachment`s leave a role: no inline policy. */
async function terraformRole(options: { extra?: string[]; boundary?: string } = {}) {
  const half = Math.ceil(permissions.Statement.length / 2)
  const arns = [
    await managedPolicy('AgentRuntimeA', document(permissions.Statement.slice(0, half))),
    await managedPolicy('AgentRuntimeB', document(permissions.Statement.slice(half)))
  ]
  await moto.iam.send(
    new CreateRoleCommand({
      RoleName: TERRAFORM,
      AssumeRolePolicyDocument: JSON.stringify(trust),
      ...(options.boundary ? { PermissionsBoundary: options.boundary } : {})
    })
  )
  for (const arn of [...arns, ...(options.extra ?? [])]) {
    await moto.iam.send(new AttachRolePolicyCommand({ RoleName: TERRAFORM, PolicyArn: arn }))
  }
}

beforeAll(async () => {
  ;[moto, github] = await Promise.all([startMoto(), startLocalAws({ accountId: MOTO_ACCOUNT })])
}, 60_000)
afterAll(async () => {
  await Promise.all([moto?.close(), github?.close()])
})

beforeEach(async () => {
  await fetch(`${moto.url}/moto-api/reset`, { method: 'POST' })
  // The role the workflow assumes: moto answers AssumeRoleWithWebIdentity for it.
  await moto.iam.send(
    new CreateRoleCommand({
      RoleName: 'github-deployer',
      AssumeRolePolicyDocument: JSON.stringify(
        document([
          {
            Effect: 'Allow',
            Principal: {
              Federated: `arn:aws:iam::${MOTO_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
            },
            Action: 'sts:AssumeRoleWithWebIdentity'
          }
        ])
      )
    })
  )
  await moto.iam.send(
    new PutRolePolicyCommand({
      RoleName: 'github-deployer',
      PolicyName: 'agentcore',
      PolicyDocument: JSON.stringify(
        document([{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }])
      )
    })
  )
  // The documents the action writes for this agent, as it writes them to moto.
  const created = await run(RUNTIME_ONLY)
  expect(commands(created, 'error')).toEqual([])
  expect(created.exitCode).toBe(0)
  const role = await moto.iam.send(new GetRoleCommand({ RoleName: RUNTIME_ROLE }))
  trust = decoded(role.Role?.AssumeRolePolicyDocument)
  const policy = await moto.iam.send(
    new GetRolePolicyCommand({ RoleName: RUNTIME_ROLE, PolicyName: RUNTIME_POLICY })
  )
  permissions = decoded(policy.PolicyDocument)
  moto.calls.reset()
}, 60_000)

it('creates the roles there, then verifies them with zero writes', async () => {
  expect(permissions.Statement.length).toBeGreaterThan(0)
  expect(trust.Statement[0]).toMatchObject({
    Principal: { Service: 'bedrock-agentcore.amazonaws.com' }
  })
  const again = await run({ ...RUNTIME_ONLY, mode: 'verify' })
  expect(commands(again, 'error')).toEqual([])
  expect(again.exitCode).toBe(0)
  expect(again.outputs['execution-role-arn']).toBe(
    `arn:aws:iam::${MOTO_ACCOUNT}:role/${RUNTIME_ROLE}`
  )
  expect(moto.calls.writes()).toEqual([])
})

it('a role whose permissions come from two attached policies verifies with zero writes', async () => {
  await terraformRole()
  moto.calls.reset()
  const verified = await run(VERIFY)
  expect(commands(verified, 'error')).toEqual([])
  expect(verified.exitCode).toBe(0)
  expect(moto.calls.writes()).toEqual([])
  expect(moto.calls.count('ListAttachedRolePolicies')).toBeGreaterThan(0)
  expect(moto.calls.count('GetPolicyVersion')).toBe(2)
})

it('an attached Deny fails verify, naming the action, the resource and the policy', async () => {
  const deny = await managedPolicy(
    'NoXray',
    document([{ Effect: 'Deny', Action: 'xray:*', Resource: '*' }])
  )
  await terraformRole({ extra: [deny] })
  moto.calls.reset()
  const refused = await run(VERIFY)
  expect(refused.exitCode).toBe(1)
  expect(moto.calls.writes()).toEqual([])
  expect(commands(refused, 'error').join('\n')).toContain(
    `xray:PutTraceSegments, xray:PutTelemetryRecords, xray:GetSamplingRules, xray:GetSamplingTargets on *: denied by ${deny}`
  )
})

it('a permissions boundary that leaves something out fails verify, naming the boundary', async () => {
  const boundary = await managedPolicy(
    'Boundary',
    document([{ Effect: 'Allow', NotAction: 'xray:*', Resource: '*' }])
  )
  await terraformRole({ boundary })
  moto.calls.reset()
  const refused = await run(VERIFY)
  expect(refused.exitCode).toBe(1)
  expect(moto.calls.writes()).toEqual([])
  expect(commands(refused, 'error').join('\n')).toContain(
    `denied by permissions boundary ${boundary}. An Allow cannot override it`
  )
})

it('advises a role it may not write with a policy document that makes it verify', async () => {
  const older = await managedPolicy(
    'AgentRuntimeOld',
    document(permissions.Statement.filter((s) => s.Sid !== 'BedrockModelInvocation'))
  )
  await moto.iam.send(
    new CreateRoleCommand({ RoleName: TERRAFORM, AssumeRolePolicyDocument: JSON.stringify(trust) })
  )
  await moto.iam.send(new AttachRolePolicyCommand({ RoleName: TERRAFORM, PolicyArn: older }))
  moto.calls.reset()
  const refused = await run(VERIFY)
  expect(refused.exitCode).toBe(1)
  expect(moto.calls.writes()).toEqual([])
  expect(commands(refused, 'error')[0]).toContain(
    'Add the statements listed below to it in the tool that owns it'
  )
  const advice = /to a policy of `[^`]+`:\n\n```json\n(\{[\s\S]*?\})\n```/.exec(refused.summary)
  expect(advice).not.toBeNull()
  const added = await managedPolicy('AgentRuntimeAdvice', JSON.parse(advice![1]!) as PolicyDocument)
  await moto.iam.send(new AttachRolePolicyCommand({ RoleName: TERRAFORM, PolicyArn: added }))
  const verified = await run(VERIFY)
  expect(commands(verified, 'error')).toEqual([])
  expect(verified.exitCode).toBe(0)
})
