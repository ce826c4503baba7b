// GitHub Actions' OIDC token service: the runner's ACTIONS_ID_TOKEN_REQUEST_URL answers
// {"value": "<JWT>"} to a bearer request token, with an RS256 token carrying GitHub's claims.
import { createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import type { KeyObject } from 'node:crypto'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
export const GITHUB_PROVIDER_HOST = 'token.actions.githubusercontent.com'

/** The claims of a GitHub Actions OIDC token (every one a string, as GitHub issues them). */
export interface GithubClaims {
  sub: string
  repository: string
  repository_owner: string
  repository_owner_id: string
  repository_id: string
  repository_visibility: string
  ref: string
  ref_type: string
  sha: string
  environment?: string
  workflow: string
  workflow_ref: string
  job_workflow_ref: string
  run_id: string
  run_number: string
  run_attempt: string
  actor: string
  actor_id: string
  event_name: string
  runner_environment: string
  head_ref?: string
  base_ref?: string
}

/** What shapes a run's token; the subject follows GitHub's rules unless given. */
export interface GithubRunIdentity {
  repository?: string
  ref?: string
  environment?: string
  eventName?: string
  sha?: string
  runId?: string
  actor?: string
  workflowFile?: string
  sub?: string
}

export function githubClaims(identity: GithubRunIdentity = {}): GithubClaims {
  const repository = identity.repository ?? 'octo-org/octo-repo'
  const [owner] = repository.split('/')
  const ref = identity.ref ?? 'refs/heads/main'
  const eventName = identity.eventName ?? 'push'
  const workflowFile = identity.workflowFile ?? '.github/workflows/deploy.yml'
  const subject =
    identity.sub ??
    (identity.environment !== undefined
      ? `repo:${repository}:environment:${identity.environment}`
      : eventName === 'pull_request'
        ? `repo:${repository}:pull_request`
        : `repo:${repository}:ref:${ref}`)
  return {
    sub: subject,
    repository,
    repository_owner: owner ?? repository,
    repository_owner_id: '1000001',
    repository_id: '2000002',
    repository_visibility: 'private',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha: identity.sha ?? 'a'.repeat(40),
    environment: identity.environment,
    workflow: 'deploy',
    workflow_ref: `${repository}/${workflowFile}@${ref}`,
    job_workflow_ref: `${repository}/${workflowFile}@${ref}`,
    run_id: identity.runId ?? '4242',
    run_number: '7',
    run_attempt: '1',
    actor: identity.actor ?? 'octocat',
    actor_id: '3000003',
    event_name: eventName,
    runner_environment: 'github-hosted'
  }
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

export type TokenCheck =
  { valid: true; claims: Record<string, unknown> } | { valid: false; reason: string }

export class GithubOidc {
  readonly issuer = GITHUB_ISSUER
  /** The audiences (client IDs) the account's IAM OIDC provider for GitHub accepts. */
  readonly clientIds = new Set(['sts.amazonaws.com'])
  private readonly privateKey: KeyObject
  private readonly publicKey: KeyObject
  private readonly keyId = randomUUID()
  /** Bearer request tokens the token endpoint accepts, each with the claims of its run. */
  private readonly requestTokens = new Map<string, GithubClaims>()
  /** Every ID token minted, so tests can check none of them leaks. */
  private readonly mintedTokens: string[] = []
  /** The bearer token for runs that do not ask for their own claims. */
  readonly defaultRequestToken: string

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = pair.privateKey
    this.publicKey = pair.publicKey
    this.defaultRequestToken = this.createRequestToken()
  }

  /** A bearer token for ACTIONS_ID_TOKEN_REQUEST_TOKEN whose ID tokens carry these claims. */
  createRequestToken(identity: GithubRunIdentity = {}): string {
    const token = randomBytes(24).toString('hex')
    this.requestTokens.set(token, githubClaims(identity))
    return token
  }

  claimsForRequestToken(token: string): GithubClaims | undefined {
    return this.requestTokens.get(token)
  }

  /** Signs an ID token as GitHub does; `lifetimeSeconds` may be negative to mint an expired one. */
  mintToken(claims: GithubClaims, audience: string, lifetimeSeconds = 300): string {
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'RS256', x5t: this.keyId, kid: this.keyId }
    const payload = {
      jti: randomUUID(),
      ...claims,
      aud: audience,
      iss: this.issuer,
      nbf: now - 5,
      iat: now - 5,
      exp: now + lifetimeSeconds
    }
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`
    const signature = createSign('RSA-SHA256').update(signingInput).sign(this.privateKey)
    const token = `${signingInput}.${base64url(signature)}`
    this.mintedTokens.push(token)
    return token
  }

  /** Every bearer request token and ID token this issuer has handed out. */
  issuedTokens(): string[] {
    return [...this.requestTokens.keys(), ...this.mintedTokens]
  }

  /** Checks a token's RS256 signature against this issuer's key, its issuer and its lifetime. */
  verify(token: string): TokenCheck {
    const parts = token.split('.')
    const [header, payload, signature] = parts
    if (parts.length !== 3 || !header || !payload || signature === undefined) {
      return { valid: false, reason: 'malformed' }
    }
    let claims: Record<string, unknown>
    try {
      const parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))
      if (parsedHeader.alg !== 'RS256') return { valid: false, reason: 'signature' }
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      return { valid: false, reason: 'malformed' }
    }
    const signatureValid = createVerify('RSA-SHA256')
      .update(`${header}.${payload}`)
      .verify(this.publicKey, Buffer.from(signature, 'base64url'))
    if (!signatureValid || claims.iss !== this.issuer) return { valid: false, reason: 'signature' }
    const now = Math.floor(Date.now() / 1000)
    if (typeof claims.exp !== 'number' || claims.exp <= now)
      return { valid: false, reason: 'expired' }
    if (typeof claims.nbf === 'number' && claims.nbf > now + 60) {
      return { valid: false, reason: 'not-yet-valid' }
    }
    return { valid: true, claims }
  }
}
