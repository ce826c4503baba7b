// Lifecycle end to end through dist/index.js: mode delete removes the selected agents' roles this
// action made (inline policies, attached policies, then the role), takes their ARNs out of the
// config file, and changes nothing else; a role it does not own, or one an AgentCore runtime still
// uses, is kept and named; a run killed between any two deletion calls converges on the next, and
// two runs deleting at once both succeed; the roles left over by removed agents are reported in
// every mode, with the step that deletes them, and nobody else's roles are.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { codebuildRoleName, runtimeRoleName } from '../../src/deployTools/starterToolkit/naming.ts'
import { cliRuntimeRoleName } from '../../src/deployTools/agentcoreCli/naming.ts'
import {
  cliDeployerPolicy,
  projectSpec,
  seedCdkBootstrap,
  validateProjectSpec
} from '../../test-support/agentcoreCli.ts'
import type { ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const REGION = 'us-east-1'
const CONFIG = '.bedrock_agentcore.yaml'

let scenario: Scenario
let workspace: string
afterEach(async () => {
  await scenario?.close()
  rmSync(workspace, { recursive: true, force: true })
})
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'lifecycle-'))
})

/** A `.bedrock_agentcore.yaml` as `agentcore configure` leaves it, one entry per agent. */
function writeConfig(agents: string[]): void {
  const entry = (name: string) =>
    [
      `  ${name}:`,
      `    name: ${name}`,
      `    entrypoint: ${name}.py  # the handler`,
      '    deployment_type: container',
      '    aws:',
      '      execution_role: null',
      '      execution_role_auto_create: true',
      "      account: '111122223333'",
      `      region: ${REGION}`,
      '    codebuild:',
      '      execution_role: null',
      '    memory:',
      '      mode: NO_MEMORY'
    ].join('\n')
  writeFileSync(
    join(workspace, CONFIG),
    `# kept in the repository\ndefault_agent: ${agents[0]}\nagents:\n${agents.map(entry).join('\n')}\n`
  )
}
const config = () => readFileSync(join(workspace, CONFIG), 'utf8')
const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  scenario.run({ 'config-file': CONFIG, ...inputs }, { workspace, env })
const commands = (result: ActionRun, kind: 'error' | 'warning') =>
  runnerCommands(result.stdout)
    .filter((command) => command.command === kind)
    .map((command) => command.data)
const rolesOf = (agent: string) => [
  runtimeRoleName(REGION, agent),
  codebuildRoleName(REGION, agent)
]

describe('mode delete', () => {
  it('removes the roles it made, policies first, and takes their ARNs out of the file', async () => {
    scenario = await startScenario({ agentName: 'my_agent' })
    writeConfig(['my_agent'])
    expect((await run({})).exitCode).toBe(0)
    expect(config()).toContain(
      `execution_role: arn:aws:iam::111122223333:role/${rolesOf('my_agent')[0]}`
    )
    // A managed policy attached to the action's role later on is detached, not deleted.
    const extra = scenario.aws.createManagedPolicy('Extra', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
    })
    scenario.aws.attachRolePolicy(rolesOf('my_agent')[0] as string, extra)

    scenario.aws.calls.reset()
    const preview = await run({ mode: 'delete-dry-run' })
    expect(preview.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(preview.summary).toContain('would delete')
    expect(preview.summary).toContain(`would detach the managed policy ${extra}`)

    const deleted = await run({ mode: 'delete' })
    expect(commands(deleted, 'error')).toEqual([])
    expect(deleted.exitCode).toBe(0)
    for (const name of rolesOf('my_agent')) expect(scenario.aws.getRole(name)).toBeUndefined()
    const writes = scenario.aws.calls.writes().map((call) => call.operation)
    expect(writes.filter((op) => op === 'DeleteRole')).toHaveLength(2)
    expect(writes).toContain('DetachRolePolicy')
    expect(writes.indexOf('DeleteRole')).toBeGreaterThan(writes.indexOf('DeleteRolePolicy'))
    // The file: both ARNs back to null, comments and everything else as they were.
    expect(config()).toContain('execution_role: null\n      execution_role_auto_create: false')
    expect(config()).toContain('# kept in the repository')
    expect(config()).toContain('entrypoint: my_agent.py  # the handler')
    expect(config()).not.toContain('arn:aws:iam::111122223333:role/AmazonBedrockAgentCore')
    expect(deleted.outputs['execution-role-arn']).toBe('')

    scenario.aws.calls.reset()
    const again = await run({ mode: 'delete' })
    expect(again.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(again.summary).toContain('absent (nothing to delete)')
  })

  it('leaves a role it did not make alone, saying so, and writes nothing', async () => {
    scenario = await startScenario({ agentName: 'my_agent' })
    const foreign = scenario.aws.createRole({
      name: 'AmazonBedrockAgentCoreTeamRole',
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
      inlinePolicies: {
        team: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
        }
      }
    })
    const result = await scenario.run(
      { mode: 'delete', 'execution-role': foreign.name, 'create-codebuild-role': 'false' },
      { workspace }
    )
    expect(result.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(scenario.aws.getRole(foreign.name)).toBeDefined()
    expect(commands(result, 'warning').join('\n')).toContain(
      `The runtime role ${foreign.name} was left alone: not deleted: not this action's role (no managed-by tag)`
    )
  })

  it('keeps a role an AgentCore runtime uses, naming the runtime, unless delete-in-use', async () => {
    scenario = await startScenario({ agentName: 'my_agent' })
    writeConfig(['my_agent'])
    expect((await run({})).exitCode).toBe(0)
    const runtimeRole = scenario.aws.getRole(rolesOf('my_agent')[0] as string)
    scenario.aws.createAgentRuntime('my_agent', runtimeRole?.arn as string)
    const before = config()
    scenario.aws.calls.reset()
    const kept = await run({ mode: 'delete' })
    expect(kept.exitCode).toBe(1)
    // Only the CodeBuild role (no runtime uses it) goes: its policy, then it.
    expect(scenario.aws.calls.writes().map((call) => call.operation)).toEqual([
      'DeleteRolePolicy',
      'DeleteRole'
    ])
    expect(commands(kept, 'error').join('\n')).toContain(
      `The runtime role ${runtimeRole?.name} was not deleted: not deleted: AgentCore runtime my_agent uses it`
    )
    expect(scenario.aws.getRole(runtimeRole?.name as string)).toBeDefined()
    // The CodeBuild role no runtime uses is deleted; the file keeps the runtime role's ARN.
    expect(scenario.aws.getRole(rolesOf('my_agent')[1] as string)).toBeUndefined()
    expect(config()).toContain(`execution_role: ${runtimeRole?.arn}`)
    expect(config()).not.toBe(before)

    const forced = await run({ mode: 'delete', 'delete-in-use': 'true' })
    expect(forced.exitCode).toBe(0)
    expect(scenario.aws.getRole(runtimeRole?.name as string)).toBeUndefined()
  })

  it('deletes nothing when the caller may not list the runtimes, unless delete-in-use', async () => {
    scenario = await startScenario({
      agentName: 'my_agent',
      deployer: {
        policies: {
          iam: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
              { Effect: 'Allow', Action: 'access-analyzer:*', Resource: '*' }
            ]
          }
        }
      }
    })
    writeConfig(['my_agent'])
    expect((await run({})).exitCode).toBe(0)
    scenario.aws.calls.reset()
    const refused = await run({ mode: 'delete' })
    expect(refused.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(commands(refused, 'error').join('\n')).toContain(
      "whether an AgentCore runtime uses it is unknown: the caller may not list the account's AgentCore runtimes"
    )
    const forced = await run({ mode: 'delete', 'delete-in-use': 'true' })
    expect(forced.exitCode).toBe(0)
    for (const name of rolesOf('my_agent')) expect(scenario.aws.getRole(name)).toBeUndefined()
  })
})

describe('crash safety', () => {
  it('a run killed after any deletion call converges on the next run', async () => {
    scenario = await startScenario({ agentName: 'my_agent' })
    writeConfig(['my_agent'])
    // Runtime and CodeBuild roles, each with its inline policy: 2 DeleteRolePolicy, 2 DeleteRole.
    for (let kill = 1; kill <= 4; kill++) {
      expect((await run({})).exitCode).toBe(0)
      const killed = await scenario.run(
        { 'config-file': CONFIG, mode: 'delete' },
        { workspace, killAfterWrite: kill }
      )
      expect(killed.signal).toBe('SIGKILL')
      const rerun = await run({ mode: 'delete' })
      expect([kill, commands(rerun, 'error')]).toEqual([kill, []])
      expect(rerun.exitCode).toBe(0)
      for (const name of rolesOf('my_agent')) expect(scenario.aws.getRole(name)).toBeUndefined()
      expect(config()).not.toContain('role/AmazonBedrockAgentCore')
    }
  })

  it('two runs deleting the same agent at once both succeed', async () => {
    scenario = await startScenario({ agentName: 'my_agent' })
    writeConfig(['my_agent'])
    expect((await run({})).exitCode).toBe(0)
    scenario.aws.faults.latency(30)
    // Two jobs, each with a checkout of its own (a shared file would be one job's write).
    const elsewhere = mkdtempSync(join(tmpdir(), 'lifecycle-'))
    writeFileSync(join(elsewhere, CONFIG), config())
    const [first, second] = await Promise.all([
      run({ mode: 'delete' }),
      scenario.run({ 'config-file': CONFIG, mode: 'delete' }, { workspace: elsewhere })
    ])
    rmSync(elsewhere, { recursive: true, force: true })
    expect([commands(first!, 'error'), commands(second!, 'error')]).toEqual([[], []])
    expect([first!.exitCode, second!.exitCode]).toEqual([0, 0])
    for (const name of rolesOf('my_agent')) expect(scenario.aws.getRole(name)).toBeUndefined()
  })
})

describe('roles left over', () => {
  it("lists a removed agent's roles, with their last use and the step to delete them, and no one else's", async () => {
    scenario = await startScenario({ agentName: 'kept_agent' })
    writeConfig(['kept_agent', 'old_agent'])
    expect((await run({ 'agent-name': '*' })).exitCode).toBe(0)
    // Another repository's agent in the same account, made by this action there.
    const other = await scenario.run(
      { 'agent-name': 'other_agent' },
      { workspace, env: { GITHUB_REPOSITORY: 'octo-org/other-repo' } }
    )
    expect(other.exitCode).toBe(0)
    scenario.aws.setRoleLastUsed(rolesOf('old_agent')[0] as string, '2026-11-30T10:00:00Z')
    writeConfig(['kept_agent'])
    const report = await run({ mode: 'dry-run', 'agent-name': 'kept_agent' })
    expect(report.exitCode).toBe(0)
    expect(report.summary).toContain('### Roles left over')
    expect(report.summary).toContain(
      `${rolesOf('old_agent')[0]}: agent old\\_agent, last used 2026-11-30`
    )
    expect(report.summary).toContain(
      `${rolesOf('old_agent')[1]}: agent old\\_agent, last used never`
    )
    expect(report.summary).toContain('mode: delete')
    expect(report.summary).toContain(`role-to-assume: ${scenario.deployerArn}`)
    expect(report.summary).toContain('agent-name: old_agent')
    expect(report.summary).not.toContain(rolesOf('other_agent')[0])
    expect(report.summary).not.toContain(rolesOf('kept_agent')[0] + ': agent')

    // The offered step deletes them.
    const removed = await scenario.run({ mode: 'delete', 'agent-name': 'old_agent' }, { workspace })
    expect(removed.exitCode).toBe(0)
    for (const name of rolesOf('old_agent')) expect(scenario.aws.getRole(name)).toBeUndefined()
    expect(scenario.aws.getRole(rolesOf('other_agent')[0] as string)).toBeDefined()
  })
})

describe('the pull-request preview workflow (examples/pr-preview.yml)', () => {
  /** The example's action step, its `with:` evaluated for a pull_request event as a runner would. */
  function previewInputs(action: string, number: number): Record<string, string> {
    const workflow = parseYaml(readFileSync('examples/pr-preview.yml', 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>
    }
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.uses?.includes('agentcore-role-action'))
    const evaluate = (value: string) =>
      value
        .replace('${{ github.event.pull_request.number }}', String(number))
        .replace(
          "${{ github.event.action == 'closed' && 'delete' || 'apply' }}",
          action === 'closed' ? 'delete' : 'apply'
        )
    const inputs = Object.fromEntries(
      Object.entries(step?.with ?? {}).map(([name, value]) => [name, evaluate(String(value))])
    )
    expect(JSON.stringify(inputs)).not.toContain('${{')
    return inputs
  }

  it('creates the roles when the pull request opens and deletes them when it closes', async () => {
    scenario = await startScenario()
    const onEvent = (action: string) =>
      scenario.run(
        { ...previewInputs(action, 42), 'role-to-assume': scenario.deployerArn },
        {
          workspace,
          eventName: 'pull_request',
          event: { action, number: 42, pull_request: { number: 42 } }
        }
      )
    const opened = await onEvent('opened')
    expect(commands(opened, 'error')).toEqual([])
    expect(opened.exitCode).toBe(0)
    const role = runtimeRoleName(REGION, 'pr_42')
    expect(scenario.aws.getRole(role)?.tags).toMatchObject({
      'agentcore-role-action:repository': 'octo-org/octo-repo',
      'agentcore-role-action:agent': 'pr_42'
    })
    const closed = await onEvent('closed')
    expect(commands(closed, 'error')).toEqual([])
    expect(closed.exitCode).toBe(0)
    expect(scenario.aws.getRole(role)).toBeUndefined()
  })
})

describe('mode delete with the new CLI', () => {
  it('takes executionRoleArn out of agentcore.json, in the CLI format, once the role is gone', async () => {
    scenario = await startScenario({
      deployer: {
        policies: {
          cli: cliDeployerPolicy(
            { accountId: '111122223333', partition: 'aws' },
            'arn:aws:iam::111122223333:role/github-deployer'
          )
        }
      }
    })
    seedCdkBootstrap(scenario.aws, REGION)
    mkdirSync(join(workspace, 'agentcore'))
    const file = join(workspace, 'agentcore', 'agentcore.json')
    const original = projectSpec([{ name: 'agent', build: 'CodeZip' }])
    writeFileSync(file, original)
    const inputs = { 'config-file': 'agentcore/agentcore.json', 'agent-name': 'agent' }
    expect((await scenario.run(inputs, { workspace })).exitCode).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('executionRoleArn')
    const deleted = await scenario.run({ ...inputs, mode: 'delete' }, { workspace })
    expect(commands(deleted, 'error')).toEqual([])
    expect(deleted.exitCode).toBe(0)
    expect(scenario.aws.getRole(cliRuntimeRoleName(REGION, 'Demo', 'agent'))).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(original)
    expect(validateProjectSpec(readFileSync(file, 'utf8'))).toEqual([])
  })
})
