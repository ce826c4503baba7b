// Several agents in one step against N separate runs (a matrix), both verifying agents whose roles
// are up to date, under injected latency: sequential round trips, AWS calls and wall time, side by
// side in one run. The roles are created first (not timed), so every measured run only reads.
import { startScenario, type Scenario } from '../test-support/scenario.ts'
import { ms, profileCalls, ratio, table } from './measure.ts'

export interface AgentsRow {
  agents: number
  shape: 'one step' | 'separate runs'
  wallMs: number
  awsCalls: number
  /** The longest chain of calls one process waited on (for separate runs: the longest of them). */
  sequentialRoundTrips: number
  failed: number
}

const names = (count: number) => Array.from({ length: count }, (_, index) => `bench_agent_${index}`)

async function oneStep(scenario: Scenario, agents: string[]): Promise<AgentsRow> {
  scenario.aws.calls.reset()
  const run = await scenario.run(
    { 'agent-name': agents.join(','), mode: 'verify' },
    { timeoutMs: 300_000 }
  )
  const profile = profileCalls(scenario.aws, scenario.aws.calls.all())
  return {
    agents: agents.length,
    shape: 'one step',
    wallMs: run.durationMs,
    awsCalls: profile.awsCalls,
    sequentialRoundTrips: profile.sequentialRoundTrips,
    failed: run.exitCode === 0 ? 0 : 1
  }
}

async function separateRuns(scenario: Scenario, agents: string[]): Promise<AgentsRow> {
  scenario.aws.calls.reset()
  const started = performance.now()
  // A matrix: one process per agent, started together.
  // Each run has its own session name, so its IAM calls can be told from the others'.
  const session = (index: number) => `bench-run-${index}`
  const runs = await Promise.all(
    agents.map((agent, index) =>
      scenario.run(
        { 'agent-name': agent, mode: 'verify', 'role-session-name': session(index) },
        { timeoutMs: 300_000 }
      )
    )
  )
  const wallMs = performance.now() - started
  const records = scenario.aws.calls.all()
  // One run's chain: AssumeRoleWithWebIdentity (unsigned), then its own session's calls.
  const trips = agents.map(
    (_, index) =>
      1 +
      profileCalls(
        scenario.aws,
        records.filter((record) => record.caller?.endsWith(`/${session(index)}`))
      ).sequentialRoundTrips
  )
  return {
    agents: agents.length,
    shape: 'separate runs',
    wallMs,
    awsCalls: profileCalls(scenario.aws, records).awsCalls,
    sequentialRoundTrips: Math.max(...trips),
    failed: runs.filter((run) => run.exitCode !== 0).length
  }
}

export async function measureAgents(counts: number[], latencyMs: number): Promise<AgentsRow[]> {
  const rows: AgentsRow[] = []
  for (const count of counts) {
    const scenario = await startScenario()
    try {
      const agents = names(count)
      // Create every agent's roles once, untimed and without latency.
      const setup = await scenario.run({ 'agent-name': agents.join(',') }, { timeoutMs: 300_000 })
      if (setup.exitCode !== 0) throw new Error(`setup of ${count} agents failed:\n${setup.log}`)
      scenario.aws.faults.latency(latencyMs)
      rows.push(await oneStep(scenario, agents))
      rows.push(await separateRuns(scenario, agents))
    } finally {
      await scenario.close()
    }
  }
  return rows
}

export function reportAgents(rows: AgentsRow[]): string {
  const oneAgent = rows.find((row) => row.agents === 1 && row.shape === 'one step')
  const separateOf = (agents: number) =>
    rows.find((row) => row.agents === agents && row.shape === 'separate runs')
  return table(
    [
      'agents',
      'shape',
      'wall',
      'one step / separate',
      'AWS calls',
      'sequential round trips',
      'vs 1 agent',
      'failed'
    ],
    rows.map((row) => [
      row.agents,
      row.shape,
      ms(row.wallMs),
      row.shape === 'one step' && separateOf(row.agents)
        ? ratio(row.wallMs / (separateOf(row.agents) as AgentsRow).wallMs)
        : '-',
      row.awsCalls,
      row.sequentialRoundTrips,
      row.shape === 'one step' && oneAgent
        ? `${row.sequentialRoundTrips - oneAgent.sequentialRoundTrips >= 0 ? '+' : ''}${row.sequentialRoundTrips - oneAgent.sequentialRoundTrips}`
        : '-',
      row.failed
    ])
  )
}
