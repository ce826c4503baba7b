// Benchmarks of the bundled action (dist/index.js) against the local AWS endpoint, in one command:
//   npm run bench                      (all three, a few minutes on 2 cores)
//   npm run bench -- latency|cold-start|scale [--runs N]
// Every figure is measured side by side in this run; ratios compare within it. Bundle first
// (`npm run bundle`): the benchmarks run dist/, as a runner does.
import { execFileSync } from 'node:child_process'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { measureColdStart, reportColdStart } from './coldStart.ts'
import { measureLatency, reportLatency } from './latency.ts'
import { IAM_BURST, IAM_RATE, measureScale, reportScale } from './scale.ts'

const NODE_MAJOR = Number(process.versions.node.split('.')[0])
if (NODE_MAJOR < 24)
  throw new Error(`The benchmarks need Node 24 (runs.using: node24); this is ${process.version}.`)

const SECTIONS = ['latency', 'cold-start', 'scale'] as const
type Section = (typeof SECTIONS)[number]

function parseArguments(argv: string[]): { sections: Section[]; runs: number } {
  const sections: Section[] = []
  let runs = 5
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument === '--runs') {
      runs = Number(argv[++index])
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer')
    } else if ((SECTIONS as readonly string[]).includes(argument)) {
      sections.push(argument as Section)
    } else {
      throw new Error(`Unknown argument ${argument}; use ${SECTIONS.join(', ')} and --runs N.`)
    }
  }
  return { sections: sections.length > 0 ? sections : [...SECTIONS], runs }
}

function machine(): string {
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim()
  return `Node ${process.version}, ${nproc} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${gib(totalmem())} RAM (${gib(freemem())} free), ${process.platform} ${process.arch}, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} (other work on the machine makes figures noisier)`
}

const { sections, runs } = parseArguments(process.argv.slice(2))
console.log(`Machine: ${machine()}`)
console.log(`Repeat: npm run bench -- ${sections.join(' ')} --runs ${runs}\n`)

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
  console.log(reportColdStart(await measureColdStart(runs)))
  console.log()
}
if (sections.includes('scale')) {
  const latencyMs = 50
  console.log(
    `## Scale: N agents = N processes started together on one account, creating both roles; ${latencyMs} ms per IAM/STS answer;` +
      ` rate-limited rows assume IAM allows ${IAM_RATE} requests/s with a burst of ${IAM_BURST} (AWS publishes no figure)`
  )
  console.log(reportScale(await measureScale({ agentCounts: [1, 10, 50], latencyMs })))
  console.log()
}
console.log(`Done in ${Math.round((performance.now() - started) / 1000)} s.`)
