import { jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.ts'
import { startLocalGitHub } from '../../test-support/localGitHub.ts'
import type { LocalGitHub } from '../../test-support/localGitHub.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { context } = await import('@actions/github')
const { commentMarker, pullRequestFromContext, upsertPullRequestComment, PR_COMMENT_MAX_LENGTH } =
  await import('../../src/report/prComment.ts')

const token = 'ghs_localTestToken'
const pullRequest = { owner: 'octo-org', repo: 'agents', issueNumber: 7 }

let github: LocalGitHub
beforeEach(async () => {
  github = await startLocalGitHub({ token })
})
afterEach(async () => {
  await github.close()
})

const upsert = (body: string, agentName = 'my_agent') =>
  upsertPullRequestComment({ ...pullRequest, token, agentName, body, apiUrl: github.url })

// Comment writes: the GraphQL viewer query (who the token is) is a read.
const writes = () =>
  github.calls.filter((call) => call.method !== 'GET' && !call.path.endsWith('/graphql'))

describe('upsertPullRequestComment', () => {
  it('creates the comment once, then edits it in place', async () => {
    const first = await upsert('plan v1')
    expect(first).toMatchObject({ outcome: 'created' })
    const second = await upsert('plan v2')
    expect(second).toMatchObject({ outcome: 'updated' })

    expect(writes().map((call) => call.method)).toEqual(['POST', 'PATCH'])
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]).toMatchObject({
      body: `${commentMarker('my_agent')}\nplan v2`,
      login: 'github-actions[bot]'
    })
    const firstId = (first as { commentId: number }).commentId
    expect(second).toMatchObject({ commentId: firstId })
    expect((second as { url: string }).url).toContain(`#issuecomment-${firstId}`)
  })

  it('does not write when the comment already says the same', async () => {
    await upsert('same plan')
    expect(await upsert('same plan')).toMatchObject({ outcome: 'unchanged' })
    expect(writes().map((call) => call.method)).toEqual(['POST'])
  })

  it('leaves other comments alone, quotes of the marker and other agents included', async () => {
    const human = github.addComment({ ...pullRequest, body: 'LGTM', login: 'octocat' })
    const quote = github.addComment({
      ...pullRequest,
      body: `> ${commentMarker('my_agent')}\n> old plan\nwhy?`,
      login: 'octocat'
    })
    const otherAgent = github.addComment({
      ...pullRequest,
      body: `${commentMarker('other_agent')}\nother plan`,
      login: 'github-actions[bot]'
    })
    const otherPull = github.addComment({
      ...pullRequest,
      issueNumber: 8,
      body: `${commentMarker('my_agent')}\nplan on another pull request`,
      login: 'github-actions[bot]'
    })

    await upsert('plan v1')
    await upsert('plan v2')

    expect(github.comments.find((c) => c.id === human.id)?.body).toBe('LGTM')
    expect(github.comments.find((c) => c.id === quote.id)?.body).toBe(quote.body)
    expect(github.comments.find((c) => c.id === otherAgent.id)?.body).toBe(otherAgent.body)
    expect(github.comments.find((c) => c.id === otherPull.id)?.body).toBe(otherPull.body)
    const ours = github.comments.filter(
      (c) => c.issueNumber === 7 && c.body.startsWith(commentMarker('my_agent'))
    )
    expect(ours.map((c) => c.body)).toEqual([`${commentMarker('my_agent')}\nplan v2`])
  })

  it('finds its comment on a later page', async () => {
    for (let index = 0; index < 150; index++) {
      github.addComment({ ...pullRequest, body: `chatter ${index}`, login: 'octocat' })
    }
    const ours = github.addComment({
      ...pullRequest,
      body: `${commentMarker('my_agent')}\nold plan`,
      login: 'github-actions[bot]'
    })

    expect(await upsert('new plan')).toMatchObject({ outcome: 'updated', commentId: ours.id })
    const listed = github.calls.filter((call) => call.method === 'GET').map((call) => call.path)
    expect(listed).toEqual([
      '/repos/octo-org/agents/issues/7/comments?per_page=100',
      '/repos/octo-org/agents/issues/7/comments?per_page=100&page=2'
    ])
    expect(writes()).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/repos/octo-org/agents/issues/comments/${ours.id}`
      })
    ])
  })

  it('works against a GitHub Enterprise Server style API root', async () => {
    const ghes = await startLocalGitHub({ token, basePath: '/api/v3' })
    try {
      const result = await upsertPullRequestComment({
        ...pullRequest,
        token,
        agentName: 'my_agent',
        body: 'plan',
        apiUrl: ghes.url
      })
      expect(result).toMatchObject({ outcome: 'created' })
      expect(ghes.comments).toHaveLength(1)
    } finally {
      await ghes.close()
    }
  })

  it('a token without write access (fork) is a warning, not a failure', async () => {
    github.forbidWrites = true
    const result = await upsert('plan')
    expect(result.outcome).toBe('forbidden')
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^comment-on-pr: the token may not comment on pull request #7 \(403: Resource not accessible by integration/
      )
    )
    expect(github.comments).toHaveLength(0)
  })

  it('other failures are errors for the caller', async () => {
    await expect(
      upsertPullRequestComment({
        ...pullRequest,
        token: 'wrong',
        agentName: 'my_agent',
        body: 'x',
        apiUrl: github.url
      })
    ).rejects.toMatchObject({ status: 401 })
  })

  it('masks the token', async () => {
    await upsert('plan')
    expect(core.setSecret).toHaveBeenCalledWith(token)
  })

  it('keeps the body within GitHub’s limit, closing an open code fence', async () => {
    const diff = Array.from({ length: 9000 }, (_, index) => `+ line ${index}`).join('\n')
    await upsert(`## plan\n\n\`\`\`diff\n${diff}\n\`\`\`\n`)
    const [comment] = github.comments
    expect(comment!.body.length).toBeLessThanOrEqual(PR_COMMENT_MAX_LENGTH)
    expect(comment!.body).toMatch(
      /\n```\n\n_Comment truncated to GitHub’s 65536-character limit; the job summary has the full report\._\n$/
    )
    expect((comment!.body.match(/^```/gm) ?? []).length % 2).toBe(0)
  })
})

describe('pullRequestFromContext', () => {
  const saved = { eventName: context.eventName, payload: context.payload }
  const savedRepository = process.env.GITHUB_REPOSITORY
  beforeEach(() => {
    process.env.GITHUB_REPOSITORY = 'octo-org/agents'
  })
  afterEach(() => {
    context.eventName = saved.eventName
    context.payload = saved.payload
    if (savedRepository === undefined) delete process.env.GITHUB_REPOSITORY
    else process.env.GITHUB_REPOSITORY = savedRepository
  })

  it.each(['pull_request', 'pull_request_target'])(
    'reads the pull request of a %s event',
    (eventName) => {
      context.eventName = eventName
      context.payload = { pull_request: { number: 7 } }
      expect(pullRequestFromContext()).toEqual(pullRequest)
    }
  )

  it('is undefined for other events', () => {
    context.eventName = 'push'
    context.payload = {}
    expect(pullRequestFromContext()).toBeUndefined()
  })
})
