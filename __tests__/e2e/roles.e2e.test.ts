// End to end, as a runner runs it: dist/index.js under Node 24 against the local AWS endpoint.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PolicyDocument, PolicyStatement, RoleStatus } from '../../src/common/model.ts'
import {
  codebuildRoleName,
  ecrRepositoryName,
  roleNameSuffix,
  runtimeRoleName
} from '../../src/deployTools/starterToolkit/naming.ts'
import { policiesEqual } from '../../src/policy/canonical.ts'
import {
  codebuildPermissionsPolicy,
  codebuildTrustPolicy
} from '../../src/deployTools/starterToolkit/codebuildPolicies.ts'
import type { PolicyContext } from '../../src/deployTools/starterToolkit/policyContext.ts'
import {
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from '../../src/deployTools/starterToolkit/runtimePolicies.ts'
import type { LocalAws, RoleSnapshot } from '../../test-support/localAws/server.ts'
import type { ActionRun } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const RUNTIME = 'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
const CODEBUILD = 'AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a'
const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const CODEBUILD_POLICY = 'CodeBuildExecutionPolicy'
const RUNTIME_DESCRIPTION = (agent: string) =>
  `Execution role for BedrockAgentCore Runtime - ${agent}`
const CODEBUILD_DESCRIPTION = 'CodeBuild execution role for Bedrock AgentCore ARM64 builds'

const runtimePolicyName = (agent: string) => `BedrockAgentCoreRuntimeExecutionPolicy-${agent}`

/** The policy context the action derives from a workflow's inputs (defaults unless overridden). */
function policyContext(agentName: string, overrides: Partial<PolicyContext> = {}): PolicyContext {
  return {
    partition: 'aws',
    region: REGION,
    accountId: ACCOUNT,
    agentName,
    deploymentType: 'container',
    protocol: 'HTTP',
    ecrRepository: ecrRepositoryName(agentName),
    ...overrides
  }
}

function fixture(name: string): PolicyDocument {
  return JSON.parse(readFileSync(new URL(`../../__fixtures__/${name}`, import.meta.url), 'utf8'))
}

/** Both toolkit-named roles of the agent, as the endpoint holds them. */
function rolesOf(
  aws: LocalAws,
  ctx: PolicyContext
): { runtime: RoleSnapshot; codebuild: RoleSnapshot } {
  const runtime = aws.getRole(runtimeRoleName(ctx.region, ctx.agentName))
  const codebuild = aws.getRole(codebuildRoleName(ctx.region, ctx.agentName))
  if (!runtime || !codebuild) throw new Error(`roles of ${ctx.agentName} missing`)
  return { runtime, codebuild }
}

/** Both roles carry exactly the spec's documents for the context (plus extra runtime statements). */
function expectSpecDocuments(
  aws: LocalAws,
  ctx: PolicyContext,
  extraRuntimeStatements: PolicyStatement[] = []
): void {
  const { runtime, codebuild } = rolesOf(aws, ctx)
  const runtimePolicy = runtimePermissionsPolicy(ctx)
  runtimePolicy.Statement.push(...extraRuntimeStatements)
  expect(runtime.trustPolicy).toEqual(runtimeTrustPolicy(ctx))
  expect(codebuild.trustPolicy).toEqual(codebuildTrustPolicy(ctx))
  expect(Object.keys(runtime.inlinePolicies)).toEqual([runtimePolicyName(ctx.agentName)])
  expect(runtime.inlinePolicies[runtimePolicyName(ctx.agentName)]).toEqual(runtimePolicy)
  expect(Object.keys(codebuild.inlinePolicies)).toEqual([CODEBUILD_POLICY])
  expect(codebuild.inlinePolicies[CODEBUILD_POLICY]).toEqual(codebuildPermissionsPolicy(ctx))
}

/** Seeds both roles as the toolkit creates them: its names, documents and descriptions, no tags. */
function seedToolkitRoles(
  aws: LocalAws,
  ctx: PolicyContext,
  runtime: { trustPolicy?: PolicyDocument; policyName?: string; policy?: PolicyDocument } = {}
): void {
  aws.createRole({
    name: runtimeRoleName(ctx.region, ctx.agentName),
    description: RUNTIME_DESCRIPTION(ctx.agentName),
    trustPolicy: runtime.trustPolicy ?? runtimeTrustPolicy(ctx),
    inlinePolicies: {
      [runtime.policyName ?? runtimePolicyName(ctx.agentName)]:
        runtime.policy ?? runtimePermissionsPolicy(ctx)
    }
  })
  aws.createRole({
    name: codebuildRoleName(ctx.region, ctx.agentName),
    description: CODEBUILD_DESCRIPTION,
    trustPolicy: codebuildTrustPolicy(ctx),
    inlinePolicies: { [CODEBUILD_POLICY]: codebuildPermissionsPolicy(ctx) }
  })
}

const writeOperations = (aws: LocalAws) => aws.calls.writes().map((call) => call.operation)

interface PlanOutputRole {
  kind: 'runtime' | 'codebuild'
  name: string
  arn: string
  status: RoleStatus
  changes: { type: string }[]
  findings: string[]
}

function planRole(run: ActionRun, kind: 'runtime' | 'codebuild'): PlanOutputRole {
  const plan = JSON.parse(run.outputs['plan'] ?? '{}') as { roles: PlanOutputRole[] }
  const role = plan.roles.find((candidate) => candidate.kind === kind)
  if (!role) throw new Error(`no ${kind} role in the plan output:\n${run.log}`)
  return role
}

/** Fails with the run's log (masking commands left out) when it did not exit with `code`. */
function expectExitCode(run: ActionRun, code: number): void {
  if (run.exitCode === code) return
  const log = run.log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  throw new Error(`exit code ${run.exitCode} (signal ${run.signal}), expected ${code}:\n${log}`)
}

/** Runs once more and expects nothing to be written. */
async function expectNoWriteOnRerun(scenario: Scenario, overrides: Record<string, string> = {}) {
  scenario.aws.calls.reset()
  const rerun = await scenario.run(overrides)
  expectExitCode(rerun, 0)
  expect(rerun.outputs['changed']).toBe('false')
  expect(writeOperations(scenario.aws)).toEqual([])
}

describe('roles on a fresh account', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('creates both roles with the spec documents, then a second run writes nothing', async () => {
    const first = await scenario.run()
    expect(first.exitCode).toBe(0)
    expect(first.outputs['execution-role-arn']).toBe(`arn:aws:iam::111122223333:role/${RUNTIME}`)
    expect(first.outputs['codebuild-role-arn']).toBe(`arn:aws:iam::111122223333:role/${CODEBUILD}`)
    expect(first.outputs['changed']).toBe('true')

    const runtime = scenario.aws.getRole(RUNTIME)
    const codebuild = scenario.aws.getRole(CODEBUILD)
    expect(runtime?.tags['managed-by']).toBe('agentcore-role-action')
    expect(runtime?.description).toBe('Execution role for BedrockAgentCore Runtime - my_agent')
    expect(codebuild?.description).toBe(
      'CodeBuild execution role for Bedrock AgentCore ARM64 builds'
    )
    const context = {
      partition: 'aws' as const,
      region: 'us-east-1',
      accountId: '111122223333',
      agentName: 'my_agent',
      deploymentType: 'container' as const,
      protocol: 'HTTP' as const,
      ecrRepository: 'bedrock-agentcore-my_agent'
    }
    expect(policiesEqual(runtime!.trustPolicy, runtimeTrustPolicy(context))).toBe(true)
    expect(policiesEqual(codebuild!.trustPolicy, codebuildTrustPolicy(context))).toBe(true)
    expect(
      policiesEqual(
        runtime!.inlinePolicies['BedrockAgentCoreRuntimeExecutionPolicy-my_agent']!,
        runtimePermissionsPolicy(context)
      )
    ).toBe(true)
    expect(
      policiesEqual(
        codebuild!.inlinePolicies['CodeBuildExecutionPolicy']!,
        codebuildPermissionsPolicy(context)
      )
    ).toBe(true)

    scenario.aws.calls.reset()
    const second = await scenario.run()
    expect(second.exitCode).toBe(0)
    expect(second.outputs['changed']).toBe('false')
    expect(scenario.aws.calls.writes()).toEqual([])
  })

  it('creates the roles under role-path with the given tags, description and permissions boundary', async () => {
    const ctx = policyContext('bounded_agent')
    const boundary = scenario.aws.createManagedPolicy('agentcore-boundary', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
    })
    const inputs = {
      'agent-name': ctx.agentName,
      'role-path': '/agentcore/',
      tags: 'team=agents\ncost-center=4242',
      'permissions-boundary': boundary,
      // The default deployer may pass roles at path / only; PassRole has its own tests.
      'check-pass-role': 'false'
    }
    scenario.aws.calls.reset()
    const run = await scenario.run(inputs)
    expectExitCode(run, 0)
    expect(writeOperations(scenario.aws).sort()).toEqual([
      'CreateRole',
      'CreateRole',
      'PutRolePolicy',
      'PutRolePolicy'
    ])

    const { runtime, codebuild } = rolesOf(scenario.aws, ctx)
    const runtimeArn = `arn:aws:iam::${ACCOUNT}:role/agentcore/${runtimeRoleName(REGION, ctx.agentName)}`
    const codebuildArn = `arn:aws:iam::${ACCOUNT}:role/agentcore/${codebuildRoleName(REGION, ctx.agentName)}`
    expect(run.outputs['execution-role-arn']).toBe(runtimeArn)
    expect(run.outputs['codebuild-role-arn']).toBe(codebuildArn)
    for (const [role, arn, description] of [
      [runtime, runtimeArn, RUNTIME_DESCRIPTION(ctx.agentName)],
      [codebuild, codebuildArn, CODEBUILD_DESCRIPTION]
    ] as const) {
      expect(role).toMatchObject({
        path: '/agentcore/',
        arn,
        description,
        permissionsBoundary: boundary,
        tags: { team: 'agents', 'cost-center': '4242', 'managed-by': 'agentcore-role-action' }
      })
    }
    expectSpecDocuments(scenario.aws, ctx)
    expect(run.outputs['diff']).toContain(`+${boundary}`)
    expect(run.outputs['diff']).toContain('+/agentcore/')

    await expectNoWriteOnRerun(scenario, inputs)
  })

  it('shapes the runtime policy by deployment type, protocol, memory id and inline extra-policy', async () => {
    const ctx = policyContext('shaped_agent', {
      deploymentType: 'direct_code_deploy',
      protocol: 'A2A',
      memoryId: 'agent_memory-a1B2c3D4e5'
    })
    const extra: PolicyStatement = {
      Sid: 'ReadKnowledgeBase',
      Effect: 'Allow',
      Action: ['bedrock:Retrieve'],
      Resource: [`arn:aws:bedrock:${REGION}:${ACCOUNT}:knowledge-base/KB12345678`]
    }
    const inputs = {
      'agent-name': ctx.agentName,
      'deployment-type': 'direct_code_deploy',
      protocol: 'A2A',
      'memory-id': 'agent_memory-a1B2c3D4e5',
      'extra-policy': JSON.stringify({ Version: '2012-10-17', Statement: [extra] })
    }
    const run = await scenario.run(inputs)
    expectExitCode(run, 0)
    // Code zipped and uploaded is built by no CodeBuild project: no CodeBuild role.
    expect(scenario.aws.getRole(codebuildRoleName(ctx.region, ctx.agentName))).toBeUndefined()
    expect(run.outputs['codebuild-role-arn']).toBe('')
    const runtime = scenario.aws.getRole(runtimeRoleName(ctx.region, ctx.agentName))
    const expected = runtimePermissionsPolicy(ctx)
    expected.Statement.push(extra)
    expect(runtime?.inlinePolicies[runtimePolicyName(ctx.agentName)]).toEqual(expected)

    const policy = runtime?.inlinePolicies[runtimePolicyName(ctx.agentName)]
    const actions = policy!.Statement.flatMap((statement) => [statement.Action ?? []].flat())
    expect(actions.filter((action) => action.startsWith('ecr:'))).toEqual([])
    const sids = policy!.Statement.map((statement) => statement.Sid)
    expect(sids).toEqual(
      expect.arrayContaining([
        'BedrockAgentCoreRuntime',
        'BedrockAgentCoreMemory',
        'ReadKnowledgeBase'
      ])
    )
    expect(
      policy!.Statement.find((statement) => statement.Sid === 'BedrockAgentCoreMemory')?.Resource
    ).toEqual([`arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:memory/agent_memory-a1B2c3D4e5`])

    await expectNoWriteOnRerun(scenario, inputs)
  })

  it('adds extra-policy statements read from a file in the workspace', async () => {
    const ctx = policyContext('extra_file_agent')
    const extra: PolicyStatement[] = [
      {
        Sid: 'ReadAgentSecrets',
        Effect: 'Allow',
        Action: ['secretsmanager:GetSecretValue'],
        Resource: [`arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:agents/extra_file_agent-*`]
      }
    ]
    const workspace = mkdtempSync(join(tmpdir(), 'roles-e2e-workspace-'))
    try {
      mkdirSync(join(workspace, 'policies'))
      writeFileSync(join(workspace, 'policies', 'extra.json'), JSON.stringify(extra, null, 2))
      const inputs = { 'agent-name': ctx.agentName, 'extra-policy': 'policies/extra.json' }
      const run = await scenario.run(inputs, { workspace })
      expectExitCode(run, 0)
      expectSpecDocuments(scenario.aws, ctx, extra)

      scenario.aws.calls.reset()
      const rerun = await scenario.run(inputs, { workspace })
      expectExitCode(rerun, 0)
      expect(writeOperations(scenario.aws)).toEqual([])
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describe('drift on roles this action manages', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  /** Creates the agent's roles with the action, as a first deployment would. */
  async function deploy(agentName: string): Promise<PolicyContext> {
    const first = await scenario.run({ 'agent-name': agentName })
    expectExitCode(first, 0)
    return policyContext(agentName)
  }

  it('repairs a trust policy whose SourceArn condition was removed, shows it, then writes nothing', async () => {
    const ctx = await deploy('trust_drift_agent')
    const name = runtimeRoleName(REGION, ctx.agentName)
    const drifted = runtimeTrustPolicy(ctx)
    const statement = drifted.Statement[0]!
    statement.Condition = { StringEquals: statement.Condition!['StringEquals']! }
    scenario.aws.updateAssumeRolePolicy(name, drifted)

    scenario.aws.calls.reset()
    const preview = await scenario.run({ 'agent-name': ctx.agentName, mode: 'dry-run' })
    expectExitCode(preview, 0)
    expect(preview.outputs['changed']).toBe('true')
    expect(writeOperations(scenario.aws)).toEqual([])
    expect(preview.outputs['diff']).toMatch(/^\+\s+"aws:SourceArn": \[$/m)
    expect(preview.log).toMatch(/^::warning::runtime role .*: would update the trust policy/m)
    expect(scenario.aws.getRole(name)?.trustPolicy).toEqual(drifted)

    scenario.aws.calls.reset()
    const repair = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(repair, 0)
    expect(repair.outputs['changed']).toBe('true')
    expect(writeOperations(scenario.aws)).toEqual(['UpdateAssumeRolePolicy'])
    expect(planRole(repair, 'runtime')).toMatchObject({
      status: 'update',
      changes: [{ type: 'update-trust-policy' }]
    })
    expect(planRole(repair, 'codebuild').status).toBe('unchanged')
    const diff = repair.outputs['diff'] ?? ''
    expect(diff).toContain(`--- current ${name} trust policy`)
    expect(diff).toMatch(/^\+\s+"ArnLike": \{$/m)
    expect(diff).toMatch(/^\+\s+"aws:SourceArn": \[$/m)
    expect(repair.log).toMatch(/^\s+\+\s+"arn:aws:bedrock-agentcore:us-east-1:111122223333:\*"$/m)
    expectSpecDocuments(scenario.aws, ctx)

    await expectNoWriteOnRerun(scenario, { 'agent-name': ctx.agentName })
  })

  it('puts back a statement removed from the permissions policy, shows it, then writes nothing', async () => {
    const ctx = await deploy('missing_stmt_agent')
    const name = runtimeRoleName(REGION, ctx.agentName)
    const policy = runtimePermissionsPolicy(ctx)
    policy.Statement = policy.Statement.filter(
      (statement) => statement.Sid !== 'BedrockModelInvocation'
    )
    scenario.aws.putRolePolicy(name, runtimePolicyName(ctx.agentName), policy)

    scenario.aws.calls.reset()
    const repair = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(repair, 0)
    expect(writeOperations(scenario.aws)).toEqual(['PutRolePolicy'])
    const runtime = planRole(repair, 'runtime')
    expect(runtime).toMatchObject({
      status: 'update',
      changes: [{ type: 'put-role-policy' }]
    })
    expect(runtime.findings).toContainEqual(
      expect.stringContaining(
        'missing: bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream, bedrock:ApplyGuardrail on arn:aws:bedrock:*::foundation-model/*'
      )
    )
    const diff = repair.outputs['diff'] ?? ''
    expect(diff).toContain(
      `--- current ${name} permissions policy ${runtimePolicyName(ctx.agentName)}`
    )
    expect(diff).toMatch(/^\+\s+"Sid": "BedrockModelInvocation"/m)
    expect(repair.log).toMatch(/^\s+\+\s+"Sid": "BedrockModelInvocation"/m)
    expectSpecDocuments(scenario.aws, ctx)

    await expectNoWriteOnRerun(scenario, { 'agent-name': ctx.agentName })
  })

  it('leaves a superset policy (extra statements, broader wildcards) untouched', async () => {
    const ctx = await deploy('superset_agent')
    const name = runtimeRoleName(REGION, ctx.agentName)
    const superset = runtimePermissionsPolicy(ctx)
    superset.Statement = superset.Statement.map((statement) =>
      statement.Sid === 'ECRImageAccess'
        ? {
            ...statement,
            Action: 'ecr:*',
            Resource: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/*`
          }
        : statement
    )
    superset.Statement.push({
      Sid: 'TeamBuckets',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::team-*/*'
    })
    scenario.aws.putRolePolicy(name, runtimePolicyName(ctx.agentName), superset)

    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(run, 0)
    expect(run.outputs['changed']).toBe('false')
    expect(writeOperations(scenario.aws)).toEqual([])
    const runtime = planRole(run, 'runtime')
    expect(runtime.status).toBe('unchanged')
    expect(runtime.findings).toContainEqual(
      expect.stringContaining('extra, not required (left in place): s3:GetObject, s3:PutObject')
    )
    expect(scenario.aws.getRole(name)?.inlinePolicies[runtimePolicyName(ctx.agentName)]).toEqual(
      superset
    )
  })
})

describe('roles this action did not create', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('adopts the roles the toolkit created by name, verifies them and changes nothing', async () => {
    const ctx = policyContext('toolkit_agent')
    seedToolkitRoles(scenario.aws, ctx)

    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(run, 0)
    expect(run.outputs['changed']).toBe('false')
    expect(writeOperations(scenario.aws)).toEqual([])
    const runtimeName = runtimeRoleName(REGION, ctx.agentName)
    const codebuildName = codebuildRoleName(REGION, ctx.agentName)
    expect(run.outputs).toMatchObject({
      'execution-role-name': runtimeName,
      'execution-role-arn': `arn:aws:iam::${ACCOUNT}:role/${runtimeName}`,
      'codebuild-role-name': codebuildName,
      'codebuild-role-arn': `arn:aws:iam::${ACCOUNT}:role/${codebuildName}`
    })
    for (const kind of ['runtime', 'codebuild'] as const) {
      const role = planRole(run, kind)
      expect(role.status).toBe('unchanged')
      expect(role.findings).toContainEqual(
        expect.stringContaining('not managed by this action (no managed-by tag)')
      )
    }
    expect(rolesOf(scenario.aws, ctx).runtime.tags).toEqual({})
  })

  // Bug (src/main.ts, src/report.ts): IAM finds a role by name whatever its path, but the outputs
  // and the PassRole check use the role-path input's ARN, not the ARN of the role found; see
  // desiredState.withExistingRolePaths.
  it('outputs the ARN of a toolkit role found at / when role-path says otherwise', async () => {
    const ctx = policyContext('elsewhere_agent')
    seedToolkitRoles(scenario.aws, ctx)
    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': ctx.agentName, 'role-path': '/agentcore/' })
    expect(writeOperations(scenario.aws)).toEqual([])
    expect(run.outputs['execution-role-arn']).toBe(
      `arn:aws:iam::${ACCOUNT}:role/${runtimeRoleName(REGION, ctx.agentName)}`
    )
    expectExitCode(run, 0)
  })

  it('reports an unmanaged role lacking a required statement, leaves it, and fails the step', async () => {
    const ctx = policyContext('unmanaged_agent', { memoryId: 'agent_memory-Z9y8X7w6V5' })
    // Made before the agent used memory: the toolkit's policy without the memory statement.
    seedToolkitRoles(scenario.aws, ctx, {
      policy: runtimePermissionsPolicy({ ...ctx, memoryId: undefined })
    })
    const inputs = { 'agent-name': ctx.agentName, 'memory-id': 'agent_memory-Z9y8X7w6V5' }

    scenario.aws.calls.reset()
    const refused = await scenario.run(inputs)
    expectExitCode(refused, 1)
    expect(writeOperations(scenario.aws)).toEqual([])
    expect(planRole(refused, 'runtime')).toMatchObject({
      status: 'drift-unmanaged',
      changes: expect.arrayContaining([
        { type: 'put-role-policy', policyName: runtimePolicyName(ctx.agentName) }
      ])
    })
    expect(planRole(refused, 'runtime').findings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^missing: bedrock-agentcore:CreateEvent, bedrock-agentcore:GetEvent, .* on arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:memory/agent_memory-Z9y8X7w6V5$`
        )
      )
    )
    expect(planRole(refused, 'codebuild').status).toBe('unchanged')
    expect(refused.log).toMatch(/^::error::.*manage-existing-roles: true/m)
    expect(refused.log).toContain(runtimeRoleName(REGION, ctx.agentName))

    scenario.aws.calls.reset()
    const repaired = await scenario.run({ ...inputs, 'manage-existing-roles': 'true' })
    expectExitCode(repaired, 0)
    expect(writeOperations(scenario.aws)).toContain('PutRolePolicy')
    const policy = rolesOf(scenario.aws, ctx).runtime.inlinePolicies[
      runtimePolicyName(ctx.agentName)
    ]
    expect(policy).toEqual(runtimePermissionsPolicy(ctx))

    await expectNoWriteOnRerun(scenario, inputs)
  })
})

describe('a runtime role made by hand from the older documented policy (seed 002)', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('verifies as compatible, stays unchanged and is reported as missing optional permissions', async () => {
    const ctx = policyContext('my_agent')
    seedToolkitRoles(scenario.aws, ctx, {
      trustPolicy: fixture('seed-002-runtime-trust-policy.json'),
      policyName: 'AgentCoreRuntimeExecutionPolicy',
      policy: fixture('seed-002-runtime-permissions-policy.json')
    })

    scenario.aws.calls.reset()
    const run = await scenario.run()
    expectExitCode(run, 0)
    expect(run.outputs['changed']).toBe('false')
    expect(writeOperations(scenario.aws)).toEqual([])
    expect(run.outputs['execution-role-arn']).toBe(`arn:aws:iam::${ACCOUNT}:role/${RUNTIME}`)
    const runtime = planRole(run, 'runtime')
    expect(runtime.status).toBe('unchanged')
    expect(runtime.findings).toContainEqual(
      expect.stringMatching(
        /^optional, not granted \(in the toolkit's current policy\): .*bedrock-agentcore:StartCodeInterpreterSession/
      )
    )
    expect(run.log).toContain('optional, not granted')
  })
})

describe('roles named by the execution-role and codebuild-role inputs', () => {
  const NAMED_ROLES_AGENT = 'named_roles_agent'
  let scenario: Scenario
  const teamRole = (name: string) => `arn:aws:iam::${ACCOUNT}:role/team/${name}`
  beforeAll(async () => {
    scenario = await startScenario({
      deployer: {
        // This deployer manages and passes only the team's roles, all under the path /team/.
        policies: {
          'team-roles': {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: [
                  'iam:GetRole',
                  'iam:GetRolePolicy',
                  'iam:ListRolePolicies',
                  'iam:ListAttachedRolePolicies',
                  'iam:PassRole'
                ],
                Resource: teamRole('*')
              },
              {
                Effect: 'Allow',
                Action: 'iam:SimulatePrincipalPolicy',
                Resource: `arn:aws:iam::${ACCOUNT}:role/github-deployer`
              }
            ]
          }
        }
      }
    })
  })
  beforeAll(() => {
    const ctx = policyContext(NAMED_ROLES_AGENT)
    // The team's own documents: the runtime trust narrowed to runtimes (stricter than ours).
    const trust = runtimeTrustPolicy(ctx)
    trust.Statement[0]!.Condition!['ArnLike'] = {
      'aws:SourceArn': `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/*`
    }
    scenario.aws.createRole({
      name: 'agent-runtime',
      path: '/team/',
      trustPolicy: trust,
      inlinePolicies: { 'runtime-permissions': runtimePermissionsPolicy(ctx) }
    })
    scenario.aws.createRole({
      name: 'agent-builds',
      path: '/team/',
      trustPolicy: codebuildTrustPolicy(ctx),
      inlinePolicies: { 'build-permissions': codebuildPermissionsPolicy(ctx) }
    })
  })
  afterAll(() => scenario.close())

  async function expectVerifiedTeamRoles(inputs: Record<string, string>): Promise<void> {
    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': NAMED_ROLES_AGENT, ...inputs })
    expectExitCode(run, 0)
    expect(writeOperations(scenario.aws)).toEqual([])
    expect(run.outputs).toMatchObject({
      'execution-role-name': 'agent-runtime',
      'execution-role-arn': teamRole('agent-runtime'),
      'codebuild-role-name': 'agent-builds',
      'codebuild-role-arn': teamRole('agent-builds'),
      changed: 'false',
      'pass-role': 'allowed'
    })
    expect(planRole(run, 'runtime')).toMatchObject({
      status: 'unchanged',
      arn: teamRole('agent-runtime')
    })
    expect(planRole(run, 'codebuild')).toMatchObject({
      status: 'unchanged',
      arn: teamRole('agent-builds')
    })
  }

  it('verifies existing roles given by ARN, with a path, and outputs their ARNs', async () => {
    await expectVerifiedTeamRoles({
      'execution-role': teamRole('agent-runtime'),
      'codebuild-role': teamRole('agent-builds')
    })
  })

  // Bug (src/main.ts, src/report.ts): a role named without its ARN keeps the guessed path `/` of
  // the desired state; outputs and the PassRole check use arn:…:role/agent-runtime although IAM
  // answered role/team/agent-runtime, so PassRole is simulated on a role that does not exist and
  // denied. desiredState.withExistingRolePaths(desired, current) gives the ARNs to use.
  it('verifies an existing role given by name alone, and outputs its ARN with its path', async () => {
    await expectVerifiedTeamRoles({
      'execution-role': 'agent-runtime',
      'codebuild-role': teamRole('agent-builds')
    })
  })
})

describe('races, interruptions and an unreliable IAM', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterEach(() => scenario.aws.faults.clear())
  afterAll(() => scenario.close())

  it('two concurrent runs on a fresh agent both succeed and make exactly one pair of roles', async () => {
    const ctx = policyContext('race_agent')
    // CreateRole takes effect 1.5 s after it is sent, so each run reads before the other's
    // role exists and both try to create it: one of them meets EntityAlreadyExists.
    scenario.aws.faults.latency({ ms: 1500, operations: ['CreateRole'] })
    scenario.aws.calls.reset()
    const runs = await Promise.all([
      scenario.run({ 'agent-name': ctx.agentName }),
      scenario.run({ 'agent-name': ctx.agentName })
    ])
    for (const run of runs) expectExitCode(run, 0)
    const lostRaces = scenario.aws.calls
      .all()
      .filter((call) => call.operation === 'CreateRole' && call.errorCode === 'EntityAlreadyExists')
    expect(lostRaces.length).toBeGreaterThan(0)
    const suffix = roleNameSuffix(ctx.agentName)
    const created = scenario.aws.listRoles().filter((role) => role.name.endsWith(`-${suffix}`))
    expect(created.map((role) => role.name).sort()).toEqual(
      [codebuildRoleName(REGION, ctx.agentName), runtimeRoleName(REGION, ctx.agentName)].sort()
    )
    expectSpecDocuments(scenario.aws, ctx)
    scenario.aws.faults.clear()
    await expectNoWriteOnRerun(scenario, { 'agent-name': ctx.agentName })
  })

  it('completes on the next run a run killed right after CreateRole', async () => {
    const ctx = policyContext('killed_agent')
    scenario.aws.calls.reset()
    const killed = await scenario.run({ 'agent-name': ctx.agentName }, { killAfterWrite: 1 })
    expect(killed.signal).toBe('SIGKILL')
    expect(writeOperations(scenario.aws)[0]).toBe('CreateRole')
    const halfDone = [runtimeRoleName, codebuildRoleName]
      .map((name) => scenario.aws.getRole(name(REGION, ctx.agentName)))
      .filter((role) => role !== undefined)
    expect(halfDone.length).toBeGreaterThan(0)
    expect(halfDone.some((role) => Object.keys(role.inlinePolicies).length === 0)).toBe(true)

    scenario.aws.calls.reset()
    const rerun = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(rerun, 0)
    expect(writeOperations(scenario.aws)).toContain('PutRolePolicy')
    expectSpecDocuments(scenario.aws, ctx)
    expect(rolesOf(scenario.aws, ctx).runtime.tags['managed-by']).toBe('agentcore-role-action')
    await expectNoWriteOnRerun(scenario, { 'agent-name': ctx.agentName })
  })

  it('converges when every third call is throttled', async () => {
    const ctx = policyContext('throttled_agent')
    scenario.aws.faults.throttle({ every: 3 })
    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(run, 0)
    const throttled = scenario.aws.calls.all().filter((call) => call.errorCode === 'Throttling')
    expect(throttled.length).toBeGreaterThan(2)
    expectSpecDocuments(scenario.aws, ctx)
    await expectNoWriteOnRerun(scenario, { 'agent-name': ctx.agentName })
  })

  it.each([
    ['its first two reads', { reads: 2 }],
    ['1.5 s', { ms: 1500 }]
  ])('waits for a role IAM does not show for %s after creating it, by polling', async (_, rule) => {
    const ctx = policyContext(`invisible_agent_${'reads' in rule ? 'reads' : 'ms'}`)
    scenario.aws.faults.roleInvisibleAfterCreate(rule)
    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': ctx.agentName })
    expectExitCode(run, 0)
    expectSpecDocuments(scenario.aws, ctx)

    // After CreateRole, GetRole was polled until it saw the role, and only then was the policy put.
    const calls = scenario.aws.calls.all()
    const firstCreate = calls.findIndex((call) => call.operation === 'CreateRole')
    const firstPut = calls.findIndex((call) => call.operation === 'PutRolePolicy')
    const pollsBetween = calls
      .slice(firstCreate, firstPut)
      .filter((call) => call.operation === 'GetRole')
    expect(pollsBetween.filter((call) => call.errorCode === 'NoSuchEntity').length).toBeGreaterThan(
      0
    )
    expect(pollsBetween.some((call) => call.status === 200)).toBe(true)
    // Polling, not a fixed sleep: the policy follows a successful read closely.
    const lastVisibleRead = pollsBetween.filter((call) => call.status === 200).pop()!
    expect(calls[firstPut]!.startedAt - lastVisibleRead.endedAt!).toBeLessThan(2000)
  })
})

describe('roles in the aws-cn partition', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario({ partition: 'aws-cn' })
  })
  afterAll(() => scenario.close())

  it('creates cn-north-1 roles whose documents and outputs use arn:aws-cn', async () => {
    const ctx = policyContext('my_agent', { partition: 'aws-cn', region: 'cn-north-1' })
    const run = await scenario.run()
    expectExitCode(run, 0)
    expect(run.outputs['execution-role-arn']).toBe(
      `arn:aws-cn:iam::${ACCOUNT}:role/AmazonBedrockAgentCoreSDKRuntime-cn-north-1-e72c1a7c7a`
    )
    expect(run.outputs['codebuild-role-arn']).toBe(
      `arn:aws-cn:iam::${ACCOUNT}:role/AmazonBedrockAgentCoreSDKCodeBuild-cn-north-1-e72c1a7c7a`
    )
    expectSpecDocuments(scenario.aws, ctx)
    const { runtime, codebuild } = rolesOf(scenario.aws, ctx)
    const documents = JSON.stringify([
      runtime.trustPolicy,
      runtime.inlinePolicies,
      codebuild.inlinePolicies
    ])
    expect(documents).toContain('arn:aws-cn:bedrock-agentcore:cn-north-1:')
    expect(documents).not.toMatch(/arn:aws:/)
    await expectNoWriteOnRerun(scenario)
  })
})
