// Wall time of one run of the bundle against the local endpoint, with every IAM/STS answer delayed
// by a fixed latency: how many round trips the run waits for in sequence, and nothing else.
//
// Two situations: "up to date" (both roles exist and match: a second apply, reads only) and
// "fresh account" (both roles created). Latency 0 is the baseline: the growth of the median wall
// time from it, divided by the latency, is the number of round trips the run actually waited for.
import { startScenario } from '../test-support/scenario.ts'
import type { ActionRun } from '../test-support/runAction.ts'
import { median, ms, profileCalls, ratio, table, type CallProfile } from './measure.ts'

/** Targets of issue 8, counted after the OIDC token fetch. */
export const ROUND_TRIP_TARGETS = { 'up to date': 4, 'fresh account': 7 } as const
type Situation = keyof typeof ROUND_TRIP_TARGETS

export interface LatencyCell {
  situation: Situation
  latencyMs: number
  wallMs: number[]
  profiles: CallProfile[]
}

export interface LatencyOptions {
  runs: number
  latenciesMs: number[]
}

function checkSucceeded(run: ActionRun, what: string): void {
  if (run.exitCode !== 0) {
    throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.log}`)
  }
}

export async function measureLatency(options: LatencyOptions): Promise<LatencyCell[]> {
  const scenario = await startScenario()
  const cells: LatencyCell[] = []
  try {
    checkSucceeded(await scenario.run({ 'agent-name': 'bench_up_to_date' }), 'set-up run')
    for (const latencyMs of options.latenciesMs) {
      scenario.aws.faults.clear()
      if (latencyMs > 0) scenario.aws.faults.latency(latencyMs)
      const upToDate: LatencyCell = { situation: 'up to date', latencyMs, wallMs: [], profiles: [] }
      const fresh: LatencyCell = { situation: 'fresh account', latencyMs, wallMs: [], profiles: [] }
      // Interleaved, so a slow moment of the machine hits both situations alike.
      for (let index = 0; index < options.runs; index++) {
        for (const [cell, agentName] of [
          [upToDate, 'bench_up_to_date'],
          [fresh, `bench_fresh_${latencyMs}_${index}`]
        ] as const) {
          scenario.aws.calls.reset()
          const run = await scenario.run({ 'agent-name': agentName })
          checkSucceeded(run, `${cell.situation} run at ${latencyMs} ms`)
          cell.wallMs.push(run.durationMs)
          cell.profiles.push(profileCalls(scenario.aws, scenario.aws.calls.all()))
        }
      }
      cells.push(upToDate, fresh)
    }
  } finally {
    await scenario.close()
  }
  return cells
}

export function reportLatency(cells: LatencyCell[]): string {
  const medianSpan = (cell: LatencyCell | undefined) =>
    median(cell?.profiles.map((profile) => profile.spanMs) ?? [])
  const baseline = (situation: Situation) =>
    cells.find((cell) => cell.situation === situation && cell.latencyMs === 0)
  const rows = cells.map((cell) => {
    const trips = Math.max(...cell.profiles.map((profile) => profile.sequentialRoundTrips))
    const target = ROUND_TRIP_TARGETS[cell.situation]
    const base = baseline(cell.situation)
    const withLatency = cell.latencyMs > 0
    return [
      cell.situation,
      `${cell.latencyMs} ms`,
      ms(median(cell.wallMs)),
      ms(medianSpan(cell)),
      withLatency ? ratio(median(cell.wallMs) / median(base?.wallMs ?? [])) : '1.00x',
      `${median(cell.profiles.map((profile) => profile.awsCalls))} + ${median(cell.profiles.map((profile) => profile.tokenFetches))} token`,
      median(cell.profiles.map((profile) => profile.writes)),
      // Without latency every answer is instant, so concurrency cannot show: no chain to count.
      withLatency ? `${trips} (target <= ${target}: ${trips <= target ? 'met' : 'MISSED'})` : '-',
      withLatency ? ((medianSpan(cell) - medianSpan(base)) / cell.latencyMs).toFixed(1) : '-',
      withLatency ? ms(median(cell.profiles.map((profile) => profile.gapsOnPathMs))) : '-'
    ]
  })
  const paths = [...new Set(cells.map((cell) => cell.situation))].map((situation) => {
    const profile = cells.find((cell) => cell.situation === situation && cell.latencyMs > 0)
      ?.profiles[0]
    return `  ${situation}: ${profile?.criticalPath.join(' -> ') ?? '(no run with latency)'}`
  })
  return [
    table(
      [
        'situation',
        'latency',
        'median wall',
        'token->last answer',
        'wall vs 0 ms',
        'AWS calls',
        'writes',
        'sequential round trips after token',
        'round trips waited',
        'client time on path'
      ],
      rows
    ),
    'token->last answer: the run without Node start-up. round trips waited: its growth over 0 ms divided by',
    'the latency; it matches the counted chain when nothing else (no fixed sleep) waits. client time on path:',
    'time between an answer and the next request of the chain (CPU work; a fixed sleep would show here).',
    'Critical path (the sequential chain of IAM/STS calls; the OIDC token fetch comes before it):',
    ...paths
  ].join('\n')
}
