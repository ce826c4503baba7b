// The post step, run as a runner runs it after the job's steps: dist/post/index.js with the main
// step's state (STATE_*) and its inputs. It clears exactly the AWS_* variables the main step
// exported, unless cleanup-credentials is false, and never touches a variable it did not export.
import { runAction, type ActionRun } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

let scenario: Scenario
beforeAll(async () => {
  scenario = await startScenario()
})
afterAll(() => scenario.close())

/** The post step of `main`, with its state, as the runner starts it at the end of the job. */
function post(main: ActionRun, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const state = Object.fromEntries(
    Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value])
  )
  return runAction({
    entry: 'dist/post/index.js',
    inputs: { ...scenario.inputs(), ...inputs },
    env: { ...state, ...main.githubEnv }
  })
}

describe('the post step', () => {
  it('clears the exported credentials and region', async () => {
    const main = await scenario.run({ mode: 'dry-run' })
    expect(main.exitCode).toBe(0)
    expect(main.githubEnv['AWS_ACCESS_KEY_ID']).toMatch(/^ASIA/)
    const cleanup = await post(main)
    expect(cleanup.exitCode).toBe(0)
    expect(cleanup.githubEnv).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: '',
      AWS_DEFAULT_REGION: ''
    })
    expect(cleanup.stdout).toContain(
      'Cleared AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_DEFAULT_REGION for the rest of the job.'
    )
  })

  it('keeps them with cleanup-credentials: false', async () => {
    const main = await scenario.run({ mode: 'dry-run', 'cleanup-credentials': 'false' })
    const cleanup = await post(main, { 'cleanup-credentials': 'false' })
    expect(cleanup.exitCode).toBe(0)
    expect(cleanup.githubEnv).toEqual({})
  })

  it('clears nothing when the main step exported nothing', async () => {
    const main = await scenario.run({ mode: 'dry-run', 'export-credentials': 'false' })
    expect(main.githubEnv).toEqual({})
    const cleanup = await post(main)
    expect(cleanup.exitCode).toBe(0)
    expect(cleanup.githubEnv).toEqual({})
    expect(cleanup.stdout).toBe('')
  })
})
