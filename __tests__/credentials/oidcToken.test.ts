import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../../__fixtures__/core.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { decodeTokenClaims, fetchOidcToken, forkPullRequest } =
  await import('../../src/credentials/oidcToken.ts')
const { ActionError } = await import('../../src/common/errors.ts')

const tokenEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}
const noSleep = jest.fn(async () => {})
const directory = mkdtempSync(path.join(tmpdir(), 'oidc-token-test-'))

function eventFile(payload: unknown): string {
  const file = path.join(directory, `event-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return file
}

function pullRequestEvent(head: string | null, base: string, fork: boolean) {
  return {
    pull_request: {
      head: { repo: head === null ? null : { full_name: head, fork } },
      base: { repo: { full_name: base } }
    }
  }
}

/** The message core.getIDToken throws for an HTTP failure (status undefined: network error). */
function getIdTokenError(status: number | undefined): Error {
  return new Error(
    `Error message: Failed to get ID Token. \n \n        Error Code : ${status}\n \n        Error Message: failed`
  )
}

afterAll(() => rmSync(directory, { recursive: true, force: true }))

beforeEach(() => {
  core.getIDToken.mockReset()
})

describe('fetchOidcToken', () => {
  it('fails plainly, without asking GitHub, when the job lacks id-token: write', async () => {
    const failure = fetchOidcToken('sts.amazonaws.com', { env: {}, sleep: noSleep })
    await expect(failure).rejects.toBeInstanceOf(ActionError)
    await expect(failure).rejects.toThrow(/permissions: id-token: write/)
    expect(core.getIDToken).not.toHaveBeenCalled()
  })

  it('says that forks get no OIDC token, and what to do', async () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(pullRequestEvent('someone/app', 'octo/app', true))
    }
    const message = await fetchOidcToken('sts.amazonaws.com', { env }).catch(
      (error: Error) => error.message
    )
    expect(message).toContain('id-token: write')
    expect(message).toContain('fork someone/app into octo/app')
    expect(message).toContain('pull_request_target')
    expect(message.split('\n')[0]).not.toContain('fork')
  })

  it('names a deleted fork as such', async () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(pullRequestEvent(null, 'octo/app', true))
    }
    const message = await fetchOidcToken('sts.amazonaws.com', { env }).catch(
      (error: Error) => error.message
    )
    expect(message).toContain('a pull request from a since deleted fork into octo/app')
  })

  it('returns the token and masks it at once', async () => {
    core.getIDToken.mockResolvedValue('header.payload.signature')
    await expect(fetchOidcToken('sts.amazonaws.com', { env: tokenEnv })).resolves.toBe(
      'header.payload.signature'
    )
    expect(core.getIDToken).toHaveBeenCalledWith('sts.amazonaws.com')
    expect(core.setSecret).toHaveBeenCalledWith('header.payload.signature')
  })

  it.each([500, 503, undefined])('retries a %s failure', async (status) => {
    core.getIDToken.mockRejectedValueOnce(getIdTokenError(status)).mockResolvedValue('a.b.c')
    await expect(fetchOidcToken('aud', { env: tokenEnv, sleep: noSleep })).resolves.toBe('a.b.c')
    expect(core.getIDToken).toHaveBeenCalledTimes(2)
  })

  it('fails at once on a 4xx answer', async () => {
    core.getIDToken.mockRejectedValue(getIdTokenError(403))
    await expect(fetchOidcToken('aud', { env: tokenEnv, sleep: noSleep })).rejects.toThrow(
      new Error(
        'Could not get the GitHub OIDC token for audience aud after 1 attempt: the token service answered HTTP 403: failed'
      )
    )
    expect(core.getIDToken).toHaveBeenCalledTimes(1)
  })

  it('gives up after 3 attempts when GitHub keeps failing', async () => {
    core.getIDToken.mockRejectedValue(getIdTokenError(502))
    const failure = fetchOidcToken('aud', { env: tokenEnv, sleep: noSleep })
    await expect(failure).rejects.toBeInstanceOf(ActionError)
    await expect(failure).rejects.toThrow(
      'after 3 attempts: the token service answered HTTP 502: failed'
    )
    expect(core.getIDToken).toHaveBeenCalledTimes(3)
  })

  it('says when the token service cannot be reached at all', async () => {
    core.getIDToken.mockRejectedValue(getIdTokenError(undefined))
    await expect(fetchOidcToken('aud', { env: tokenEnv, sleep: noSleep })).rejects.toThrow(
      'after 3 attempts: the token service could not be reached (failed)'
    )
  })

  it('shows an error of another shape as it is', async () => {
    core.getIDToken.mockRejectedValue(new Error('Response json body do not have ID Token field'))
    await expect(fetchOidcToken('aud', { env: tokenEnv, sleep: noSleep })).rejects.toThrow(
      new Error(
        'Could not get the GitHub OIDC token for audience aud after 1 attempt: Response json body do not have ID Token field'
      )
    )
  })
})

describe('forkPullRequest', () => {
  it.each([
    [
      'a fork',
      pullRequestEvent('someone/app', 'octo/app', true),
      { head: 'someone/app', base: 'octo/app' }
    ],
    [
      'another repository not flagged as fork',
      pullRequestEvent('other/app', 'octo/app', false),
      { head: 'other/app', base: 'octo/app' }
    ],
    ['a deleted fork', pullRequestEvent(null, 'octo/app', false), { head: null, base: 'octo/app' }],
    ['a branch of the same repository', pullRequestEvent('octo/app', 'octo/app', false), undefined],
    [
      'nothing in a payload that does not say where the head lives',
      { pull_request: { head: { ref: 'feature' }, base: { ref: 'main' } } },
      undefined
    ]
  ])('recognizes %s', (_case, payload, expected) => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(payload) }
    expect(forkPullRequest(env)).toEqual(expected)
  })

  it('ignores pull_request_target (it runs in the base repository, with a token)', () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: eventFile(pullRequestEvent('someone/app', 'octo/app', true))
    }
    expect(forkPullRequest(env)).toBeUndefined()
  })
})

describe('decodeTokenClaims', () => {
  it('reads the payload of a JWT', () => {
    const payload = Buffer.from(
      JSON.stringify({ sub: 'repo:octo/app:ref:refs/heads/main', aud: 'sts.amazonaws.com' })
    ).toString('base64url')
    expect(decodeTokenClaims(`e30.${payload}.sig`)).toEqual({
      sub: 'repo:octo/app:ref:refs/heads/main',
      aud: 'sts.amazonaws.com'
    })
  })

  it.each(['', 'not-a-jwt', 'a.%%%.c', `a.${Buffer.from('"text"').toString('base64url')}.c`])(
    'returns undefined for %j',
    (token) => {
      expect(decodeTokenClaims(token)).toBeUndefined()
    }
  )
})
