// The IAM and STS clients every stage shares: one region, one credential source, one retry policy.
//
// Retry policy. The SDK classifies every failure; we give each class its own budget:
// - Never retried: AccessDenied, validation, NoSuchEntity and every other client error, so a
//   request that cannot succeed fails on its first answer. IAM's LimitExceeded (an account quota:
//   roles per account, policy size, tags per role) is one of them, although the SDK lists it among
//   its throttling codes: waiting does not lift a quota.
// - Transient errors (5xx, timeouts, connection resets, and errors the service model marks
//   retryable, such as STS's IDPCommunicationError when the OIDC issuer was unreachable): the SDK's
//   standard strategy, at most MAX_ATTEMPTS = 12 attempts with full-jitter backoff: retry n waits
//   random(0, min(3 s, 200 ms * 2^(n-1))), so a call that never succeeds waits at most
//   0.2 + 0.4 + 0.8 + 1.6 + 7 * 3 = 24 s (12 s expected). (A service that is down should fail the
//   job within a minute.)
// - Throttling: IAM's request rate is per account, so parallel jobs on one account (a matrix)
//   share it, and a throttled call may have to wait until the others have drained it. With the
//   budget above, 43 of 50 parallel runs against an IAM allowing 20 requests/s failed (the batch
//   needs about 50 s of the account's rate; a call gave up after at most 24 s). Throttling gets a
//   longer budget: at most THROTTLED_MAX_ATTEMPTS = 16 attempts, retry n waiting
//   random(0, min(10 s, 1 s * 2^(n-1))) (1 s is the SDK's own base for throttling), so a call
//   throttled on every attempt waits at most 1 + 2 + 4 + 8 + 11 * 10 = 125 s (about a minute
//   expected) and a call throttled once waits 0.5 s on average. All 50 runs then succeed.
//   (The SDK's adaptive mode, a client-side rate limiter, did worse here: a short-lived process
//   has no measured rate yet, so its first throttle drops the client to 0.5 requests/s; 10
//   parallel runs took 2.5 times as long, 50 took 12% longer.)
// Both classes count attempts together, so a call ends after 16 attempts whatever the mix, and a
// transient error ends it from the 12th attempt on. Each class keeps the SDK's retry quota
// (500 tokens; 5 per throttled retry, 14 per other retry; refunded on success), which stops retry
// storms when a service is down. A Retry-After hint may lengthen a wait by at most 5 s.
// - No answer: each attempt is bounded (connect 3 s, whole request 10 s), and a call that timed out
//   is tried at most TIMEOUT_MAX_ATTEMPTS = 3 times, so an endpoint that accepts connections and
//   never answers fails the step in about 30 s, naming the operation, instead of retrying for
//   minutes. (The SDK names connection resets TimeoutError too; they get the same short budget.)
// Every error leaves the client with the operation it came from ($operation: "IAM GetRole"), so
// the message a person reads names it.
import { IAMClient } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import pLimit from 'p-limit'
import { operationOf } from '../common/errors.ts'
import type {
  AwsCredentialIdentity,
  MiddlewareStack,
  RetryErrorInfo,
  RetryStrategyV2,
  StandardRetryToken
} from '@smithy/types'

export const MAX_ATTEMPTS = 12
export const THROTTLED_MAX_ATTEMPTS = 16
const BACKOFF_BASE_MS = 200
const BACKOFF_CAP_MS = 3000
const THROTTLED_BACKOFF_BASE_MS = 1000
const THROTTLED_BACKOFF_CAP_MS = 10_000
const CONNECTION_TIMEOUT_MS = 3000
const REQUEST_TIMEOUT_MS = 10_000
export const TIMEOUT_MAX_ATTEMPTS = 3
/**
 * The most requests one client has in flight (and as many sockets, so none queues in the agent).
 * One agent's read wave is about a dozen requests and ten agents' about a hundred, which go out
 * together; fifty agents' requests would otherwise all go out at once and throttle themselves
 * against the account's request rate, so they go out in waves. Each attempt waits for a free
 * slot; a retry's backoff holds none.
 */
export const MAX_IN_FLIGHT = 128
const MAX_SOCKETS = MAX_IN_FLIGHT
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

/** Full-jitter exponential backoff after a transient error: the wait before retry number `attempt` (1-based), in ms. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)))
}

/** Full-jitter exponential backoff after throttling: the wait before retry number `attempt` (1-based), in ms. */
export function throttledBackoffDelayMs(
  attempt: number,
  random: () => number = Math.random
): number {
  return Math.floor(
    random() * Math.min(THROTTLED_BACKOFF_CAP_MS, THROTTLED_BACKOFF_BASE_MS * 2 ** (attempt - 1))
  )
}

/** IAM's answer when an account quota is reached; the SDK counts its name as throttling. */
function isQuotaError(errorInfo: RetryErrorInfo): boolean {
  return errorInfo.error?.name === 'LimitExceededException'
}

/**
 * Routes each retry by the SDK's classification of the error: throttling to a strategy with a long
 * budget, everything else to one with a short budget (which refuses what is not retryable).
 */
class RetryByErrorClass implements RetryStrategyV2 {
  private readonly throttled = new ConfiguredRetryStrategy(THROTTLED_MAX_ATTEMPTS, (attempt) =>
    throttledBackoffDelayMs(attempt)
  )
  private readonly other = new ConfiguredRetryStrategy(MAX_ATTEMPTS, (attempt) =>
    backoffDelayMs(attempt)
  )

  /** Both strategies hand out the same first token (no retry yet, no cost). */
  acquireInitialRetryToken(scope: string) {
    return this.throttled.acquireInitialRetryToken(scope)
  }

  refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo) {
    if (isQuotaError(errorInfo)) return Promise.reject(new Error('An IAM quota is not retried'))
    if (
      errorInfo.error?.name === 'TimeoutError' &&
      token.getRetryCount() + 1 >= TIMEOUT_MAX_ATTEMPTS
    ) {
      return Promise.reject(new Error('A call that keeps timing out is not retried further'))
    }
    return errorInfo.errorType === 'THROTTLING'
      ? this.throttled.refreshRetryTokenForRetry(token, errorInfo)
      : this.other.refreshRetryTokenForRetry(token, errorInfo)
  }

  /**
   * Refunds the token's retry cost to both quotas, since either may have paid it (each is capped
   * at full, so the other's gain is bounded).
   */
  recordSuccess(token: StandardRetryToken): void {
    this.throttled.recordSuccess(token)
    this.other.recordSuccess(token)
  }
}

/** Client settings every client shares; each client gets its own strategy (quota) and sockets. */
export function sharedClientConfig(options: AwsClientOptions) {
  return {
    region: options.region,
    credentials: options.credentials,
    // Only sent in the amz-sdk-request header (attempt=n; max=16): the strategy decides.
    maxAttempts: THROTTLED_MAX_ATTEMPTS,
    retryStrategy: new RetryByErrorClass(),
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

/** Labels every error of `client` with the operation (service and command) that failed. */
export function nameFailingOperations<Client extends { middlewareStack: unknown }>(
  client: Client,
  service: string
): Client {
  const stack = client.middlewareStack as unknown as MiddlewareStack<object, object>
  stack.add(
    (next, context) => async (args) => {
      try {
        return await next(args)
      } catch (error) {
        if (error instanceof Error && operationOf(error) === undefined) {
          const command = String(context.commandName ?? 'request').replace(/Command$/, '')
          Object.defineProperty(error, '$operation', { value: `${service} ${command}` })
        }
        throw error
      }
    },
    { step: 'initialize', name: 'nameFailingOperation' }
  )
  return client
}

/** Bounds the requests of `client` in flight to MAX_IN_FLIGHT, per attempt (below the retries). */
function boundInFlight<Client extends IAMClient | STSClient>(client: Client): Client {
  const limit = pLimit(MAX_IN_FLIGHT)
  const stack = client.middlewareStack as unknown as MiddlewareStack<object, object>
  stack.add((next) => (args) => limit(() => next(args)), {
    step: 'finalizeRequest',
    priority: 'low',
    name: 'boundRequestsInFlight'
  })
  return client
}

/** IAM and STS clients for the region; credentials from the session, or the SDK's default chain. */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  return {
    iam: boundInFlight(nameFailingOperations(new IAMClient(sharedClientConfig(options)), 'IAM')),
    sts: nameFailingOperations(new STSClient(sharedClientConfig(options)), 'STS')
  }
}
