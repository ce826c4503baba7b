// Reports of many agents stay within GitHub's limits: the pull-request comment within 65,536
// characters and the job summary within 1 MiB, whatever the number of agents; every agent keeps its
// row in the overview, and what does not fit is counted and left to the job summary and the log.
import { startLocalGitHub, type LocalGitHub } from '../../test-support/localGitHub.ts'
import { FAKE_GITHUB_TOKEN } from '../../test-support/runAction.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

let scenario: Scenario
let github: LocalGitHub
beforeAll(async () => {
  scenario = await startScenario()
  github = await startLocalGitHub({ token: FAKE_GITHUB_TOKEN })
})
afterAll(async () => {
  await github.close()
  await scenario.close()
})

it('100 agents: one comment under 65,536 characters, a summary under 1 MiB, every agent listed', async () => {
  const agents = Array.from({ length: 100 }, (_, index) => `preview_agent_${index}`)
  const run = await scenario.run(
    { 'agent-name': agents.join(','), mode: 'dry-run', 'comment-on-pr': 'true' },
    {
      eventName: 'pull_request',
      event: { action: 'synchronize', number: 9, pull_request: { number: 9 } },
      env: { GITHUB_API_URL: github.url },
      timeoutMs: 240_000
    }
  )
  expect(run.exitCode).toBe(0)
  const comments = github.comments.filter((comment) => comment.issueNumber === 9)
  expect(comments).toHaveLength(1)
  const body = comments[0]?.body ?? ''
  expect(body.length).toBeLessThanOrEqual(65_536)
  expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024)
  for (const agent of agents) {
    expect(body).toContain(`| \`${agent}\` |`)
    expect(run.summary).toContain(`| \`${agent}\` |`)
  }
  // What does not fit is counted, not cut mid-report.
  expect(body).toMatch(/_\d+ more agents \(\d+ ⚠️ changes pending\) are in the table above only/)
  expect(body).not.toContain('Report truncated to fit')
}, 300_000)
