// Dry-run, fail-on-drift and verify, end to end, on three accounts: fresh, drifted and up to date.
// Read-only modes must not send one write call to IAM, whatever the account holds.
import type { ActionRun } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import {
  ACCOUNT_ID,
  CODEBUILD_ROLE,
  MISSING_STATEMENT_SID,
  RUNTIME_POLICY,
  RUNTIME_ROLE,
  seedDriftedAccount,
  USER_TAGS_INPUT
} from '../../__fixtures__/accounts.ts'

/** Messages of the `::warning::` or `::error::` workflow commands in the log. */
function annotations(run: ActionRun, kind: 'warning' | 'error'): string[] {
  const prefix = new RegExp(`^::${kind}(?: [^:]*)?::`)
  return run.stdout
    .split('\n')
    .filter((line) => prefix.test(line))
    .map((line) => line.replace(prefix, ''))
}

interface DiffFile {
  from: string
  to: string
  added: string[]
  removed: string[]
}

/** The `diff` output split into its files (one per changed part of a role). */
function diffFiles(diff: string): DiffFile[] {
  const files: DiffFile[] = []
  for (const line of diff.split('\n')) {
    if (line.startsWith('--- ')) files.push({ from: line.slice(4), to: '', added: [], removed: [] })
    else if (line.startsWith('+++ ')) files.at(-1)!.to = line.slice(4)
    else if (line.startsWith('+')) files.at(-1)!.added.push(line.slice(1))
    else if (line.startsWith('-')) files.at(-1)!.removed.push(line.slice(1))
  }
  return files
}

interface PlanOutput {
  mode: string
  applied: boolean
  changed: boolean
  roles: Array<{ kind: string; name: string; status: string; changes: unknown[] }>
}

function planOf(run: ActionRun): PlanOutput {
  return JSON.parse(run.outputs['plan'] ?? '') as PlanOutput
}

/** Every line of the `diff` output is in the log (indented under its role). */
function expectDiffInLog(run: ActionRun): void {
  const diffLines = (run.outputs['diff'] ?? '').split('\n').filter((line) => line !== '')
  expect(diffLines.length).toBeGreaterThan(0)
  const logLines = new Set(run.stdout.split('\n').map((line) => line.trim()))
  expect(diffLines.filter((line) => !logLines.has(line.trim()))).toEqual([])
}

const DRY_RUN = { mode: 'dry-run', ...USER_TAGS_INPUT }
const FAIL_ON_DRIFT = { ...DRY_RUN, 'fail-on-drift': 'true' }
const VERIFY = { mode: 'verify', ...USER_TAGS_INPUT }

describe('a fresh account', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  beforeEach(() => scenario.aws.calls.reset())
  afterAll(() => scenario.close())

  it('dry-run: both roles would be created, shown as whole documents, and nothing is written', async () => {
    const run = await scenario.run(DRY_RUN)

    expect(run.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(scenario.aws.getRole(RUNTIME_ROLE)).toBeUndefined()
    expect(run.outputs['changed']).toBe('true')
    expect(planOf(run)).toMatchObject({ mode: 'dry-run', applied: false, changed: true })
    expect(planOf(run).roles).toEqual([
      expect.objectContaining({
        kind: 'runtime',
        name: RUNTIME_ROLE,
        status: 'create',
        changes: [{ type: 'create-role' }, { type: 'put-role-policy', policyName: RUNTIME_POLICY }]
      }),
      expect.objectContaining({
        kind: 'codebuild',
        name: CODEBUILD_ROLE,
        status: 'create',
        changes: [
          { type: 'create-role' },
          { type: 'put-role-policy', policyName: 'CodeBuildExecutionPolicy' }
        ]
      })
    ])

    const files = diffFiles(run.outputs['diff'] ?? '')
    expect(files.map((file) => file.to)).toEqual([
      `desired ${RUNTIME_ROLE} trust policy`,
      `desired ${RUNTIME_ROLE} permissions policy ${RUNTIME_POLICY}`,
      `desired ${RUNTIME_ROLE} tags`,
      `desired ${RUNTIME_ROLE} description`,
      `desired ${CODEBUILD_ROLE} trust policy`,
      `desired ${CODEBUILD_ROLE} permissions policy CodeBuildExecutionPolicy`,
      `desired ${CODEBUILD_ROLE} tags`,
      `desired ${CODEBUILD_ROLE} description`
    ])
    // Nothing exists yet: every part is all `+` lines.
    expect(files.flatMap((file) => file.removed)).toEqual([])
    expect(files[0]?.added).toContain('      "Sid": "AssumeRolePolicy",')
    expect(files[2]?.added).toContain('  "team": "agents"')
    expectDiffInLog(run)

    expect(annotations(run, 'error')).toEqual([])
    expect(annotations(run, 'warning')).toEqual([
      `runtime role ${RUNTIME_ROLE} in account ${ACCOUNT_ID}, us-east-1: would create the role; ` +
        `would put the inline policy ${RUNTIME_POLICY}. Mode dry-run changed nothing; mode apply makes these changes.`,
      `codebuild role ${CODEBUILD_ROLE} in account ${ACCOUNT_ID}, us-east-1: would create the role; ` +
        'would put the inline policy CodeBuildExecutionPolicy. Mode dry-run changed nothing; mode apply makes these changes.'
    ])
    expect(run.summary).toMatchSnapshot()
  })

  it.each([
    ['dry-run with fail-on-drift', FAIL_ON_DRIFT, 'fail-on-drift'],
    ['verify', VERIFY, 'mode verify']
  ])('%s: fails, naming both missing roles, and writes nothing', async (_, inputs, reason) => {
    const run = await scenario.run(inputs)

    expect(run.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(run.outputs['changed']).toBe('true')
    expect(annotations(run, 'warning')).toEqual([])
    const [error, ...more] = annotations(run, 'error')
    expect(more).toEqual([])
    expect(error).toContain(`${reason}: changes are pending in account 111122223333`)
    expect(error).toContain(`${RUNTIME_ROLE} is missing`)
    expect(error).toContain(`${CODEBUILD_ROLE} is missing`)
    // Pending changes fail the step, and read as pending changes, not as a broken role.
    expect(run.summary).toMatch(
      /^## ⚠️ changes pending, failing the step: AgentCore roles for `my_agent`/
    )
    expect(run.summary).toContain('### Why the step fails')
    expect(run.summary).not.toContain('### Errors')
    expect(run.summary).toMatch(/\| would create \|/)
    // A new agent's first pull request under fail-on-drift is explained, with the way to let it pass.
    const firstPullRequest =
      "No role of this agent exists yet, as on a new agent's first pull request"
    if (reason === 'fail-on-drift') {
      expect(error).toContain(firstPullRequest)
      expect(error).toContain('fail-on-drift: false')
    } else expect(error).not.toContain(firstPullRequest)
  })
})

describe('a drifted account', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
    seedDriftedAccount(scenario.aws)
  })
  beforeEach(() => scenario.aws.calls.reset())
  afterAll(() => scenario.close())

  it('dry-run: the diff shows exactly the differing lines, statements matched by Sid or content', async () => {
    const run = await scenario.run(DRY_RUN)

    expect(run.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(run.outputs['changed']).toBe('true')
    expect(planOf(run).roles).toEqual([
      expect.objectContaining({
        name: RUNTIME_ROLE,
        status: 'update',
        changes: [
          { type: 'update-trust-policy' },
          { type: 'put-role-policy', policyName: RUNTIME_POLICY }
        ]
      }),
      expect.objectContaining({
        name: CODEBUILD_ROLE,
        status: 'update',
        changes: [{ type: 'tag-role', tags: { team: 'agents' } }]
      })
    ])

    const [trust, permissions, tags, ...others] = diffFiles(run.outputs['diff'] ?? '')
    expect(others).toEqual([])
    expect(trust).toEqual({
      from: `current ${RUNTIME_ROLE} trust policy`,
      to: `desired ${RUNTIME_ROLE} trust policy`,
      removed: [],
      added: [
        '        "ArnLike": {',
        '          "aws:SourceArn": [',
        `            "arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT_ID}:*"`,
        '          ]',
        '        },'
      ]
    })
    // The current statements are stored in reverse order: only the missing one shows.
    expect(permissions?.to).toBe(`desired ${RUNTIME_ROLE} permissions policy ${RUNTIME_POLICY}`)
    expect(permissions?.removed).toEqual([])
    expect(permissions?.added).toContain(`      "Sid": "${MISSING_STATEMENT_SID}",`)
    expect(permissions?.added.filter((line) => line.includes('"Sid"'))).toHaveLength(1)
    expect(permissions?.added).toContain('        "bedrock:InvokeModel",')
    expect(tags?.to).toBe(`desired ${CODEBUILD_ROLE} tags`)
    expect(tags?.added).toContain('  "team": "agents"')
    expectDiffInLog(run)

    expect(annotations(run, 'error')).toEqual([])
    expect(annotations(run, 'warning')).toEqual([
      `runtime role ${RUNTIME_ROLE} in account ${ACCOUNT_ID}, us-east-1: would update the trust policy; ` +
        `would put the inline policy ${RUNTIME_POLICY}. Mode dry-run changed nothing; mode apply makes these changes.`,
      `codebuild role ${CODEBUILD_ROLE} in account ${ACCOUNT_ID}, us-east-1: would tag the role: team=agents. ` +
        'Mode dry-run changed nothing; mode apply makes these changes.'
    ])
    expect(run.summary).toMatchSnapshot()
  })

  it.each([
    ['dry-run with fail-on-drift', FAIL_ON_DRIFT, 'fail-on-drift'],
    ['verify', VERIFY, 'mode verify']
  ])(
    '%s: fails, naming each drifted role and its changes, and writes nothing',
    async (_, inputs, reason) => {
      const run = await scenario.run(inputs)

      expect(run.exitCode).toBe(1)
      expect(scenario.aws.calls.writes()).toEqual([])
      expect(annotations(run, 'warning')).toEqual([])
      expect(annotations(run, 'error')).toEqual([
        `${reason}: changes are pending in account 111122223333 (${RUNTIME_ROLE} needs update-trust-policy, put-role-policy; ` +
          `${CODEBUILD_ROLE} needs tag-role); the diff shows them. Run with mode: apply to make them.`
      ])
      expectDiffInLog(run)
    }
  )
})

describe('a drifted account whose roles this action did not create', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
    seedDriftedAccount(scenario.aws, { managedByThisAction: false })
  })
  beforeEach(() => scenario.aws.calls.reset())
  afterAll(() => scenario.close())

  it('dry-run warns about the incompatible role; apply fails on it; neither writes', async () => {
    const unmanaged =
      `runtime role ${RUNTIME_ROLE} in account ${ACCOUNT_ID}, us-east-1: ` +
      'drift, not managed by this action (left as is): missing: bedrock:InvokeModel'

    const dryRun = await scenario.run(DRY_RUN)
    expect(dryRun.exitCode).toBe(0)
    expect(planOf(dryRun).roles.map((role) => role.status)).toEqual([
      'drift-unmanaged',
      'unchanged'
    ])
    const [warning, trust, ...more] = annotations(dryRun, 'warning')
    expect(more).toEqual([])
    expect(warning).toContain(unmanaged)
    // Not a defect of its own: aws:SourceArn is gone, so the conditions are looser than ours.
    expect(trust).toContain(
      `trust policy of ${RUNTIME_ROLE} lets bedrock-agentcore.amazonaws.com assume the role under conditions looser than`
    )
    expect(warning).toContain('or set manage-existing-roles: true')
    expect(annotations(dryRun, 'error')).toEqual([])

    const apply = await scenario.run({ mode: 'apply', ...USER_TAGS_INPUT })
    expect(apply.exitCode).toBe(1)
    expect(annotations(apply, 'warning')).toEqual([trust])
    expect(annotations(apply, 'error')).toEqual([
      expect.stringContaining(`The runtime role ${RUNTIME_ROLE} was not created by this action`)
    ])
    expect(scenario.aws.calls.writes()).toEqual([])
  })
})

describe('a drifted account, repaired by apply', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
    seedDriftedAccount(scenario.aws)
  })
  afterAll(() => scenario.close())

  it('apply makes exactly the planned writes; verify then passes with nothing pending', async () => {
    const apply = await scenario.run({ mode: 'apply', ...USER_TAGS_INPUT })
    expect(apply.exitCode).toBe(0)
    expect(apply.outputs['changed']).toBe('true')
    expect(scenario.aws.calls.writes().map((call) => call.operation)).toEqual([
      'UpdateAssumeRolePolicy',
      'PutRolePolicy',
      'TagRole'
    ])
    expect(annotations(apply, 'warning')).toEqual([])

    scenario.aws.calls.reset()
    const verify = await scenario.run(VERIFY)
    expect(verify.exitCode).toBe(0)
    expect(verify.outputs['changed']).toBe('false')
    expect(scenario.aws.calls.writes()).toEqual([])
  })
})

describe('an up-to-date account (after an apply)', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
    const apply = await scenario.run({ mode: 'apply', ...USER_TAGS_INPUT })
    if (apply.exitCode !== 0)
      throw new Error(`the apply that sets the account up failed:\n${apply.log}`)
  })
  beforeEach(() => scenario.aws.calls.reset())
  afterAll(() => scenario.close())

  it('dry-run: nothing pending, no diff, no annotation, nothing written', async () => {
    const run = await scenario.run(DRY_RUN)

    expect(run.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(run.outputs['changed']).toBe('false')
    expect(run.outputs['diff']).toBe('')
    expect(planOf(run)).toMatchObject({ mode: 'dry-run', applied: false, changed: false })
    expect(
      planOf(run).roles.map(({ name, status, changes }) => ({ name, status, changes }))
    ).toEqual([
      { name: RUNTIME_ROLE, status: 'unchanged', changes: [] },
      { name: CODEBUILD_ROLE, status: 'unchanged', changes: [] }
    ])
    expect(annotations(run, 'warning')).toEqual([])
    expect(annotations(run, 'error')).toEqual([])
    expect(run.summary).toMatchSnapshot()
  })

  it.each([
    ['dry-run with fail-on-drift', FAIL_ON_DRIFT],
    ['verify', VERIFY]
  ])('%s: passes and writes nothing', async (_, inputs) => {
    const run = await scenario.run(inputs)

    expect(run.exitCode).toBe(0)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(run.outputs['changed']).toBe('false')
    expect(annotations(run, 'error')).toEqual([])
    expect(run.summary).toMatch(/^## ✅ up to date: AgentCore roles for `my_agent`/)
  })
})

/** The log's lines outside `::group::` … `::endgroup::` that a person reads (no other commands). */
function topLevelLines(stdout: string): string[] {
  const lines: string[] = []
  let depth = 0
  let stopped: string | undefined
  for (const line of stdout.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined
      else if (depth === 0) lines.push(line)
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) stopped = stop[1]
    else if (line.startsWith('::group::')) depth++
    else if (line.startsWith('::endgroup::')) depth--
    else if (depth === 0 && !line.startsWith('::') && line.trim() !== '') lines.push(line)
  }
  return lines
}

describe('the log of one agent', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('keeps one line per role and check at the top, the documents and diffs folded', async () => {
    const run = await scenario.run({ mode: 'dry-run' })
    expect(run.exitCode).toBe(0)
    const top = topLevelLines(run.stdout)
    expect(top.length).toBeLessThan(60)
    expect(top).toContain(`Runtime role ${RUNTIME_ROLE}: would create`)
    expect(top.join('\n')).not.toContain('"Statement"')
    expect(run.stdout).toContain(`::group::Runtime role ${RUNTIME_ROLE}: diff`)
    // Folded, not gone: the whole document is still in the log.
    expect(run.stdout).toContain('"Version": "2012-10-17"')
  })
})
