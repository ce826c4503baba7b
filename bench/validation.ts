// What IAM Access Analyzer's ValidatePolicy costs: the same up-to-date roles, in dry-run (the
// documents are validated in the read wave, alongside the role reads: calls added, no round trip)
// and in verify (only what a repair would write is validated: nothing, for up-to-date roles), with
// validate-policies on and off, interleaved, a fixed latency per AWS answer (IAM, STS and Access
// Analyzer alike): wall time, AWS calls and sequential round trips side by side.
import { startScenario } from '../test-support/scenario.ts'
import { median, ms, profileCalls, table } from './measure.ts'

export interface ValidationRow {
  mode: 'dry-run' | 'verify'
  validation: boolean
  agents: number
  wallMs: number[]
  awsCalls: number
  validateCalls: number
  sequentialRoundTrips: number
}

export async function measureValidation(
  agentCounts: number[],
  runs: number,
  latencyMs: number
): Promise<ValidationRow[]> {
  const rows: ValidationRow[] = []
  for (const count of agentCounts) {
    const scenario = await startScenario()
    const agents = Array.from({ length: count }, (_, index) => `bench_validate_${index}`).join(',')
    const inputs = { 'agent-name': agents, 'create-codebuild-role': 'false' }
    try {
      const setUp = await scenario.run(inputs)
      if (setUp.exitCode !== 0) throw new Error(`set-up run failed:\n${setUp.log}`)
      scenario.aws.faults.latency(latencyMs)
      const pair = (['dry-run', 'verify'] as const).flatMap((mode) =>
        [true, false].map((validation) => ({
          mode,
          validation,
          agents: count,
          wallMs: [] as number[],
          awsCalls: 0,
          validateCalls: 0,
          sequentialRoundTrips: 0
        }))
      )
      for (let index = 0; index < runs; index++) {
        for (const row of index % 2 === 0 ? pair : [...pair].reverse()) {
          scenario.aws.calls.reset()
          const run = await scenario.run(
            { ...inputs, mode: row.mode, 'validate-policies': String(row.validation) },
            { timeoutMs: 300_000 }
          )
          if (run.exitCode !== 0) throw new Error(`${row.mode} failed:\n${run.log}`)
          const profile = profileCalls(scenario.aws, scenario.aws.calls.all())
          row.wallMs.push(run.durationMs)
          row.awsCalls = profile.awsCalls
          row.sequentialRoundTrips = profile.sequentialRoundTrips
          row.validateCalls = scenario.aws.calls.count('ValidatePolicy')
        }
      }
      rows.push(...pair)
    } finally {
      await scenario.close()
    }
  }
  return rows
}

export function reportValidation(rows: ValidationRow[]): string {
  return table(
    [
      'mode',
      'validate-policies',
      'agents',
      'median wall',
      'AWS calls',
      'ValidatePolicy calls',
      'sequential round trips',
      'wall ratio on/off'
    ],
    rows.map((row) => {
      const off = rows.find(
        (other) => other.agents === row.agents && other.mode === row.mode && !other.validation
      )
      return [
        row.mode,
        String(row.validation),
        row.agents,
        ms(median(row.wallMs)),
        row.awsCalls,
        row.validateCalls,
        row.sequentialRoundTrips,
        off ? `${(median(row.wallMs) / median(off.wallMs)).toFixed(2)}x` : ''
      ]
    })
  )
}
