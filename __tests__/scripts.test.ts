// Every script of the repository answers --help with its usage and exits 0, doing nothing else.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = process.cwd()
const SCRIPTS: Array<[string, string[]]> = [
  ['scripts/bundle.mjs', []],
  ['scripts/check-dist.mjs', []],
  ['scripts/require-node24.mjs', []],
  ['scripts/refresh-agentcore-cli-fixtures.mjs', []],
  ['scripts/synth-vended-app.mjs', []],
  ['scripts/demo.ts', ['--experimental-strip-types', '--no-warnings']],
  ['bench/run.ts', ['--experimental-strip-types', '--no-warnings']],
  ['test-support/localAws/cli.ts', ['--experimental-strip-types', '--no-warnings']]
]

it.each(SCRIPTS)('%s --help prints its usage and exits 0', (script, flags) => {
  const run = spawnSync(process.execPath, [...flags, join(ROOT, script), '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000
  })
  expect({ status: run.status, usage: /Usage:|usage/i.test(run.stdout) }).toEqual({
    status: 0,
    usage: true
  })
})
