// Scale: the action takes one agent per run, so a matrix of N agents is N processes started
// together against one account (one endpoint). How total and per-run cost grow with N, and where
// the account's IAM request rate starts to throttle the runs.
//
// AWS does not publish IAM's per-account request rate. The rate-limited variant assumes a token
// bucket of IAM_RATE requests per second with a burst of IAM_BURST (the order of magnitude users
// report meeting IAM throttling at); STS has its own, much larger quota and is left unthrottled.
import { startScenario } from '../test-support/scenario.ts'
import { median, ms, percentile, ratio, table } from './measure.ts'

export const IAM_RATE = 20
export const IAM_BURST = 40

/** A bundle to run: dist/index.js, or a baseline built from an earlier commit. */
export interface BenchBundle {
  label: string
  entry: string
}

export interface ScaleRow {
  bundle: string
  agents: number
  rateLimited: boolean
  batchWallMs: number
  runMs: number[]
  failedRuns: number
  awsCalls: number
  throttled: number
  maxInFlight: number
  /** CPU time the local endpoint itself used (policy simulation included): AWS's work, here competing with the runs for the cores. */
  endpointCpuMs: number
  /** The ::error:: line of the first failed run, if any. */
  firstError?: string
}

export interface ScaleOptions {
  agentCounts: number[]
  latencyMs: number
  bundles: BenchBundle[]
}

async function measureBatch(
  bundle: BenchBundle,
  agents: number,
  rateLimited: boolean,
  latencyMs: number
): Promise<ScaleRow> {
  const scenario = await startScenario()
  try {
    if (latencyMs > 0) scenario.aws.faults.latency(latencyMs)
    if (rateLimited) {
      scenario.aws.faults.rateLimit({
        requestsPerSecond: IAM_RATE,
        burst: IAM_BURST,
        service: 'iam'
      })
    }
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const runs = await Promise.all(
      Array.from({ length: agents }, (_, index) =>
        scenario.run(
          { 'agent-name': `bench_scale_${index}` },
          { entry: bundle.entry, timeoutMs: 300_000 }
        )
      )
    )
    const batchWallMs = performance.now() - started
    const cpu = process.cpuUsage(cpuBefore)
    const failed = runs.filter((run) => run.exitCode !== 0)
    const records = scenario.aws.calls.all().filter((record) => record.service !== 'oidc')
    return {
      bundle: bundle.label,
      agents,
      rateLimited,
      batchWallMs,
      runMs: runs.map((run) => run.durationMs),
      failedRuns: failed.length,
      awsCalls: records.length,
      throttled: records.filter((record) => record.errorCode === 'Throttling').length,
      maxInFlight: scenario.aws.calls.maxInFlight,
      endpointCpuMs: (cpu.user + cpu.system) / 1000,
      firstError: failed[0]?.timedOut
        ? 'timed out'
        : failed[0]?.log.split('\n').find((line) => line.startsWith('::error::'))
    }
  } finally {
    await scenario.close()
  }
}

/** Every batch once per bundle, the bundles one after the other for each batch. */
export async function measureScale(options: ScaleOptions): Promise<ScaleRow[]> {
  const batches = [
    ...options.agentCounts.map((agents) => ({ agents, rateLimited: false })),
    // One agent never reaches the rate; only the larger batches are worth running rate-limited.
    ...options.agentCounts
      .filter((count) => count > 1)
      .map((agents) => ({ agents, rateLimited: true }))
  ]
  const rows: ScaleRow[] = []
  for (const { agents, rateLimited } of batches) {
    for (const bundle of options.bundles) {
      rows.push(await measureBatch(bundle, agents, rateLimited, options.latencyMs))
    }
  }
  return rows
}

export function reportScale(rows: ScaleRow[]): string {
  const singleOf = (bundle: string) =>
    rows.find((row) => row.bundle === bundle && !row.rateLimited && row.agents === 1)
  const failures = rows
    .filter((row) => row.firstError)
    .map(
      (row) =>
        `  ${row.bundle}, ${row.agents} agents, ${row.rateLimited ? 'rate-limited' : 'unlimited'}: ${row.firstError}`
    )
  const figures = table(
    [
      'bundle',
      'IAM rate',
      'agents',
      'batch wall',
      'vs 1 agent',
      'per-run median',
      'per-run p95',
      'failed runs',
      'AWS calls',
      'per run',
      'throttled',
      'max in flight',
      'endpoint CPU'
    ],
    rows.map((row) => [
      row.bundle,
      row.rateLimited ? `${IAM_RATE}/s, burst ${IAM_BURST}` : 'unlimited',
      row.agents,
      ms(row.batchWallMs),
      singleOf(row.bundle)
        ? ratio(row.batchWallMs / (singleOf(row.bundle) as ScaleRow).batchWallMs)
        : '-',
      ms(median(row.runMs)),
      ms(percentile(row.runMs, 95)),
      row.failedRuns,
      row.awsCalls,
      (row.awsCalls / row.agents).toFixed(1),
      row.throttled,
      row.maxInFlight,
      ms(row.endpointCpuMs)
    ])
  )
  return failures.length > 0
    ? [figures, 'First failure of each batch with failed runs:', ...failures].join('\n')
    : figures
}
