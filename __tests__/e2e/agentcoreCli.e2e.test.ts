// The new AgentCore CLI end to end through dist/index.js: config-file agentcore/agentcore.json
// selects it; the runtime role is created, verified, repaired; executionRoleArn written in apply
// only, in the CLI's own format and accepted by its own schema; PassRole proven for the CDK
// bootstrap's CloudFormation execution role and sts:AssumeRole for the caller.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PolicyDocument } from '../../src/common/model.ts'
import { runtimeTrustPolicy } from '../../src/deployTools/agentCoreArns.ts'
import {
  bootstrapRoleName,
  cliEcrRepositoryName,
  cliRuntimeRoleName
} from '../../src/deployTools/agentcoreCli/naming.ts'
import { cliRuntimePermissionsPolicy } from '../../src/deployTools/agentcoreCli/runtimePolicies.ts'
import {
  cliDeployerPolicy,
  constructGrants,
  projectSpec,
  seedCdkBootstrap,
  uncoveredGrants,
  validateProjectSpec
} from '../../test-support/agentcoreCli.ts'
import { startLocalGitHub } from '../../test-support/localGitHub.ts'
import { FAKE_GITHUB_TOKEN, type ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const PROJECT_FILE = 'agentcore/agentcore.json'
const RUNTIMES = [
  { name: 'containerAgent', build: 'Container' as const },
  { name: 'zipAgent', build: 'CodeZip' as const }
]
const roleName = (runtime: string) => cliRuntimeRoleName(REGION, 'Demo', runtime)
const arnOf = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`
const CFN_EXEC = bootstrapRoleName('cfn-exec', 'hnb659fds', ACCOUNT, REGION)

let workspace: string
let scenario: Scenario
const projectText = () => readFileSync(join(workspace, PROJECT_FILE), 'utf8')
const writeProject = (text: string) => writeFileSync(join(workspace, PROJECT_FILE), text)
const writes = () => scenario.aws.calls.writes().map((call) => call.operation)
const errors = (run: ActionRun) =>
  runnerCommands(run.log)
    .filter((command) => command.command === 'error')
    .map((command) => command.data)
const warnings = (run: ActionRun) =>
  runnerCommands(run.log)
    .filter((command) => command.command === 'warning')
    .map((command) => command.data)

/** The project file once the action has set these runtimes' roles: the CLI's own format. */
function withRoles(text: string, roles: Record<string, string>): string {
  const data = JSON.parse(text) as { runtimes: Array<Record<string, unknown>> }
  for (const runtime of data.runtimes) {
    const role = roles[runtime['name'] as string]
    if (role) runtime['executionRoleArn'] = role
  }
  return JSON.stringify(data, null, 2) + '\n'
}

async function start(options: { bootstrap?: boolean; cfnExecPolicy?: PolicyDocument } = {}) {
  scenario = await startScenario({
    deployer: {
      policies: {
        'agentcore-cli': cliDeployerPolicy(
          { accountId: ACCOUNT, partition: 'aws' },
          arnOf('github-deployer')
        )
      }
    }
  })
  if (options.bootstrap !== false) {
    seedCdkBootstrap(scenario.aws, REGION, { cfnExecPolicy: options.cfnExecPolicy })
  }
}

const run = (inputs: Record<string, string> = {}) =>
  scenario.run(
    { 'agent-name': 'containerAgent', 'config-file': PROJECT_FILE, ...inputs },
    { workspace }
  )

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'agentcore-cli-e2e-'))
  mkdirSync(join(workspace, 'agentcore'))
  writeProject(projectSpec(RUNTIMES))
  writeFileSync(
    join(workspace, 'agentcore', 'aws-targets.json'),
    JSON.stringify([{ name: 'prod', account: ACCOUNT, region: REGION }], null, 2) + '\n'
  )
})
afterEach(async () => {
  await scenario?.close()
  rmSync(workspace, { recursive: true, force: true })
})

describe('a project of the new CLI', () => {
  it('creates the runtime role, writes executionRoleArn, then verifies with zero writes', async () => {
    await start()
    const before = projectText()
    const first = await run()
    expect(errors(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    const name = roleName('containerAgent')
    expect(first.outputs['execution-role-arn']).toBe(arnOf(name))
    expect(first.outputs['codebuild-role-arn']).toBe('')
    expect(first.outputs['pass-role']).toBe('allowed')
    // One role, no CodeBuild role: the CLI's stack builds the image with a role of its own.
    expect(writes().filter((operation) => operation === 'CreateRole')).toHaveLength(1)
    const role = scenario.aws.getRole(name)
    expect(role?.tags).toMatchObject({ 'managed-by': 'agentcore-role-action' })
    expect(role?.trustPolicy.Statement[0]).toMatchObject({
      Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } }
    })
    // The role holds every grant of the CLI's own construct for a Container runtime.
    const grants = constructGrants()
    const [policy] = Object.values(role?.inlinePolicies ?? {})
    expect(
      await uncoveredGrants(policy as PolicyDocument, grants.runtimes.Container, {
        account: ACCOUNT,
        region: REGION
      })
    ).toEqual([])
    // The file: that runtime's executionRoleArn, nothing else, and the CLI's schema accepts it.
    expect(projectText()).toBe(withRoles(before, { containerAgent: arnOf(name) }))
    expect(validateProjectSpec(projectText())).toEqual([])
    expect(first.summary).toContain('CDK bootstrap')
    expect(first.summary).toContain('agentcore deploy --target prod --yes')
    expect(first.summary).toContain(arnOf(CFN_EXEC))

    scenario.aws.calls.reset()
    const verify = await run({ mode: 'verify' })
    expect(verify.exitCode).toBe(0)
    expect(writes()).toEqual([])
    expect(verify.outputs['changed']).toBe('false')
    expect(projectText()).toBe(withRoles(before, { containerAgent: arnOf(name) }))
  })

  it('repairs a drifted policy of its own role and nothing else', async () => {
    await start()
    expect((await run()).exitCode).toBe(0)
    const name = roleName('containerAgent')
    const [policyName, policy] = Object.entries(
      scenario.aws.getRole(name)?.inlinePolicies ?? {}
    )[0] as [string, PolicyDocument]
    scenario.aws.putRolePolicy(name, policyName, {
      ...policy,
      Statement: policy.Statement.filter((statement) => statement.Sid !== 'ECRImageDecryption')
    })
    scenario.aws.calls.reset()
    const verify = await run({ mode: 'verify' })
    expect(verify.exitCode).toBe(1)
    expect(writes()).toEqual([])
    const repaired = await run()
    expect(repaired.exitCode).toBe(0)
    expect(writes()).toEqual(['PutRolePolicy'])
  })

  it('dry-run writes nothing and leaves the file as it was, showing the diff', async () => {
    await start()
    const before = projectText()
    const dryRun = await run({ mode: 'dry-run', 'agent-name': '*' })
    expect(dryRun.exitCode).toBe(0)
    expect(writes()).toEqual([])
    // Each runtime role once, the five bootstrap roles once for both runtimes.
    expect(scenario.aws.calls.count('GetRole')).toBe(2 + 5)
    expect(projectText()).toBe(before)
    expect(dryRun.summary).toContain(`+      "executionRoleArn": "${arnOf(roleName('zipAgent'))}"`)
    expect(dryRun.summary).toContain(roleName('containerAgent'))
  })

  it("comments on the pull request in the CLI's words, and changes nothing", async () => {
    await start()
    const github = await startLocalGitHub({ token: FAKE_GITHUB_TOKEN })
    try {
      const before = projectText()
      const onPr = await scenario.run(
        {
          'agent-name': 'containerAgent',
          'config-file': PROJECT_FILE,
          mode: 'dry-run',
          'comment-on-pr': 'true'
        },
        {
          workspace,
          eventName: 'pull_request',
          event: { action: 'synchronize', number: 7, pull_request: { number: 7 } },
          env: { GITHUB_API_URL: github.url }
        }
      )
      expect(onPr.exitCode).toBe(0)
      expect(writes()).toEqual([])
      expect(projectText()).toBe(before)
      const [comment] = github.comments.filter((entry) => entry.issueNumber === 7)
      expect(comment?.body).toContain('### CDK bootstrap')
      expect(comment?.body).toContain('agentcore deploy --target prod --yes')
      expect(comment?.body).toContain(
        `+      "executionRoleArn": "${arnOf(roleName('containerAgent'))}"`
      )
      expect(comment?.body).not.toContain('agentcore configure')
      expect(comment?.body).not.toMatch(/CodeBuild/i)
    } finally {
      await github.close()
    }
  })

  it('selects every runtime with *, each with a role for its build type', async () => {
    await start()
    const before = projectText()
    const all = await run({ 'agent-name': '*' })
    expect(all.exitCode).toBe(0)
    expect(writes().filter((operation) => operation === 'CreateRole')).toHaveLength(2)
    const zip = Object.values(scenario.aws.getRole(roleName('zipAgent'))?.inlinePolicies ?? {})[0]
    expect(JSON.stringify(zip)).not.toContain('ecr:')
    expect(projectText()).toBe(
      withRoles(before, {
        containerAgent: arnOf(roleName('containerAgent')),
        zipAgent: arnOf(roleName('zipAgent'))
      })
    )
    expect(validateProjectSpec(projectText())).toEqual([])
  })

  it('fails when the CloudFormation execution role may not pass the role, naming it', async () => {
    await start({
      cfnExecPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['cloudformation:*', 'bedrock-agentcore:*'], Resource: '*' }
        ]
      }
    })
    const denied = await run()
    expect(denied.exitCode).toBe(1)
    expect(denied.outputs['pass-role']).toBe('denied')
    expect(errors(denied).join('\n')).toContain(`${arnOf(CFN_EXEC)} may not pass`)
    expect(denied.summary).toContain(`Add this statement to a policy of \`${arnOf(CFN_EXEC)}\``)
    expect(denied.summary).toContain('"iam:PassedToService"')
  })

  it('says in one line how to bootstrap an account that has no CDK bootstrap', async () => {
    await start({ bootstrap: false })
    const first = await run()
    expect(first.exitCode).toBe(0)
    expect(first.outputs['pass-role']).toBe('unknown')
    const bootstrapWarnings = warnings(first).filter((line) => line.includes('cdk bootstrap'))
    expect(bootstrapWarnings).toHaveLength(1)
    expect(bootstrapWarnings[0]).toContain(`npx cdk bootstrap aws://${ACCOUNT}/${REGION}`)
    expect(bootstrapWarnings[0]).not.toContain('\n')
  })

  it("finds the bootstrap of the qualifier the project's CDK app deploys with", async () => {
    await start({ bootstrap: false })
    seedCdkBootstrap(scenario.aws, REGION, { qualifier: 'team1' })
    mkdirSync(join(workspace, 'agentcore', 'cdk'))
    writeFileSync(
      join(workspace, 'agentcore', 'cdk', 'cdk.json'),
      JSON.stringify({
        app: 'node dist/bin/cdk.js',
        context: { '@aws-cdk/core:bootstrapQualifier': 'team1' }
      })
    )
    const first = await run()
    expect(warnings(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.outputs['pass-role']).toBe('allowed')
    expect(first.summary).toContain(arnOf(bootstrapRoleName('cfn-exec', 'team1', ACCOUNT, REGION)))
    // The input, when set, wins over the app's context.
    const other = await run({ 'cdk-qualifier': 'other' })
    expect(other.outputs['pass-role']).toBe('unknown')
    expect(warnings(other).join('\n')).toContain(
      `npx cdk bootstrap aws://${ACCOUNT}/${REGION} --qualifier other`
    )
  })

  it('fails when the caller may not assume the bootstrap roles, with the statement', async () => {
    scenario = await startScenario()
    seedCdkBootstrap(scenario.aws, REGION)
    scenario.aws.putRolePolicy('github-deployer', 'read-bootstrap', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:GetRole', 'iam:SimulatePrincipalPolicy'],
          Resource: arnOf('cdk-*')
        }
      ]
    })
    const denied = await run()
    expect(denied.exitCode).toBe(1)
    expect(errors(denied).join('\n')).toMatch(
      /sts:AssumeRole denied: .* may not assume cdk-hnb659fds-deploy-role/
    )
    expect(denied.summary).toContain('"Action": "sts:AssumeRole"')
  })

  it('verifies a role the file names but the action did not make, and never writes it', async () => {
    await start()
    const grants = constructGrants()
    const own = scenario.aws.createRole({
      name: 'AmazonBedrockAgentCoreTeamRuntime',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
            Action: 'sts:AssumeRole'
          }
        ]
      },
      inlinePolicies: { partial: grants.runtimes.CodeZip.policies[0] as PolicyDocument }
    })
    writeProject(projectSpec([{ ...RUNTIMES[0]!, executionRoleArn: own.arn }, RUNTIMES[1]!]))
    const before = projectText()
    const verify = await run({ mode: 'verify' })
    expect(errors(verify).join('\n')).toContain('mode verify: changes are pending')
    expect(verify.exitCode).toBe(1)
    expect(verify.outputs['execution-role-arn']).toBe(own.arn)
    const applied = await run()
    expect(applied.exitCode).toBe(1)
    expect(errors(applied).join('\n')).toContain(
      'AmazonBedrockAgentCoreTeamRuntime was not created by this action'
    )
    expect(writes()).toEqual([])
    expect(projectText()).toBe(before)
  })

  it('accepts a role of the team that holds everything, without writing to it', async () => {
    await start()
    const grants = constructGrants()
    const permissions = cliRuntimePermissionsPolicy({
      partition: 'aws',
      region: REGION,
      accountId: ACCOUNT,
      build: 'Container',
      ecrRepository: cliEcrRepositoryName('Demo', 'containerAgent')
    })
    const own = scenario.aws.createRole({
      name: 'AmazonBedrockAgentCoreTeamRuntime',
      trustPolicy: runtimeTrustPolicy({ partition: 'aws', region: REGION, accountId: ACCOUNT }),
      inlinePolicies: { 'team-policy': permissions }
    })
    expect(grants.runtimes.Container.policies.length).toBeGreaterThan(0)
    writeProject(projectSpec([{ ...RUNTIMES[0]!, executionRoleArn: own.arn }, RUNTIMES[1]!]))
    const before = projectText()
    const applied = await run()
    expect(errors(applied)).toEqual([])
    expect(applied.exitCode).toBe(0)
    expect(applied.outputs['execution-role-arn']).toBe(own.arn)
    expect(applied.outputs['changed']).toBe('false')
    expect(writes()).toEqual([])
    expect(projectText()).toBe(before)
  })

  it('reads a hostile executionRoleArn as text: no runner command, nothing called', async () => {
    await start()
    const hostile = 'arn:aws:iam::111122223333:role/x\n::add-mask::pwned\n::error::pwned'
    writeProject(projectSpec([{ ...RUNTIMES[0]!, executionRoleArn: hostile }]))
    const refused = await run()
    expect(refused.exitCode).toBe(1)
    const commands = runnerCommands(refused.stdout)
    expect(
      commands.filter((command) => command.data.includes('pwned') && command.command !== 'error')
    ).toEqual([])
    expect(errors(refused)).toHaveLength(1)
    expect(errors(refused)[0]).toMatch(
      /^config-file agentcore\/agentcore\.json: runtimes\[containerAgent\]\.executionRoleArn: /
    )
    // The summary shows it inside one code block, which it cannot close.
    expect(refused.summary).toMatch(/\n```text\n[^`]*pwned[^`]*\n```\n$/)
    expect(scenario.aws.calls.all()).toEqual([])
  })

  it('refuses toolkit inputs and unknown runtimes before any AWS call', async () => {
    await start()
    for (const [inputs, message] of [
      [
        { 'codebuild-role': 'some-role' },
        'Input codebuild-role: applies to the starter toolkit only'
      ],
      [{ 'agent-name': 'nope' }, 'has no runtime named nope (runtimes: containerAgent, zipAgent)']
    ] as const) {
      scenario.aws.calls.reset()
      const refused = await run(inputs)
      expect(refused.exitCode).toBe(1)
      expect(errors(refused)).toHaveLength(1)
      expect(errors(refused)[0]).toContain(message)
      expect(scenario.aws.calls.all()).toEqual([])
    }
  })
})
