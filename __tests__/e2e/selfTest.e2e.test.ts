// The repository's self-test workflow (.github/workflows/self-test.yml) runs the action with
// `uses: ./` against the local endpoint started by its CLI. This runs that workflow's steps as the
// runner would: the CLI writes its variables to the env file ($GITHUB_ENV there), every `uses: ./`
// step runs dist/index.js with the step's inputs and that environment, then the workflow's checks.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { DEMO_STEPS } from '../../scripts/demoSteps.ts'
import { node24Path } from '../../test-support/node24.ts'
import { parseFileCommands, runAction } from '../../test-support/runAction.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, string>
  env?: Record<string, string>
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/self-test.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>
}
const steps = Object.values(workflow.jobs)[0]?.steps ?? []
const selfSteps = steps.filter((step) => step.uses === './')

let endpoint: ChildProcess | undefined
let directory: string
afterAll(() => {
  endpoint?.kill('SIGTERM')
  rmSync(directory, { recursive: true, force: true })
})

describe('the self-test workflow', () => {
  it('runs the demo scenario with uses: ./', () => {
    expect(selfSteps.map((step) => step.with?.mode)).toEqual(DEMO_STEPS.map((step) => step.mode))
    expect(
      steps.some((step) =>
        step.run?.includes('test-support/localAws/cli.ts --write-env "$GITHUB_ENV"')
      )
    ).toBe(true)
  })

  it('passes its own checks when its steps run as a runner runs them', async () => {
    directory = mkdtempSync(join(tmpdir(), 'self-test-'))
    const envFile = join(directory, 'github_env')
    endpoint = spawn(node24Path(), ['test-support/localAws/cli.ts', '--write-env', envFile], {
      cwd: ROOT,
      stdio: 'ignore'
    })
    for (
      let attempt = 0;
      attempt < 200 && !readIf(envFile).includes('DEPLOYER_ROLE_ARN=');
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const environment = parseFileCommands(readIf(envFile))
    expect(environment['AWS_ACCESS_KEY_ID']).toBeTruthy()
    const outputs: Record<string, Record<string, string>> = {}
    for (const step of selfSteps) {
      const run = await runAction({ inputs: step.with ?? {}, env: environment })
      expect({
        step: step.id,
        exitCode: run.exitCode,
        log: run.exitCode === 0 ? '' : run.log
      }).toEqual({
        step: step.id,
        exitCode: 0,
        log: ''
      })
      outputs[step.id ?? ''] = run.outputs
    }
    // The workflow's last step: `test "$X" = value` for each output it checks.
    const check = steps.at(-1) as Step
    for (const line of (check.run ?? '').split('\n').filter(Boolean)) {
      const [, variable, expected] = /^test "\$(\w+)" = (\S+)$/.exec(line.trim()) ?? []
      const source = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(
        check.env?.[variable ?? ''] ?? ''
      )
      expect(source).not.toBeNull()
      expect(outputs[source?.[1] ?? '']?.[source?.[2] ?? '']).toBe(expected)
    }
  }, 60_000)
})

function readIf(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}
