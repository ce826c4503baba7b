// End to end: the iam:PassRole check (and the optional deploy-permissions preflight), as a runner
// runs dist/index.js under Node 24 against the local endpoint, whose SimulatePrincipalPolicy is
// evaluated by @cloud-copilot/iam-simulate over the policies seeded on the caller.
import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'
import { codebuildRoleName, runtimeRoleName } from '../../src/deployTools/starterToolkit/naming.ts'
import { MANAGE_AGENTCORE_ROLE_ACTIONS } from '../../test-support/localAws/server.ts'
import { runAction } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const AGENTCORE = 'bedrock-agentcore.amazonaws.com'
const CODEBUILD = 'codebuild.amazonaws.com'

const roleArn = (name: string, path = '/'): string => `arn:aws:iam::${ACCOUNT}:role${path}${name}`
const runtimeArn = (agent: string): string => roleArn(runtimeRoleName(REGION, agent))
const codebuildArn = (agent: string): string => roleArn(codebuildRoleName(REGION, agent))

/** What the deployer needs besides PassRole: manage and read the two roles. */
const MANAGE_ROLES: PolicyStatement = {
  Sid: 'ManageAgentCoreRoles',
  Effect: 'Allow',
  Action: [...MANAGE_AGENTCORE_ROLE_ACTIONS],
  Resource: roleArn('*BedrockAgentCore*')
}

const simulateSelf = (arn: string): PolicyStatement => ({
  Sid: 'SimulateOwnPermissions',
  Effect: 'Allow',
  Action: 'iam:SimulatePrincipalPolicy',
  Resource: arn
})

const PASS_AGENTCORE_ROLES: PolicyStatement = {
  Sid: 'PassAgentCoreRoles',
  Effect: 'Allow',
  Action: 'iam:PassRole',
  Resource: roleArn('AmazonBedrockAgentCore*')
}

const policy = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})

/** The ready-to-paste statement the log prints, indented, after "add this statement to a policy of …:". */
function statementFromLog(log: string): PolicyStatement {
  const lines = log.split('\n')
  const start = lines.findIndex((line) => line.includes('add this statement to a policy of '))
  expect(start).toBeGreaterThanOrEqual(0)
  const after = lines.slice(start + 1)
  const length = after.findIndex((line) => !line.startsWith('    '))
  return JSON.parse(after.slice(0, length).join('\n')) as PolicyStatement
}

/** Every ```json block of the job summary, parsed. */
function jsonBlocksOfSummary(summary: string): unknown[] {
  return [...summary.matchAll(/^(`{3,})json\n([\s\S]*?)\n\1$/gm)].map((match) =>
    JSON.parse(match[2] as string)
  )
}

function simulateCalls(scenario: Scenario): number {
  return scenario.aws.calls.count('SimulatePrincipalPolicy')
}

/** The job summary's PassRole section. */
function passRoleSection(summary: string): string {
  const start = summary.indexOf('### PassRole')
  expect(start).toBeGreaterThanOrEqual(0)
  const end = summary.indexOf('\n### ', start + 1)
  return summary.slice(start, end === -1 ? undefined : end)
}

const READ_OWN_POLICIES = (arn: string): PolicyStatement => ({
  Sid: 'ReadOwnPolicies',
  Effect: 'Allow',
  Action: [
    'iam:GetRole',
    'iam:ListRolePolicies',
    'iam:GetRolePolicy',
    'iam:ListAttachedRolePolicies'
  ],
  Resource: arn
})

describe('PassRole through an OIDC-assumed deployer role', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  /** A deployer role the workflow can assume, with exactly these inline policies. */
  function deployer(name: string, policies: Record<string, PolicyDocument>): string {
    return scenario.aws.createGithubDeployerRole({ name, policies }).arn
  }

  it('allowed: the default deployer may pass both roles; output and summary say so', async () => {
    const run = await scenario.run({ 'agent-name': 'allowed_agent' })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pass-role']).toBe('allowed')
    expect(JSON.parse(run.outputs['plan'] ?? '{}').passRole).toBe('allowed')
    expect(run.summary).toMatch(/\| Runtime \|.*\| ✅ allowed \|/)
    expect(run.summary).toMatch(/\| CodeBuild \|.*\| ✅ allowed \|/)
    expect(passRoleSection(run.summary)).toContain(
      `${scenario.deployerArn} may pass ${runtimeRoleName(REGION, 'allowed_agent')} to ${AGENTCORE} and ${codebuildRoleName(REGION, 'allowed_agent')} to ${CODEBUILD}`
    )
  })

  it('denied (apply): creates the roles anyway, fails with the exact statement, which is enough once pasted', async () => {
    const name = 'no-pass-deployer'
    const arn = deployer(name, { main: policy(MANAGE_ROLES, simulateSelf(roleArn(name))) })
    const agent = 'denied_agent'

    const run = await scenario.run({ 'agent-name': agent, 'role-to-assume': arn })

    expect(run.exitCode).not.toBe(0)
    expect(run.outputs['pass-role']).toBe('denied')
    const expected: PolicyStatement = {
      Sid: 'AllowPassAgentCoreRoles',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: [runtimeArn(agent), codebuildArn(agent)],
      Condition: { StringEquals: { 'iam:PassedToService': [AGENTCORE, CODEBUILD] } }
    }
    expect(statementFromLog(run.log)).toEqual(expected)
    expect(jsonBlocksOfSummary(run.summary)).toContainEqual(expected)
    expect(run.summary).toContain(`Add this statement to a policy of \`${arn}\``)
    expect(run.log).toMatch(/^::error::iam:PassRole denied: .* no policy allows it/m)
    // The roles are needed whatever the caller may pass: they are created, and the outputs set,
    // so the run after the policy fix has nothing left to write.
    expect(scenario.aws.getRole(runtimeRoleName(REGION, agent))).toBeDefined()
    expect(scenario.aws.getRole(codebuildRoleName(REGION, agent))).toBeDefined()
    expect(run.outputs['execution-role-arn']).toBe(runtimeArn(agent))
    expect(run.summary).toMatch(/\| created \| Runtime \|.*\| ❌ denied \|/)

    scenario.aws.putRolePolicy(name, 'pass-agentcore-roles', policy(statementFromLog(run.log)))
    scenario.aws.calls.reset()
    const fixed = await scenario.run({ 'agent-name': agent, 'role-to-assume': arn })
    expect(fixed.exitCode).toBe(0)
    expect(fixed.outputs['pass-role']).toBe('allowed')
    expect(scenario.aws.calls.writes()).toEqual([])
  })

  it('allowed only for the wrong service: the runtime role is denied as an iam:PassedToService mismatch', async () => {
    const name = 'codebuild-only-deployer'
    const arn = deployer(name, {
      main: policy(MANAGE_ROLES, simulateSelf(roleArn(name)), {
        ...PASS_AGENTCORE_ROLES,
        Condition: { StringEquals: { 'iam:PassedToService': CODEBUILD } }
      })
    })
    const agent = 'wrong_service_agent'

    const run = await scenario.run({ 'agent-name': agent, 'role-to-assume': arn, mode: 'dry-run' })

    expect(run.exitCode).not.toBe(0)
    expect(run.outputs['pass-role']).toBe('denied')
    expect(run.summary).toMatch(/\| Runtime \|.*\| ❌ denied \|/)
    expect(run.summary).toMatch(/\| CodeBuild \|.*\| ✅ allowed \|/)
    expect(passRoleSection(run.summary)).toContain(
      `${arn} may not pass ${runtimeRoleName(REGION, agent)} to ${AGENTCORE}: allowed only when passed to ${CODEBUILD} (iam:PassedToService does not match)`
    )
    expect(statementFromLog(run.log)).toEqual({
      Sid: 'AllowPassAgentCoreRoles',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: [runtimeArn(agent)],
      Condition: { StringEquals: { 'iam:PassedToService': [AGENTCORE] } }
    })
  })

  it('explicit deny: named as explicit, with its policy, and no Allow offered as the fix', async () => {
    const name = 'guarded-deployer'
    const arn = deployer(name, {
      main: policy(MANAGE_ROLES, simulateSelf(roleArn(name)), PASS_AGENTCORE_ROLES),
      'no-pass-role': policy({
        Sid: 'NeverPassRoles',
        Effect: 'Deny',
        Action: 'iam:PassRole',
        Resource: '*'
      })
    })

    const run = await scenario.run({
      'agent-name': 'guarded_agent',
      'role-to-assume': arn,
      mode: 'dry-run'
    })

    expect(run.exitCode).not.toBe(0)
    expect(run.outputs['pass-role']).toBe('denied')
    expect(run.summary).toMatch(/\| Runtime \|.*\| ❌ denied \(explicit Deny\) \|/)
    expect(run.summary).toMatch(/\| CodeBuild \|.*\| ❌ denied \(explicit Deny\) \|/)
    const section = passRoleSection(run.summary)
    expect(section).toContain('explicitly denied by role policy no-pass-role')
    expect(section).toContain('Denied explicitly by (an Allow cannot override these):')
    expect(section).toContain('- `no-pass-role`')
    expect(section).not.toContain('Add this statement')
    expect(run.log).toContain('  explicitly denied by no-pass-role')
  })

  it('simulate not permitted: unknown with the reason, then what the local evaluation says and cannot see', async () => {
    const name = 'no-simulate-deployer'
    const arn = deployer(name, {
      main: policy(MANAGE_ROLES, PASS_AGENTCORE_ROLES, READ_OWN_POLICIES(roleArn(name)))
    })
    const agent = 'unsimulated_agent'

    const run = await scenario.run({ 'agent-name': agent, 'role-to-assume': arn, mode: 'dry-run' })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pass-role']).toBe('unknown')
    const section = passRoleSection(run.summary)
    expect(section).toContain('### PassRole: ❔ unknown')
    expect(section).toContain(
      'SimulatePrincipalPolicy was refused (User: arn:aws:sts::111122223333:assumed-role/no-simulate-deployer/'
    )
    expect(section).toContain('not authorized to perform: iam:SimulatePrincipalPolicy')
    for (const role of [runtimeRoleName(REGION, agent), codebuildRoleName(REGION, agent)]) {
      expect(section).toContain(
        `local evaluation: ${role} to ${role.includes('CodeBuild') ? CODEBUILD : AGENTCORE} allowed by role policy main statement PassAgentCoreRoles`
      )
    }
    expect(section).toContain('- service control policies (SCPs)')
    expect(run.log).toContain('the local evaluation cannot see: service control policies (SCPs)')
  })

  it('simulate not permitted and no PassRole in readable policies: a proven denial, with the statement', async () => {
    const name = 'no-simulate-no-pass-deployer'
    const arn = deployer(name, {
      main: policy(MANAGE_ROLES, READ_OWN_POLICIES(roleArn(name)))
    })
    const agent = 'unsimulated_denied_agent'

    const run = await scenario.run({ 'agent-name': agent, 'role-to-assume': arn, mode: 'dry-run' })

    expect(run.exitCode).not.toBe(0)
    expect(run.outputs['pass-role']).toBe('denied')
    expect(passRoleSection(run.summary)).toContain('local evaluation of the policies of ')
    expect(statementFromLog(run.log).Resource).toEqual([runtimeArn(agent), codebuildArn(agent)])
  })

  it('a caller role with a path is simulated on its ARN with the path', async () => {
    const arn = scenario.aws.createGithubDeployerRole({
      name: 'pathed-deployer',
      path: '/ci/deployers/'
    }).arn
    expect(arn).toBe(roleArn('pathed-deployer', '/ci/deployers/'))

    const run = await scenario.run({
      'agent-name': 'pathed_agent',
      'role-to-assume': arn,
      mode: 'dry-run'
    })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pass-role']).toBe('allowed')
    expect(passRoleSection(run.summary)).toContain(`${arn} may pass`)
  })

  it('check-pass-role: false: no simulation, output unknown, summary says not checked', async () => {
    scenario.aws.calls.reset()

    const run = await scenario.run({ 'agent-name': 'unchecked_agent', 'check-pass-role': 'false' })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pass-role']).toBe('unknown')
    expect(simulateCalls(scenario)).toBe(0)
    expect(run.summary).toMatch(/\| Runtime \|.*\| not checked \|/)
    expect(run.summary).not.toContain('### PassRole')
  })

  it('dry-run: PassRole is still checked, and nothing is written', async () => {
    scenario.aws.calls.reset()

    const run = await scenario.run({ 'agent-name': 'dry_agent', mode: 'dry-run' })

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pass-role']).toBe('allowed')
    expect(simulateCalls(scenario)).toBeGreaterThanOrEqual(2)
    expect(scenario.aws.calls.writes()).toEqual([])
  })
})

describe('PassRole with ambient credentials', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  /** A run with the given keys in the environment and no role-to-assume. */
  function runWithKeys(agent: string, keys: ReturnType<Scenario['aws']['createAccessKey']>) {
    return runAction({
      localAws: scenario.aws,
      oidc: false,
      credentials: keys,
      inputs: scenario.inputs({ 'agent-name': agent, 'role-to-assume': '', mode: 'dry-run' })
    })
  }

  it('an IAM user with PassRole: simulated as the user, allowed', async () => {
    const userArn = `arn:aws:iam::${ACCOUNT}:user/ci/ci-user`
    scenario.aws.createUser('ci-user', {
      path: '/ci/',
      inlinePolicies: { main: policy(MANAGE_ROLES, simulateSelf(userArn), PASS_AGENTCORE_ROLES) }
    })

    const run = await runWithKeys('user_agent', scenario.aws.createAccessKey(userArn))

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pass-role']).toBe('allowed')
    expect(passRoleSection(run.summary)).toContain(`${userArn} may pass`)
  })

  it('an assumed-role session: the role path is resolved with GetRole, allowed', async () => {
    const name = 'ambient-deployer'
    const arn = roleArn(name, '/ci/')
    scenario.aws.createGithubDeployerRole({
      name,
      path: '/ci/',
      policies: {
        main: policy(MANAGE_ROLES, simulateSelf(arn), PASS_AGENTCORE_ROLES, READ_OWN_POLICIES(arn))
      }
    })
    scenario.aws.calls.reset()

    const run = await runWithKeys('session_agent', scenario.aws.createAccessKey(arn))

    expect(run.exitCode).toBe(0)
    expect(run.log).toContain(`assumed-role/${name}/local-session`)
    expect(run.outputs['pass-role']).toBe('allowed')
    // The session ARN has no path; only GetRole on the caller's own role can tell it.
    expect(passRoleSection(run.summary)).toContain(`${arn} may pass`)
    expect(
      scenario.aws.calls.all().some((call) => call.operation === 'GetRole' && call.status === 200)
    ).toBe(true)
  })

  it('an assumed-role session that may not read its own role: says the path was assumed', async () => {
    const name = 'blind-deployer'
    const arn = roleArn(name, '/ci/')
    scenario.aws.createGithubDeployerRole({
      name,
      path: '/ci/',
      policies: { main: policy(MANAGE_ROLES, simulateSelf(arn), PASS_AGENTCORE_ROLES) }
    })

    const run = await runWithKeys('blind_agent', scenario.aws.createAccessKey(arn))

    expect(run.outputs['pass-role']).toBe('unknown')
    expect(passRoleSection(run.summary)).toContain(
      `iam:GetRole on ${name} was refused, so the role's path is assumed to be /`
    )
  })
})

describe('check-deploy-permissions', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('lists what the default deployer may not do, fails with the policy to add, which then passes', async () => {
    const agent = 'deploy_agent'
    const run = await scenario.run({
      'agent-name': agent,
      'check-deploy-permissions': 'true',
      mode: 'dry-run'
    })

    expect(run.exitCode).not.toBe(0)
    expect(run.outputs['pass-role']).toBe('allowed')
    expect(run.log).toMatch(
      /^::error::check-deploy-permissions: .* may not perform 30 of the 34 actions/m
    )
    expect(run.summary).toContain('### Deploy permissions: ❌ 30 denied')
    expect(run.log).toContain('  ✗ bedrock-agentcore:CreateAgentRuntime on * ')
    expect(run.log).toContain(
      `  ✗ codebuild:StartBuild on arn:aws:codebuild:${REGION}:${ACCOUNT}:project/bedrock-agentcore-${agent}-builder `
    )
    const [missing] = jsonBlocksOfSummary(run.summary).filter(
      (block): block is PolicyDocument => (block as PolicyDocument).Statement !== undefined
    )
    expect(missing?.Statement).toContainEqual(
      expect.objectContaining({
        Action: expect.arrayContaining(['bedrock-agentcore:CreateAgentRuntime']),
        Resource: '*'
      })
    )
    expect(missing?.Statement).toContainEqual({
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: `arn:aws:s3:::bedrock-agentcore-codebuild-sources-${ACCOUNT}-${REGION}/*`
    })

    scenario.aws.putRolePolicy('github-deployer', 'agentcore-deploy', missing!)
    const granted = await scenario.run({
      'agent-name': agent,
      'check-deploy-permissions': 'true',
      mode: 'dry-run'
    })
    expect(granted.exitCode).toBe(0)
    expect(granted.summary).toContain('### Deploy permissions: ✅ allowed')
    expect(granted.summary).toContain('may perform all 34 actions agentcore deploy needs')
  })

  it('a caller that may not simulate: deploy permissions unknown, a warning, the step does not fail', async () => {
    const name = 'no-simulate-deployer'
    const arn = scenario.aws.createGithubDeployerRole({
      name,
      policies: {
        main: policy(MANAGE_ROLES, PASS_AGENTCORE_ROLES, READ_OWN_POLICIES(roleArn(name)))
      }
    }).arn

    const run = await scenario.run({
      'agent-name': 'unsimulated_deploy_agent',
      'role-to-assume': arn,
      'check-deploy-permissions': 'true',
      mode: 'dry-run'
    })

    expect(run.exitCode).toBe(0)
    expect(run.log).toMatch(
      /^::warning::check-deploy-permissions: SimulatePrincipalPolicy was refused \(.*\), so the deploy permissions of .*no-simulate-deployer were not checked$/m
    )
    expect(run.summary).toContain('### Deploy permissions: ❔ unknown')
  })
})
