// The README's demo: runs the bundled action (dist/index.js, Node 24) exactly as a GitHub runner
// would, against the embedded local AWS endpoint on 127.0.0.1. No AWS account is involved.
//
// 1. dry-run on a fresh account: shows what would be created, changes nothing;
// 2. apply: creates both roles;
// 3. apply again: verifies, changes nothing.
import { startLocalAws } from '../test-support/localAws/server.ts'
import { runAction, type ActionRun } from '../test-support/runAction.ts'
import { DEMO_STEPS } from './demoSteps.ts'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run demo [-- AGENT_NAME [REGION]]

Runs dist/index.js three times as a GitHub runner would, against the embedded local AWS endpoint
(no AWS account): a dry run, an apply, and an apply that changes nothing; prints each run's log,
outputs and job summary. AGENT_NAME defaults to my_agent, REGION to us-east-1.`)
  process.exit(0)
}

const agentName = process.argv[2] ?? 'my_agent'
const region = process.argv[3] ?? 'us-east-1'

const localAws = await startLocalAws()
try {
  const deployer = localAws.createGithubDeployerRole({ name: 'github-deployer' })
  console.log(`Local AWS endpoint: ${localAws.url} (account ${localAws.accountId})`)
  console.log(`OIDC role the workflow assumes: ${deployer.arn}\n`)
  const inputs = { 'agent-name': agentName, 'aws-region': region, 'role-to-assume': deployer.arn }

  let failed = false
  for (const { title, mode } of DEMO_STEPS) {
    const stepInputs = { ...inputs, mode }
    localAws.calls.reset()
    const run = await runAction({ localAws, inputs: stepInputs })
    printRun(title, run, localAws.calls.writes().length)
    failed ||= run.exitCode !== 0
  }
  process.exitCode = failed ? 1 : 0
} finally {
  await localAws.close()
}

function printRun(title: string, run: ActionRun, writeCalls: number): void {
  const rule = '='.repeat(100)
  console.log(
    `${rule}\n${title}: exit code ${run.exitCode}, ${writeCalls} IAM write calls, ${Math.round(run.durationMs)} ms\n${rule}`
  )
  console.log('--- log (as the runner shows it: commands hidden, masked values as ***) ---')
  console.log(runnerView(run))
  console.log('--- outputs ---')
  for (const [name, value] of Object.entries(run.outputs)) {
    if (name === 'plan' || name === 'diff') continue
    console.log(`${name}=${value}`)
  }
  console.log('--- job summary (GITHUB_STEP_SUMMARY, Markdown) ---')
  console.log(run.summary.trimEnd())
  console.log()
}

/** A runner consumes workflow commands (::add-mask::, ::debug::...) and masks secrets in what it shows. */
function runnerView(run: ActionRun): string {
  return run.log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::') && !line.startsWith('::debug::'))
    .map((line) =>
      run.maskedValues.reduce(
        (shown, secret) => (secret ? shown.split(secret).join('***') : shown),
        line
      )
    )
    .join('\n')
    .trimEnd()
}
