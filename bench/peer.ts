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

export interface PeerFigures {
  ours: { wallMs: number[]; profiles: CallProfile[] }
  peer: { wallMs: number[]; profiles: CallProfile[] }
  ratios: number[]
  /** Sequential IAM/STS round trips after the token, counted with 50 ms per answer. */
  roundTrips: { ours: number; peer: number; oursPath: string[]; peerPath: string[] }
}

function succeeded(run: ActionRun, what: string): ActionRun {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.log}`)
  return run
}

export async function measurePeer(pairs: number, peerEntry: string): Promise<PeerFigures> {
  const scenario = await startScenario()
  const figures: PeerFigures = {
    ours: { wallMs: [], profiles: [] },
    peer: { wallMs: [], profiles: [] },
    ratios: [],
    roundTrips: { ours: 0, peer: 0, oursPath: [], peerPath: [] }
  }
  try {
    succeeded(await scenario.run({ 'agent-name': 'bench_peer' }), 'set-up run')
    const ours = () => scenario.run({ 'agent-name': 'bench_peer', mode: 'verify' })
    const peer = () =>
      scenario.run(
        { 'aws-region': 'us-east-1', 'role-to-assume': scenario.deployerArn },
        // Its inputs only: the runner passes nothing else to it.
        { entry: peerEntry }
      )
    // One warm-up of each (file cache, first connection), not counted.
    succeeded(await ours(), 'warm-up verify')
    succeeded(await peer(), 'warm-up configure-aws-credentials')
    for (let index = 0; index < pairs; index++) {
      const order = index % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const)
      const wall: Record<'ours' | 'peer', number> = { ours: 0, peer: 0 }
      for (const which of order) {
        scenario.aws.calls.reset()
        const run = succeeded(await (which === 'ours' ? ours() : peer()), which)
        wall[which] = run.durationMs
        figures[which].wallMs.push(run.durationMs)
        figures[which].profiles.push(profileCalls(scenario.aws, scenario.aws.calls.all()))
      }
      figures.ratios.push(wall.ours / wall.peer)
    }
    // With no latency every answer is instant and concurrency cannot show: count the chain at 50 ms.
    scenario.aws.faults.latency(50)
    for (const which of ['ours', 'peer'] as const) {
      scenario.aws.calls.reset()
      succeeded(await (which === 'ours' ? ours() : peer()), `${which} at 50 ms`)
      const profile = profileCalls(scenario.aws, scenario.aws.calls.all())
      figures.roundTrips[which] = profile.sequentialRoundTrips
      figures.roundTrips[which === 'ours' ? 'oursPath' : 'peerPath'] = profile.criticalPath
    }
  } finally {
    await scenario.close()
  }
  return figures
}

export function reportPeer(figures: PeerFigures, goal: number): string {
  const row = (label: string, side: PeerFigures['ours']) => [
    label,
    ms(median(side.wallMs)),
    ms(Math.min(...side.wallMs)),
    ms(Math.max(...side.wallMs)),
    `${median(side.profiles.map((profile) => profile.awsCalls))} + ${median(side.profiles.map((profile) => profile.tokenFetches))} token`
  ]
  const ratioMedian = median(figures.ratios)
  const { ours, peer, oursPath, peerPath } = figures.roundTrips
  return [
    table(
      ['run', 'median wall', 'min', 'max', 'AWS calls'],
      [
        row('this action, mode verify (roles up to date)', figures.ours),
        row('configure-aws-credentials (assume only)', figures.peer)
      ]
    ),
    `ratio (this action / configure-aws-credentials), median of ${figures.ratios.length} pairs: ${ratio(ratioMedian)} ` +
      `(min ${ratio(Math.min(...figures.ratios))}, max ${ratio(Math.max(...figures.ratios))}); goal <= ${ratio(goal)}: ${ratioMedian <= goal ? 'met' : 'MISSED'}`,
    `sequential IAM/STS round trips after the token (50 ms per answer): ${ours} against ${peer} (goal: no more): ${ours <= peer ? 'met' : 'MISSED'}`,
    `  this action: ${oursPath.join(' -> ')}`,
    `  configure-aws-credentials: ${peerPath.join(' -> ')}`
  ].join('\n')
}
