// Side by side with aws-actions/configure-aws-credentials, the action most workflows run anyway:
// its committed bundle (dist/index.js of a pinned commit) assumes the same OIDC role against the
// same local endpoint, while this action verifies roles that are up to date (mode verify: reads
// and PassRole simulations only). Pairs alternate which one starts first; the ratio is taken pair by
// pair (a slow moment of the machine hits both), its median is the figure.
//
// The peer's bundle is read with git: from a local clone or mirror (`--peer DIR`), or cloned from
// GitHub (`--peer URL`, the default). It is kept in the system's temp directory, never in this
// repository; a test never needs it.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionRun } from '../test-support/runAction.ts'
import { startScenario } from '../test-support/scenario.ts'
import { median, ms, profileCalls, ratio, table, type CallProfile } from './measure.ts'
import type { BenchBundle } from './scale.ts'

export const PEER_REPOSITORY = 'https://github.com/aws-actions/configure-aws-credentials.git'
/** v6.2.3's `chore: Update dist` commit, whose dist/ is what `uses: …@v6` runs. */
export const PEER_COMMIT = 'bcd4089080cf41e4db9dad11fce2a9397e670bbd'

/** The peer's dist/index.js, fetched once per commit into the temp directory. */
export function peerBundle(source = PEER_REPOSITORY, commit = PEER_COMMIT): string {
  const dir = join(tmpdir(), 'agentcore-role-action-bench', `configure-aws-credentials-${commit}`)
  const entry = join(dir, 'dist', 'index.js')
  if (existsSync(entry)) return entry
  mkdirSync(join(dir, 'dist'), { recursive: true })
  let gitDir = source
  let clone: string | undefined
  if (!existsSync(source)) {
    clone = mkdtempSync(join(tmpdir(), 'peer-clone-'))
    execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', source, clone])
    gitDir = clone
  }
  try {
    const text = execFileSync(
      'git',
      ['--git-dir', gitDirOf(gitDir), 'show', `${commit}:dist/index.js`],
      {
        maxBuffer: 64 * 1024 * 1024
      }
    )
    writeFileSync(entry, text)
    // Its bundle is CommonJS; its own package.json says so beside it.
    writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n')
  } finally {
    if (clone) rmSync(clone, { recursive: true, force: true })
  }
  return entry
}

/** A work tree's .git, or a bare repository / mirror as it is. */
function gitDirOf(dir: string): string {
  return existsSync(join(dir, '.git')) ? join(dir, '.git') : dir
}

interface Side {
  label: string
  wallMs: number[]
  profiles: CallProfile[]
  /** Wall time over the peer's in the same round, round by round. */
  ratios: number[]
}

export interface PeerFigures {
  /** This action's bundles: dist/index.js first, then any baseline. */
  ours: Side[]
  peer: Side
  /** Sequential IAM/STS round trips after the token, counted with 50 ms per answer. */
  roundTrips: Array<{ label: string; trips: number; path: string[] }>
}

function succeeded(run: ActionRun, what: string): ActionRun {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.log}`)
  return run
}

export async function measurePeer(
  rounds: number,
  peerEntry: string,
  bundles: BenchBundle[]
): Promise<PeerFigures> {
  const scenario = await startScenario()
  const side = (label: string): Side => ({ label, wallMs: [], profiles: [], ratios: [] })
  const figures: PeerFigures = {
    ours: bundles.map((bundle) => side(bundle.label)),
    peer: side('configure-aws-credentials (assume only)'),
    roundTrips: []
  }
  const runs = [
    ...bundles.map(
      (bundle) => () =>
        scenario.run({ 'agent-name': 'bench_peer', mode: 'verify' }, { entry: bundle.entry })
    ),
    // Its inputs only: the runner passes nothing else to it.
    () =>
      scenario.run(
        { 'aws-region': 'us-east-1', 'role-to-assume': scenario.deployerArn },
        { entry: peerEntry }
      )
  ]
  const sides = [...figures.ours, figures.peer]
  try {
    succeeded(await scenario.run({ 'agent-name': 'bench_peer' }), 'set-up run')
    // One warm-up of each (file cache, first connection), not counted.
    for (const [index, run] of runs.entries())
      succeeded(await run(), `warm-up of ${sides[index]?.label}`)
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another contender, so none always runs on a warmer machine.
      const order = runs.map((_, index) => (index + round) % runs.length)
      const wall: number[] = []
      for (const index of order) {
        scenario.aws.calls.reset()
        const run = succeeded(
          await (runs[index] as () => Promise<ActionRun>)(),
          `${sides[index]?.label}`
        )
        wall[index] = run.durationMs
        sides[index]?.wallMs.push(run.durationMs)
        sides[index]?.profiles.push(profileCalls(scenario.aws, scenario.aws.calls.all()))
      }
      const peerWall = wall[runs.length - 1] as number
      for (const [index, ours] of figures.ours.entries())
        ours.ratios.push((wall[index] as number) / peerWall)
    }
    // With no latency every answer is instant and concurrency cannot show: count the chain at 50 ms.
    scenario.aws.faults.latency(50)
    for (const [index, run] of runs.entries()) {
      scenario.aws.calls.reset()
      succeeded(await run(), `${sides[index]?.label} at 50 ms`)
      const profile = profileCalls(scenario.aws, scenario.aws.calls.all())
      figures.roundTrips.push({
        label: sides[index]?.label ?? '',
        trips: profile.sequentialRoundTrips,
        path: profile.criticalPath
      })
    }
  } finally {
    await scenario.close()
  }
  return figures
}

export function reportPeer(figures: PeerFigures, goal: number): string {
  const calls = (side: Side) =>
    `${median(side.profiles.map((profile) => profile.awsCalls))} + ${median(side.profiles.map((profile) => profile.tokenFetches))} token`
  const rows = [...figures.ours, figures.peer].map((side, index) => [
    index < figures.ours.length ? `${side.label}, mode verify (roles up to date)` : side.label,
    ms(median(side.wallMs)),
    ms(Math.min(...side.wallMs)),
    ms(Math.max(...side.wallMs)),
    calls(side),
    side.ratios.length > 0
      ? `${ratio(median(side.ratios))} (${ratio(Math.min(...side.ratios))}-${ratio(Math.max(...side.ratios))})`
      : '1.00x',
    String(figures.roundTrips[index]?.trips ?? '-')
  ])
  const [ours] = figures.ours
  const peerTrips = figures.roundTrips[figures.roundTrips.length - 1]?.trips ?? 0
  const oursTrips = figures.roundTrips[0]?.trips ?? 0
  const ratioMedian = median(ours?.ratios ?? [])
  return [
    table(
      [
        'run',
        'median wall',
        'min',
        'max',
        'AWS calls',
        'ratio to the peer, median of rounds (range)',
        'round trips at 50 ms'
      ],
      rows
    ),
    `goal: ${ours?.label} within ${ratio(goal)} of configure-aws-credentials: ${ratioMedian <= goal ? 'met' : 'MISSED'} (${ratio(ratioMedian)}); ` +
      `no more sequential round trips: ${oursTrips <= peerTrips ? 'met' : 'MISSED'} (${oursTrips} against ${peerTrips})`,
    'round trips at 50 ms: the chain of IAM/STS requests after the OIDC token, each sent after the previous answer, with every answer delayed by 50 ms:',
    ...figures.roundTrips.map((entry) => `  ${entry.label}: ${entry.path.join(' -> ')}`)
  ].join('\n')
}
