// comment-on-pr end to end: the bundled action, run for pull_request events, keeps one sticky
// comment per agent on the local GitHub REST double, found again by its marker and edited in place.
import { startLocalGitHub, type LocalGitHub } from '../../test-support/localGitHub.ts'
import { FAKE_GITHUB_TOKEN } from '../../test-support/runAction.ts'
import { leakedSecrets, startScenario, type Scenario } from '../../test-support/scenario.ts'

const REPO = { owner: 'octo-org', repo: 'octo-repo' }
const marker = (agent: string) => `<!-- agentcore-role-action:${agent} -->`

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

/** A run for a `pull_request` event on pull request `number`, with comment-on-pr on. */
function runOnPullRequest(number: number, inputs: Record<string, string> = {}) {
  return scenario.run(
    { 'comment-on-pr': 'true', mode: 'dry-run', ...inputs },
    {
      eventName: 'pull_request',
      event: { action: 'synchronize', number, pull_request: { number } },
      env: { GITHUB_API_URL: github.url }
    }
  )
}

/** The comment writes (POST / PATCH) the local GitHub has answered since `from`. */
function writesSince(from: number): string[] {
  return github.calls
    .slice(from)
    .filter((call) => call.method !== 'GET' && !call.path.endsWith('/graphql'))
    .map((call) => `${call.method} ${call.path} ${call.status}`)
}

const commentsOn = (number: number) =>
  github.comments.filter((comment) => comment.issueNumber === number)

describe('comment-on-pr', () => {
  it('creates one comment, writes none for a push, then edits the same comment in place', async () => {
    const others = [
      github.addComment({ ...REPO, issueNumber: 7, body: 'Looks good to me', login: 'octocat' }),
      github.addComment({
        ...REPO,
        issueNumber: 7,
        body: `> ${marker('my_agent')}\n> quoted by a reviewer`,
        login: 'reviewer'
      })
    ].map((comment) => ({ ...comment }))

    const first = await runOnPullRequest(7)
    expect(first.exitCode).toBe(0)
    expect(writesSince(0)).toEqual([`POST /repos/octo-org/octo-repo/issues/7/comments 201`])
    const ours = commentsOn(7).find((comment) => comment.login === 'github-actions[bot]')
    expect(ours?.body).toMatch(
      new RegExp(`^${marker('my_agent')}\\n## ⚠️ changes pending: AgentCore roles for \`my_agent\``)
    )
    expect(ours?.body).toContain(
      '| Runtime | `AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a`'
    )
    expect(ours?.body).toContain('would create')
    expect(leakedSecrets(first, [FAKE_GITHUB_TOKEN])).toEqual([])

    // The merge's push runs apply; comment-on-pr is on, but a push has no pull request.
    const callsBeforePush = github.calls.length
    const push = await scenario.run(
      { 'comment-on-pr': 'true' },
      { env: { GITHUB_API_URL: github.url } }
    )
    expect(push.exitCode).toBe(0)
    expect(push.outputs['changed']).toBe('true')
    expect(github.calls.length).toBe(callsBeforePush)
    expect(push.stdout).toContain('comment-on-pr: this run is not for a pull request')

    const callsBeforeSecond = github.calls.length
    const second = await runOnPullRequest(7)
    expect(second.exitCode).toBe(0)
    expect(writesSince(callsBeforeSecond)).toEqual([
      `PATCH /repos/octo-org/octo-repo/issues/comments/${ours?.id} 200`
    ])
    expect(commentsOn(7)).toHaveLength(3)
    expect(ours?.body).toMatch(
      new RegExp(`^${marker('my_agent')}\\n## ✅ up to date: AgentCore roles for \`my_agent\``)
    )
    expect(commentsOn(7).filter((comment) => comment.id !== ours?.id)).toEqual(others)

    // Nothing changed since: the comment is left as it is, not rewritten.
    const callsBeforeThird = github.calls.length
    const third = await runOnPullRequest(7)
    expect(third.exitCode).toBe(0)
    expect(writesSince(callsBeforeThird)).toEqual([])
    expect(third.stdout).toContain('comment-on-pr: unchanged')
  })

  it('keeps one comment per agent on the same pull request', async () => {
    await runOnPullRequest(9, { 'agent-name': 'agent_one' })
    await runOnPullRequest(9, { 'agent-name': 'agent_two' })
    await runOnPullRequest(9, { 'agent-name': 'agent_one' })

    const bodies = commentsOn(9).map((comment) => comment.body.split('\n')[0])
    expect(bodies).toEqual([marker('agent_one'), marker('agent_two')])
  })

  it('a token that may not comment (403) is a warning, not a failure', async () => {
    github.forbidWrites = true
    try {
      const callsBefore = github.calls.length
      const run = await runOnPullRequest(8)

      expect(run.exitCode).toBe(0)
      expect(writesSince(callsBefore)).toEqual([
        'POST /repos/octo-org/octo-repo/issues/8/comments 403'
      ])
      expect(commentsOn(8)).toEqual([])
      expect(run.stdout).toMatch(
        /^::warning::comment-on-pr: the token may not comment on pull request #8 \(403: Resource not accessible by integration/m
      )
      expect(run.stdout).not.toMatch(/^::error::/m)
    } finally {
      github.forbidWrites = false
    }
  })
})
