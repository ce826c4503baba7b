// The workflow's GitHub OIDC token: fetched once (network and 5xx failures retried, bounded),
// masked at once, and explained plainly when the job cannot have one.
import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { jwtDecode } from 'jwt-decode'
import * as log from '../common/log.ts'
import { ActionError } from '../common/errors.ts'

/** Our attempts around core.getIDToken (which itself retries 502/503/504). */
const TOKEN_FETCH_ATTEMPTS = 3
const TOKEN_RETRY_BASE_DELAY_MS = 1000
/** Pull-request events whose workflows run in the head repository's context (no OIDC for forks). */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
])

export interface OidcTokenOptions {
  env?: NodeJS.ProcessEnv
  sleep?: (milliseconds: number) => Promise<void>
}

/** The claims of a GitHub OIDC token that decide whether a trust policy accepts it. */
export interface OidcClaims {
  iss?: string
  sub?: string
  aud?: string | string[]
  repository?: string
  ref?: string
  environment?: string
  job_workflow_ref?: string
  [claim: string]: unknown
}

interface ForkPullRequest {
  /** The fork's full name; null when the fork has since been deleted. */
  head: string | null
  base: string
}

const wait = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds))

/** A pull request from a fork, read from the event payload; undefined for anything else. */
export function forkPullRequest(env: NodeJS.ProcessEnv): ForkPullRequest | undefined {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH) {
    return undefined
  }
  let payload: {
    pull_request?: {
      head?: { repo?: { fork?: boolean; full_name?: string } | null }
      base?: { repo?: { full_name?: string } }
    }
  }
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return undefined
  }
  const pullRequest = payload.pull_request
  // GitHub sends head.repo null once a fork is deleted; a payload without it says nothing either way.
  const headRepo = pullRequest?.head?.repo
  if (headRepo === undefined) return undefined
  const base = pullRequest?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY ?? 'this repository'
  if (headRepo === null) return { head: null, base }
  const head = headRepo.full_name ?? ''
  return headRepo.fork === true || head !== base ? { head, base } : undefined
}

function missingTokenMessage(env: NodeJS.ProcessEnv): string {
  const lines = [
    'The job has no GitHub OIDC token, which role-to-assume needs: grant `permissions: id-token: write` to the job (or the workflow).',
    'GitHub sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN only for jobs that may request an ID token. Example:',
    '  permissions:',
    '    id-token: write',
    '    contents: read',
    'Running outside GitHub Actions (e.g. with @github/local-action)? Leave role-to-assume empty to use the AWS credentials of your environment.'
  ]
  const fork = forkPullRequest(env)
  if (fork) {
    const source = fork.head === null ? 'a since deleted fork' : `the fork ${fork.head}`
    lines.push(
      `This run is for a pull request from ${source} into ${fork.base}: GitHub gives workflows run for pull requests from forks no OIDC token, whatever the permissions say.`,
      "Skip this step for forks (if: github.event.pull_request.head.repo.full_name == github.repository), or use pull_request_target with care: it runs with the base repository's permissions, so never check out and run the fork's code in that job."
    )
  }
  return lines.join('\n')
}

interface TokenFetchFailure {
  /** The HTTP status; 'none' when the request got no answer; undefined when not an HTTP failure. */
  status?: string
  detail: string
}

/** core.getIDToken wraps HTTP failures as "... Error Code : <status> ... Error Message: <text>". */
function parseTokenFetchFailure(error: unknown): TokenFetchFailure {
  const text = ((error as Error).message ?? String(error)).replace(/\s+/g, ' ').trim()
  const match = /Error Code\s*:\s*(\S+)\s*Error Message:\s*(.*)$/.exec(text)
  if (!match) return { detail: text }
  const [, status = '', detail = ''] = match
  return { status: status === 'undefined' ? 'none' : status, detail }
}

function isRetryable({ status }: TokenFetchFailure): boolean {
  if (status === undefined) return false
  if (status === 'none') return true
  const code = Number(status)
  return code >= 500 || code === 429
}

function describeTokenFetchFailure({ status, detail }: TokenFetchFailure): string {
  if (status === undefined) return detail
  if (status === 'none') return `the token service could not be reached (${detail})`
  return `the token service answered HTTP ${status}: ${detail}`
}

/** Fetches the token for `audience` and masks it before anything else can print it. */
export async function fetchOidcToken(
  audience: string,
  options: OidcTokenOptions = {}
): Promise<string> {
  const env = options.env ?? process.env
  const sleep = options.sleep ?? wait
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ActionError(missingTokenMessage(env))
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const token = await core.getIDToken(audience)
      core.setSecret(token)
      return token
    } catch (error) {
      const failure = parseTokenFetchFailure(error)
      if (attempt < TOKEN_FETCH_ATTEMPTS && isRetryable(failure)) {
        log.info(`Fetching the GitHub OIDC token failed (attempt ${attempt}); retrying.`)
        await sleep(TOKEN_RETRY_BASE_DELAY_MS * 2 ** (attempt - 1))
        continue
      }
      const attempts = attempt === 1 ? '1 attempt' : `${attempt} attempts`
      throw new ActionError(
        `Could not get the GitHub OIDC token for audience ${audience} after ${attempts}: ${describeTokenFetchFailure(failure)}`
      )
    }
  }
}

/** The token's claims (its payload only; the signature is never looked at, nor printed). */
export function decodeTokenClaims(token: string): OidcClaims | undefined {
  try {
    const claims: unknown = jwtDecode(token)
    return typeof claims === 'object' && claims !== null ? (claims as OidcClaims) : undefined
  } catch {
    return undefined
  }
}
