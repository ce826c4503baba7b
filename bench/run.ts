// Benchmarks of the bundled action (dist/index.js) against the local AWS endpoint, in one command:
//   npm run bench                      (all three, a few minutes on 2 cores)
//   npm run bench -- latency|cold-start|scale|agents|attached|validation|peer [--runs N] [--agents 10,50] [--baseline COMMIT]
//                                                       [--peer DIR|URL of configure-aws-credentials]
// Every figure is measured side by side in this run; ratios compare within it. Bundle first
// (`npm run bundle`): the benchmarks run dist/, as a runner does. --baseline also builds the
// action of an earlier commit (its src/, same ncc flags, in a temp dir) and runs cold start and
// scale on both bundles, one after the other for each measurement: before and after, side by side.
import { execFileSync } from 'node:child_process'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { measureAgents, reportAgents } from './agents.ts'
import { measureAttached, reportAttached } from './attached.ts'
import { measureValidation, reportValidation } from './validation.ts'
import { measureColdStart, reportColdStart } from './coldStart.ts'
import { measureLatency, reportLatency } from './latency.ts'
import { measurePeer, peerBundle, reportPeer, PEER_REPOSITORY } from './peer.ts'
import { buildBaseline, REPO_ROOT, type Baseline } from './baseline.ts'
import { IAM_BURST, IAM_RATE, measureScale, reportScale, type BenchBundle } from './scale.ts'

const NODE_MAJOR = Number(process.versions.node.split('.')[0])
if (NODE_MAJOR < 24)
  throw new Error(`The benchmarks need Node 24 (runs.using: node24); this is ${process.version}.`)

const SECTIONS = [
  'latency',
  'cold-start',
  'scale',
  'agents',
  'attached',
  'validation',
  'peer'
] as const
type Section = (typeof SECTIONS)[number]

interface BenchArguments {
  sections: Section[]
  runs: number
  agentCounts: number[]
  baselineCommit?: string
  /** Where the peer's bundle is read from: a git directory or URL. */
  peer: string
}

function parseArguments(argv: string[]): BenchArguments {
  const sections: Section[] = []
  let runs = 5
  let agentCounts = [1, 10, 50]
  let baselineCommit: string | undefined
  let peer = PEER_REPOSITORY
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument === '--runs') {
      runs = Number(argv[++index])
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer')
    } else if (argument === '--agents') {
      agentCounts = String(argv[++index]).split(',').map(Number)
      if (!agentCounts.every((count) => Number.isInteger(count) && count > 0))
        throw new Error('--agents needs positive integers separated by commas, e.g. 10,50')
    } else if (argument === '--baseline') {
      baselineCommit = argv[++index]
      if (!baselineCommit) throw new Error('--baseline needs a commit, e.g. HEAD~3')
    } else if (argument === '--peer') {
      peer = String(argv[++index] ?? '')
      if (!peer) throw new Error('--peer needs a git directory or URL of configure-aws-credentials')
    } else if (argument === '--help' || argument === '-h') {
      console.log(
        `Usage: npm run bench -- [${SECTIONS.join('|')}]... [--runs N] [--agents N,M] [--baseline COMMIT] [--peer DIR|URL]\n\n` +
          'Times dist/index.js against the local AWS endpoint and prints each table (all sections by default); see docs/benchmarks.md.'
      )
      process.exit(0)
    } else if ((SECTIONS as readonly string[]).includes(argument)) {
      sections.push(argument as Section)
    } else {
      throw new Error(
        `Unknown argument ${argument}; use ${SECTIONS.join(', ')}, --runs N, --agents N,M, --baseline COMMIT and --peer DIR|URL.`
      )
    }
  }
  return {
    sections: sections.length > 0 ? sections : [...SECTIONS],
    runs,
    agentCounts,
    baselineCommit,
    peer
  }
}

function machine(): string {
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim()
  return `Node ${process.version}, ${nproc} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${gib(totalmem())} RAM (${gib(freemem())} free), ${process.platform} ${process.arch}, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} (other work on the machine makes figures noisier)`
}

const { sections, runs, agentCounts, baselineCommit, peer } = parseArguments(process.argv.slice(2))
console.log(`Machine: ${machine()}`)
console.log(`Repeat: npm run bench -- ${process.argv.slice(2).join(' ') || sections.join(' ')}\n`)

const baseline: Baseline | undefined = baselineCommit ? buildBaseline(baselineCommit) : undefined
const bundles: BenchBundle[] = [
  { label: 'dist/index.js', entry: join(REPO_ROOT, 'dist', 'index.js') },
  ...(baseline ? [{ label: baseline.label, entry: baseline.entry }] : [])
]

const started = performance.now()
if (sections.includes('latency')) {
  console.log(
    `## Latency: median of ${runs} runs per cell, IAM/STS answers delayed by 0, 50 and 200 ms`
  )
  console.log(reportLatency(await measureLatency({ runs, latenciesMs: [0, 50, 200] })))
  console.log()
}
if (sections.includes('cold-start')) {
  console.log(`## Cold start: median of ${runs} runs each, interleaved`)
  console.log(reportColdStart(await measureColdStart(runs, bundles)))
  console.log()
}
if (sections.includes('scale')) {
  const latencyMs = 50
  console.log(
    `## Scale: N agents = N processes started together on one account, creating both roles; ${latencyMs} ms per IAM/STS answer;` +
      ` rate-limited rows assume IAM allows ${IAM_RATE} requests/s with a burst of ${IAM_BURST} (AWS publishes no figure)`
  )
  console.log(reportScale(await measureScale({ agentCounts, latencyMs, bundles })))
  console.log()
}
if (sections.includes('agents')) {
  const latencyMs = 50
  console.log(
    `## Agents: N agents in one step against N separate runs started together, verifying roles that are up to date; ${latencyMs} ms per IAM/STS answer`
  )
  console.log(reportAgents(await measureAgents(agentCounts, latencyMs)))
  console.log()
}
if (sections.includes('attached')) {
  const latencyMs = 50
  console.log(
    `## Attached policies: verify of 10 up-to-date runtime roles in one step, by where their permissions are; median of ${runs} runs; ${latencyMs} ms per IAM/STS answer`
  )
  console.log(reportAttached(await measureAttached(10, runs, latencyMs)))
  console.log()
}
if (sections.includes('validation')) {
  const latencyMs = 50
  console.log(
    `## Policy validation: dry-run and verify of up-to-date runtime roles with validate-policies on and off, interleaved; median of ${runs} runs; ${latencyMs} ms per AWS answer`
  )
  console.log(reportValidation(await measureValidation([1, 10], runs, latencyMs)))
  console.log()
}
if (sections.includes('peer')) {
  const pairs = Math.max(runs, 5)
  console.log(
    `## Beside configure-aws-credentials: a verify run of up-to-date roles against its assume-only run, ${pairs} rounds, no added latency`
  )
  let entry: string | undefined
  try {
    entry = peerBundle(peer)
  } catch (error) {
    console.log(
      `configure-aws-credentials' bundle could not be read from ${peer} (${(error as Error).message.split('\n')[0]}); give --peer with a clone of it.`
    )
  }
  if (entry) console.log(reportPeer(await measurePeer(pairs, entry, bundles), 1.2))
  console.log()
}
baseline?.remove()
console.log(`Done in ${Math.round((performance.now() - started) / 1000)} s.`)
