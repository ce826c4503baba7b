// config-file end to end: the bundled action updates a toolkit-shaped .bedrock_agentcore.yaml in
// the workspace (a path relative to GITHUB_WORKSPACE, as a workflow gives it), byte for byte
// outside the role keys; dry-run only shows the change; a malformed file fails and is left as is.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ActionRun } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import { ACCOUNT_ID, CODEBUILD_ROLE, RUNTIME_ROLE } from '../../__fixtures__/accounts.ts'

const CONFIG_FILE = '.bedrock_agentcore.yaml'
const fixture = (name: string) =>
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'config', `${name}.txt`)
const ORIGINAL = readFileSync(fixture('monorepo.yaml'), 'utf8')
const APPLIED = readFileSync(fixture('monorepo.applied.yaml'), 'utf8')
const MALFORMED = readFileSync(fixture('malformed-e2e.yaml'), 'utf8')
const RUNTIME_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${RUNTIME_ROLE}`
const CODEBUILD_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${CODEBUILD_ROLE}`

let directories: string[] = []
afterEach(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
  directories = []
})

/** A directory holding `.bedrock_agentcore.yaml` copied from a fixture; removed after the test. */
function directoryWith(fixtureName: string): { directory: string; file: string } {
  const directory = mkdtempSync(join(tmpdir(), 'config-file-e2e-'))
  directories.push(directory)
  const file = join(directory, CONFIG_FILE)
  copyFileSync(fixture(fixtureName), file)
  return { directory, file }
}

/** Runs the action with `config-file: .bedrock_agentcore.yaml` in the given workspace. */
function runWithConfigFile(
  scenario: Scenario,
  workspace: string,
  inputs: Record<string, string>,
  cwd?: string
): Promise<ActionRun> {
  return scenario.run({ 'config-file': CONFIG_FILE, ...inputs }, { workspace, cwd })
}

const errorLines = (run: ActionRun) =>
  run.stdout.split('\n').filter((line) => line.startsWith('::error'))

describe('config-file on a fresh account', () => {
  let scenario: Scenario
  beforeEach(async () => {
    scenario = await startScenario()
  })
  afterEach(() => scenario.close())

  it('dry-run shows the change in the summary and the log, and leaves the file byte for byte', async () => {
    const { directory, file } = directoryWith('monorepo.yaml')
    const run = await runWithConfigFile(scenario, directory, { mode: 'dry-run' })

    expect(run.exitCode).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL)
    expect(scenario.aws.calls.writes()).toEqual([])
    const added = [
      `+      execution_role: ${RUNTIME_ARN}   # set by CI (agentcore-role-action)`,
      '+      execution_role_auto_create: false',
      `+      execution_role: ${CODEBUILD_ARN}`
    ]
    expect(run.summary).toContain(`### Config file\n\n\`${CONFIG_FILE}\`: would be updated.`)
    for (const line of added) {
      expect(run.summary).toContain(`\n${line}\n`)
      expect(run.stdout).toContain(`\n    ${line}\n`)
    }
    expect(run.stdout).toContain(`Config file ${CONFIG_FILE}: would be updated`)
    expect(run.stdout).toContain(
      `::warning::config-file ${CONFIG_FILE}: would be updated with the role ARNs; mode dry-run left it as it was.`
    )
    expect(JSON.parse(run.outputs['plan'] ?? '').configFile).toEqual({
      path: CONFIG_FILE,
      changed: true,
      written: false
    })
  })

  it('apply writes exactly the role keys into the workspace file, every other byte kept', async () => {
    const { directory, file } = directoryWith('monorepo.yaml')
    // The action runs elsewhere than the workspace, next to a decoy file of the same name: a
    // relative config-file is the workspace's file, whatever the working directory.
    const decoy = directoryWith('monorepo.yaml')

    const first = await runWithConfigFile(scenario, directory, { mode: 'apply' }, decoy.directory)
    expect(first.exitCode).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(APPLIED)
    expect(readFileSync(decoy.file, 'utf8')).toBe(ORIGINAL)
    expect(first.summary).toContain(`\`${CONFIG_FILE}\`: updated.`)
    expect(JSON.parse(first.outputs['plan'] ?? '').configFile).toEqual({
      path: CONFIG_FILE,
      changed: true,
      written: true
    })
    expect(first.stdout).not.toMatch(/^::warning::config-file/m)

    const second = await runWithConfigFile(scenario, directory, { mode: 'apply' })
    expect(second.exitCode).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(APPLIED)
    expect(second.summary).toContain(`\`${CONFIG_FILE}\`: up to date.`)
  })

  it.each(['apply', 'dry-run'])(
    'a malformed file fails %s with one clear line and is left untouched',
    async (mode) => {
      const { directory, file } = directoryWith('malformed-e2e.yaml')
      const run = await runWithConfigFile(scenario, directory, { mode })

      expect(run.exitCode).toBe(1)
      expect(errorLines(run)).toEqual([
        `::error::config-file ${CONFIG_FILE}:9:1: not valid YAML: Implicit keys need to be on a single line`
      ])
      expect(readFileSync(file, 'utf8')).toBe(MALFORMED)
    }
  )

  // src/main.ts reads and plans the config file after applyPlan: on a fresh account both roles are
  // created before the malformed file is noticed. Fails until main.ts plans it before any write.
  it('a malformed file is found before any IAM write', async () => {
    const { directory } = directoryWith('malformed-e2e.yaml')
    await runWithConfigFile(scenario, directory, { mode: 'apply' })

    expect(scenario.aws.calls.writes()).toEqual([])
  })
})
