// Every primitive of agentcore.json end to end through dist/index.js: for each project the CLI's
// vended app was synthesized with (__fixtures__/agentcore-cli/primitives.json), the role the action
// creates holds every grant the CLI's construct would give its own role, and the file stays one the
// CLI accepts; a role of the team (executionRoleArn) short of a memory or a credential grant is
// refused by verify, naming the primitive, the action and the resource, with the statements to add;
// a primitive the action does not know is named, never skipped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PolicyDocument } from '../../src/common/model.ts'
import { runtimeTrustPolicy } from '../../src/deployTools/agentCoreArns.ts'
import {
  cliEcrRepositoryName,
  cliRuntimeRoleName
} from '../../src/deployTools/agentcoreCli/naming.ts'
import { cliRuntimePermissionsPolicy } from '../../src/deployTools/agentcoreCli/runtimePolicies.ts'
import {
  cliDeployerPolicy,
  primitiveProjects,
  seedCdkBootstrap,
  uncoveredGrants,
  validateProjectSpec
} from '../../test-support/agentcoreCli.ts'
import type { ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const PROJECT_FILE = 'agentcore/agentcore.json'
const arnOf = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`

let workspace: string
let scenario: Scenario
const projectText = () => readFileSync(join(workspace, PROJECT_FILE), 'utf8')
const writeAgentcore = (file: string, value: unknown) => {
  mkdirSync(join(workspace, 'agentcore', file, '..'), { recursive: true })
  writeFileSync(join(workspace, 'agentcore', file), JSON.stringify(value, null, 2) + '\n')
}
const commands = (run: ActionRun, kind: string) =>
  runnerCommands(run.log)
    .filter((command) => command.command === kind)
    .map((command) => command.data)

beforeEach(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'agentcore-cli-primitives-'))
  writeAgentcore('aws-targets.json', [{ name: 'default', account: ACCOUNT, region: REGION }])
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
  seedCdkBootstrap(scenario.aws, REGION)
})
afterEach(async () => {
  await scenario?.close()
  rmSync(workspace, { recursive: true, force: true })
})

const run = (inputs: Record<string, string> = {}) =>
  scenario.run({ 'agent-name': 'agent', 'config-file': PROJECT_FILE, ...inputs }, { workspace })

describe.each(primitiveProjects())('the $id project ($primitive)', (project) => {
  it("gets a role holding every grant of the CLI's construct, and a file the CLI accepts", async () => {
    writeAgentcore('agentcore.json', project.spec)
    if (project.deployedState) writeAgentcore('.cli/deployed-state.json', project.deployedState)
    const applied = await run()
    expect(commands(applied, 'error')).toEqual([])
    expect(applied.exitCode).toBe(0)
    const role = scenario.aws.getRole(cliRuntimeRoleName(REGION, 'Demo', 'agent'))
    const policies = Object.values(role?.inlinePolicies ?? {}) as PolicyDocument[]
    expect(policies).toHaveLength(1)
    expect(
      await uncoveredGrants(policies[0]!, project.runtimes['agent']!, {
        account: ACCOUNT,
        region: REGION
      })
    ).toEqual([])
    const written = JSON.parse(projectText()) as { runtimes: Array<{ executionRoleArn?: string }> }
    expect(written.runtimes[0]?.executionRoleArn).toBe(role?.arn)
    // CLI 0.30.0 spells the MCP tool's runtime `artifact`; its construct still reads `build`.
    if (project.id !== 'mcp-runtime-tool') expect(validateProjectSpec(projectText())).toEqual([])
  })
})

describe('a role of the team, named by executionRoleArn', () => {
  const teamRole = (permissions: PolicyDocument) =>
    scenario.aws.createRole({
      name: 'AmazonBedrockAgentCoreTeamRuntime',
      trustPolicy: runtimeTrustPolicy({ partition: 'aws', region: REGION, accountId: ACCOUNT }),
      inlinePolicies: { 'team-policy': permissions }
    })

  it('short of the memory and credential grants is refused by verify, naming each', async () => {
    const base = cliRuntimePermissionsPolicy({
      partition: 'aws',
      region: REGION,
      accountId: ACCOUNT,
      build: 'Container',
      ecrRepository: cliEcrRepositoryName('Demo', 'agent')
    })
    const role = teamRole(base)
    const projects = primitiveProjects()
    const memory = projects.find((p) => p.id === 'memory')!.spec
    const credentials = projects.find((p) => p.id === 'credential-oauth')!.spec
    const spec = {
      ...memory,
      credentials: credentials['credentials'],
      runtimes: memory.runtimes.map((runtime) => ({ ...runtime, executionRoleArn: role.arn }))
    }
    writeAgentcore('agentcore.json', spec)
    const before = projectText()
    const verify = await run({ mode: 'verify' })
    expect(verify.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(projectText()).toBe(before)
    const said = verify.log
    // The primitive, the action and the resource, in one finding each.
    expect(said).toContain(
      `missing for memory chat: bedrock-agentcore:GetEvent, bedrock-agentcore:GetMemory`
    )
    expect(said).toMatch(
      /missing for memory facts: bedrock-agentcore:ListMemoryRecords, bedrock-agentcore:RetrieveMemoryRecords on arn:aws:bedrock-agentcore:us-east-1:111122223333:memory\/Demo_facts-\?{10} when StringLike bedrock-agentcore:namespace = \/facts\/\*/
    )
    expect(said).toContain(
      `missing for credentials: bedrock-agentcore:CreateWorkloadIdentity, bedrock-agentcore:GetWorkloadAccessTokenForUserId`
    )
    // The statements to add, as a policy document; added to the role, verify passes.
    const missing = /```json\n(\{[\s\S]*?\})\n```/.exec(
      verify.summary.slice(verify.summary.indexOf('to a policy of `' + role.arn))
    )
    expect(missing).not.toBeNull()
    const advice = JSON.parse(missing![1]!) as PolicyDocument
    expect(JSON.stringify(advice)).toContain('MemoryfactsRecords')
    scenario.aws.putRolePolicy('AmazonBedrockAgentCoreTeamRuntime', 'agentcore-primitives', advice)
    const again = await run({ mode: 'verify' })
    expect(commands(again, 'error')).toEqual([])
    expect(again.exitCode).toBe(0)
  })
})

describe('a primitive the action does not know', () => {
  it('fails verify in one line naming it, and is a warning in dry-run', async () => {
    const spec = {
      ...primitiveProjects().find((p) => p.id === 'gateway-none')!.spec,
      teleporters: [{ name: 'beam' }]
    }
    writeAgentcore('agentcore.json', spec)
    const dry = await run({ mode: 'dry-run' })
    expect(dry.exitCode).toBe(0)
    expect(commands(dry, 'warning').join('\n')).toContain(
      'teleporters (a key this action does not know)'
    )
    await run()
    const verify = await run({ mode: 'verify' })
    expect(verify.exitCode).toBe(1)
    const lines = commands(verify, 'error').filter((line) => line.includes('teleporters'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('may lack grants for what this action does not know of the project')
  })
})
