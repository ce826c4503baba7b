// Cold start of dist/index.js under Node 24 against the bare minimum: a bundle, built here with the
// same ncc flags, that only loads @actions/core and the IAM and STS clients, constructs the two
// clients and sends one request (the OIDC token fetch, which is also the action's first request).
//
// Time to first request: from just before the process is spawned to the endpoint receiving the
// OIDC token request. Peak memory: the process's maxRSS (getrusage, as `/usr/bin/time -v` reports
// it), written at exit by a tiny preload given through NODE_OPTIONS to both bundles alike.
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { node24Path } from '../test-support/node24.ts'
import { startScenario, type Scenario } from '../test-support/scenario.ts'
import { median, ms, ratio, table } from './measure.ts'
import type { BenchBundle } from './scale.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

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

/** Builds the bare-minimum bundle into a temp dir (unminified, like `npm run bundle`). */
function buildBareBundle(workDir: string): string {
  writeFileSync(join(workDir, 'entry.mjs'), BARE_ENTRY)
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir')
  execFileSync(
    node24Path(),
    [
      join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'entry.mjs',
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

/** Size of the entry file and of the chunks ncc emits beside it (dynamic imports). */
function bundleBytes(entry: string): { bytes: number; gzipBytes: number } {
  const directory = dirname(entry)
  const files = [
    entry,
    ...readdirSync(directory)
      .filter((name) => /^\d+\.index\.m?js$/.test(name))
      .map((name) => join(directory, name))
  ]
  return {
    bytes: files.reduce((total, file) => total + statSync(file).size, 0),
    gzipBytes: files.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0)
  }
}

function bundleFigures(label: string, path: string): BundleFigures {
  return {
    label,
    path,
    ...bundleBytes(path),
    firstRequestMs: [],
    wallMs: [],
    maxRssKiB: []
  }
}

/** The action's bundles (dist/index.js, and a baseline if given), then the bare minimum last. */
export async function measureColdStart(
  runs: number,
  bundles: BenchBundle[]
): Promise<BundleFigures[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'bench-cold-start-'))
  const scenario = await startScenario()
  try {
    writeFileSync(join(workDir, 'max-rss.cjs'), MAX_RSS_PRELOAD)
    const figures = [
      ...bundles.map((bundle) => bundleFigures(bundle.label, bundle.entry)),
      bundleFigures('bare minimum (core + IAM + STS clients)', buildBareBundle(workDir))
    ]
    // The action's run verifies existing roles; create them first, unmeasured.
    const setUp = await scenario.run({ 'agent-name': 'bench_cold_start' })
    if (setUp.exitCode !== 0) throw new Error(`set-up run failed:\n${setUp.log}`)
    for (let index = 0; index < runs; index++) {
      for (const bundle of figures) await measureOnce(scenario, bundle, workDir)
    }
    return figures
  } finally {
    await scenario.close()
    rmSync(workDir, { recursive: true, force: true })
  }
}

export function reportColdStart(figures: BundleFigures[]): string {
  const bare = figures.at(-1)
  const actions = figures.slice(0, -1)
  if (!bare || actions.length === 0)
    throw new Error('reportColdStart needs the action bundles and the bare bundle')
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`
  const mib = (kibibytes: number) => `${(kibibytes / 1024).toFixed(1)} MiB`
  const rows = figures.map((bundle) => [
    bundle.label,
    kib(bundle.bytes),
    kib(bundle.gzipBytes),
    ms(median(bundle.firstRequestMs)),
    ms(median(bundle.wallMs)),
    mib(median(bundle.maxRssKiB))
  ])
  for (const action of actions) {
    rows.push([
      `ratio ${action.label} / bare`,
      ratio(action.bytes / bare.bytes),
      ratio(action.gzipBytes / bare.gzipBytes),
      ratio(median(action.firstRequestMs) / median(bare.firstRequestMs)),
      ratio(median(action.wallMs) / median(bare.wallMs)),
      ratio(median(action.maxRssKiB) / median(bare.maxRssKiB))
    ])
  }
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
