// Cold start of dist/index.js under Node 24 against the bare minimum: a bundle, built here with the
// same ncc flags, that only loads @actions/core and the IAM and STS clients, constructs the two
// clients and sends one request (the OIDC token fetch, which is also the action's first request).
//
// Time to first request: from just before the process is spawned to the endpoint receiving the
// OIDC token request. Peak memory: the process's maxRSS (getrusage, as `/usr/bin/time -v` reports
// it), written at exit by a tiny preload given through NODE_OPTIONS to both bundles alike.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { node24Path } from '../test-support/node24.ts'
import { startScenario, type Scenario } from '../test-support/scenario.ts'
import { median, ms, ratio, table } from './measure.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const ACTION_BUNDLE = join(REPO_ROOT, 'dist', 'index.js')

const BARE_ENTRY = `import * as core from '@actions/core'
import { IAMClient } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'

const region = process.env.INPUT_AWS_REGION || 'us-east-1'
const clients = [new IAMClient({ region }), new STSClient({ region })]
await core.getIDToken('sts.amazonaws.com')
core.info('bare bundle: ' + clients.length + ' clients, one request')
`

const MAX_RSS_PRELOAD = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS))
})
`

export interface BundleFigures {
  label: string
  path: string
  bytes: number
  gzipBytes: number
  firstRequestMs: number[]
  wallMs: number[]
  maxRssKiB: number[]
}

/** Builds the bare-minimum bundle into a temp dir (minified, like `npm run bundle`). */
function buildBareBundle(workDir: string): string {
  writeFileSync(join(workDir, 'entry.mjs'), BARE_ENTRY)
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir')
  execFileSync(
    node24Path(),
    [
      join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'entry.mjs',
      '--minify',
      '--quiet',
      '-o',
      'out'
    ],
    { cwd: workDir, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  return join(workDir, 'out', 'index.mjs')
}

async function measureOnce(
  scenario: Scenario,
  figures: BundleFigures,
  workDir: string
): Promise<void> {
  const rssFile = join(workDir, 'max-rss')
  rmSync(rssFile, { force: true })
  scenario.aws.calls.reset()
  const spawnedAt = performance.timeOrigin + performance.now()
  const run = await scenario.run(
    { 'agent-name': 'bench_cold_start' },
    {
      entry: figures.path,
      env: {
        NODE_OPTIONS: `--require ${join(workDir, 'max-rss.cjs')}`,
        BENCH_MAX_RSS_FILE: rssFile
      }
    }
  )
  if (run.exitCode !== 0) throw new Error(`${figures.label} failed:\n${run.log}`)
  const first = scenario.aws.calls.all()[0]
  if (!first) throw new Error(`${figures.label} sent no request`)
  figures.firstRequestMs.push(first.startedAt - spawnedAt)
  figures.wallMs.push(run.durationMs)
  figures.maxRssKiB.push(Number(readFileSync(rssFile, 'utf8')))
}

function bundleFigures(label: string, path: string): BundleFigures {
  return {
    label,
    path,
    bytes: statSync(path).size,
    gzipBytes: gzipSync(readFileSync(path)).length,
    firstRequestMs: [],
    wallMs: [],
    maxRssKiB: []
  }
}

export async function measureColdStart(runs: number): Promise<BundleFigures[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'bench-cold-start-'))
  const scenario = await startScenario()
  try {
    writeFileSync(join(workDir, 'max-rss.cjs'), MAX_RSS_PRELOAD)
    const action = bundleFigures('dist/index.js (the action, up to date)', ACTION_BUNDLE)
    const bare = bundleFigures('bare minimum (core + IAM + STS clients)', buildBareBundle(workDir))
    // The action's run verifies existing roles; create them first, unmeasured.
    const setUp = await scenario.run({ 'agent-name': 'bench_cold_start' })
    if (setUp.exitCode !== 0) throw new Error(`set-up run failed:\n${setUp.log}`)
    for (let index = 0; index < runs; index++) {
      await measureOnce(scenario, action, workDir)
      await measureOnce(scenario, bare, workDir)
    }
    return [action, bare]
  } finally {
    await scenario.close()
    rmSync(workDir, { recursive: true, force: true })
  }
}

export function reportColdStart([action, bare]: BundleFigures[]): string {
  if (!action || !bare) throw new Error('reportColdStart needs the action and the bare bundle')
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`
  const mib = (kibibytes: number) => `${(kibibytes / 1024).toFixed(1)} MiB`
  const rows = [action, bare].map((figures) => [
    figures.label,
    kib(figures.bytes),
    kib(figures.gzipBytes),
    ms(median(figures.firstRequestMs)),
    ms(median(figures.wallMs)),
    mib(median(figures.maxRssKiB))
  ])
  rows.push([
    'ratio action / bare',
    ratio(action.bytes / bare.bytes),
    ratio(action.gzipBytes / bare.gzipBytes),
    ratio(median(action.firstRequestMs) / median(bare.firstRequestMs)),
    ratio(median(action.wallMs) / median(bare.wallMs)),
    ratio(median(action.maxRssKiB) / median(bare.maxRssKiB))
  ])
  return table(
    [
      'bundle',
      'size',
      'gzip',
      'median time to first request',
      'median wall (whole run)',
      'median peak RSS'
    ],
    rows
  )
}
