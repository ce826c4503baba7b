// One sticky pull-request comment per agent (`comment-on-pr`): found again by a hidden marker and
// edited in place on every push, so a pull request never collects one comment per run.

import * as core from '@actions/core'
import * as log from '../common/log.ts'
import { context, getOctokit } from '@actions/github'
import { loadUndici } from '../bundle/lazyUndici.ts'
import { closeOpenFences, longestBacktickRun } from './markdown.ts'

/** GitHub's limit on an issue comment body, in characters. */
export const PR_COMMENT_MAX_LENGTH = 65536

/**
 * Room for the report once the marker line is in (the marker of the longest agent name is under
 * 100 characters): the length to render the body to, e.g. renderSummary(report, { maxLength }).
 */
export const PR_COMMENT_BODY_MAX_LENGTH = PR_COMMENT_MAX_LENGTH - 100

export interface PullRequestRef {
  owner: string
  repo: string
  issueNumber: number
}

export interface UpsertCommentOptions extends PullRequestRef {
  token: string
  agentName: string
  /** Markdown; the marker is added in front of it. */
  body: string
  /** REST API root; default GITHUB_API_URL, which is how a runner points at GitHub or GHES. */
  apiUrl?: string
}

export type UpsertCommentResult =
  | { outcome: 'created' | 'updated' | 'unchanged'; commentId: number; url: string }
  /** The token may not write comments (a fork's read-only token): reported as a warning. */
  | { outcome: 'forbidden'; message: string }

export function commentMarker(agentName: string): string {
  return `<!-- agentcore-role-action:${agentName} -->`
}

/** The pull request this run is for, or undefined when the event is not a pull request's. */
export function pullRequestFromContext(): PullRequestRef | undefined {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') {
    return undefined
  }
  const issueNumber = context.payload.pull_request?.number
  if (typeof issueNumber !== 'number') return undefined
  return { ...context.repo, issueNumber }
}

/** Creates the agent's comment, or edits it in place when an earlier run left one. */
export async function upsertPullRequestComment(
  options: UpsertCommentOptions
): Promise<UpsertCommentResult> {
  core.setSecret(options.token)
  // A proxy agent is made as Octokit is: undici must be loaded by then (src/bundle/lazyUndici.ts).
  await loadUndici()
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl ?? context.apiUrl })
  const { owner, repo, issueNumber } = options
  const marker = commentMarker(options.agentName)
  const body = withinLimit(`${marker}\n${options.body}`)

  try {
    const author = await tokenLogin(octokit)
    if (author === undefined) {
      const message =
        `comment-on-pr: GitHub did not say which account the token belongs to, so no comment ` +
        `was written on pull request #${issueNumber} (only the token's own comment is ever edited); ` +
        'the job summary has the same report.'
      log.warning(message)
      return { outcome: 'forbidden', message }
    }
    const existing = await findComment(octokit, options, marker, author)
    if (existing?.body === body) {
      return { outcome: 'unchanged', commentId: existing.id, url: existing.html_url }
    }
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
      })
      return { outcome: 'updated', commentId: data.id, url: data.html_url }
    }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body
    })
    return { outcome: 'created', commentId: data.id, url: data.html_url }
  } catch (error) {
    if ((error as { status?: number }).status !== 403) throw error
    const message =
      `comment-on-pr: the token may not comment on pull request #${issueNumber} ` +
      `(403: ${(error as Error).message}). A pull request from a fork gets a read-only token; ` +
      'the job summary has the same report. Otherwise grant `permissions: pull-requests: write`.'
    log.warning(message)
    return { outcome: 'forbidden', message }
  }
}

type Octokit = ReturnType<typeof getOctokit>

/**
 * The login of the account behind the token, as comments name their author: GraphQL's `viewer`,
 * which answers for the workflow's GITHUB_TOKEN (`github-actions[bot]`), for other GitHub App
 * installation tokens (`app-slug[bot]`) and for personal access tokens alike (REST's GET /user
 * refuses installation tokens). Undefined when GitHub does not answer with one.
 */
async function tokenLogin(octokit: Octokit): Promise<string | undefined> {
  const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>(
    'query { viewer { login } }'
  )
  const login = answer.viewer?.login
  return typeof login === 'string' && login !== '' ? login : undefined
}

/**
 * Ours: written by the token's own account and starting with the marker. Anyone may post a comment
 * that starts with the marker; only the author check keeps the action from editing theirs.
 */
async function findComment(
  octokit: Octokit,
  { owner, repo, issueNumber }: PullRequestRef,
  marker: string,
  author: string
): Promise<{ id: number; body?: string; html_url: string } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  for await (const { data } of pages) {
    const found = data.find(
      (comment) => comment.user?.login === author && comment.body?.startsWith(marker)
    )
    if (found) return found
  }
  return undefined
}

/** A safety net behind the caller's rendering limit: cut at a line, close an open fence, say so. */
function withinLimit(body: string): string {
  if (body.length <= PR_COMMENT_MAX_LENGTH) return body
  const note =
    '\n\n_Comment truncated to GitHub’s 65536-character limit; the job summary has the full report._\n'
  // Room for the fence the cut may have to close: no longer than the longest backtick run.
  const room = PR_COMMENT_MAX_LENGTH - note.length - longestBacktickRun(body) - 1
  const cut = closeOpenFences(body.slice(0, body.lastIndexOf('\n', room)))
  return cut + note
}
