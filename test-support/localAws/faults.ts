// Injected failures, as IAM and STS show them under load or right after a change: throttling,
// 5xx bursts, slow answers, roles not yet visible after CreateRole, and a hook after the Nth write.
import { AwsError } from './queryProtocol.ts'

/** Which calls a rule hits: every Nth, each with a probability (seeded PRNG), or the next N. */
export interface FaultSchedule {
  every?: number
  probability?: number
  /** Seed of the PRNG behind `probability`, so a run is reproducible. Default 1. */
  seed?: number
  next?: number
  /** Only these operations (e.g. ['GetRole']); default all IAM and STS operations. */
  operations?: string[]
}

export interface ServerErrorSchedule extends FaultSchedule {
  /** 500 answers ServiceFailure, 503 ServiceUnavailable. Default 500. */
  status?: 500 | 503
}

/**
 * A token bucket, as AWS throttles an account's request rate: `requestsPerSecond` tokens refill
 * continuously up to `burst`; a request finding the bucket empty is answered `Throttling`.
 */
export interface RateLimitRule {
  requestsPerSecond: number
  /** Bucket size: how many requests may arrive at once after a quiet spell. Default requestsPerSecond. */
  burst?: number
  /** Only requests to this service; default IAM and STS alike. */
  service?: 'iam' | 'sts'
}

export interface LatencyRule {
  ms: number
  operations?: string[]
}

/** A created role answers NoSuchEntity to reads for `ms` after its creation and/or its first `reads` reads. */
export interface InvisibleRoleRule {
  ms?: number
  reads?: number
  /** Only roles with these names; default every role created while the rule is on. */
  roleNames?: string[]
}

/** The operations that read a role by name, which eventual consistency affects. */
export const ROLE_READ_OPERATIONS = new Set([
  'GetRole',
  'GetRolePolicy',
  'ListRolePolicies',
  'ListAttachedRolePolicies',
  'ListRoleTags'
])

/** Small seeded PRNG (mulberry32): reproducible fault patterns. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class ScheduledFault {
  private readonly schedule: FaultSchedule
  private readonly makeError: () => AwsError
  private readonly random: () => number
  private matchingCalls = 0
  private remaining: number | undefined

  constructor(schedule: FaultSchedule, makeError: () => AwsError) {
    if (
      schedule.every === undefined &&
      schedule.probability === undefined &&
      schedule.next === undefined
    ) {
      throw new Error('A fault needs `every`, `probability` or `next`.')
    }
    this.schedule = schedule
    this.makeError = makeError
    this.random = seededRandom(schedule.seed ?? 1)
    this.remaining = schedule.next
  }

  /** Counts the call if it matches, and answers the error when the schedule says so. */
  errorFor(operation: string): AwsError | undefined {
    const { every, probability, operations } = this.schedule
    if (operations && !operations.includes(operation)) return undefined
    this.matchingCalls++
    if (this.remaining !== undefined) {
      if (this.remaining === 0) return undefined
      this.remaining--
      return this.makeError()
    }
    if (every !== undefined && this.matchingCalls % every === 0) return this.makeError()
    if (probability !== undefined && this.random() < probability) return this.makeError()
    return undefined
  }
}

class TokenBucket {
  private readonly rule: Required<Omit<RateLimitRule, 'service'>> & Pick<RateLimitRule, 'service'>
  private tokens: number
  private refilledAt = performance.now()

  constructor(rule: RateLimitRule) {
    if (!(rule.requestsPerSecond > 0)) throw new Error('A rate limit needs requestsPerSecond > 0.')
    this.rule = { ...rule, burst: rule.burst ?? rule.requestsPerSecond }
    this.tokens = this.rule.burst
  }

  /** Takes a token for the request, or answers the throttling error when none is left. */
  errorFor(service: string | undefined): AwsError | undefined {
    if (this.rule.service !== undefined && service !== this.rule.service) return undefined
    const now = performance.now()
    const refill = ((now - this.refilledAt) / 1000) * this.rule.requestsPerSecond
    this.tokens = Math.min(this.rule.burst, this.tokens + refill)
    this.refilledAt = now
    if (this.tokens < 1) return new AwsError('Throttling', 'Rate exceeded')
    this.tokens -= 1
    return undefined
  }
}

interface CreatedRole {
  createdAt: number
  readsServed: number
  rule: InvisibleRoleRule
}

interface WriteHook {
  writesLeft: number
  callback: () => void
}

/** Requests the endpoint accepts and never answers (a black-holed endpoint). */
export interface SilenceRule {
  service?: 'iam' | 'sts'
  operations?: string[]
}

interface OperationHook {
  operation: string
  callback: (params: ReadonlyMap<string, string>) => void
}

export class Faults {
  private silenceRules: SilenceRule[] = []
  private operationHooks: OperationHook[] = []
  private errorRules: ScheduledFault[] = []
  private rateLimits: TokenBucket[] = []
  private latencyRules: LatencyRule[] = []
  private invisibleRule: InvisibleRoleRule | undefined
  private createdRoles = new Map<string, CreatedRole>()
  private writeHooks: WriteHook[] = []

  /** Answer `Throttling` (HTTP 400, "Rate exceeded") on the scheduled calls. */
  throttle(schedule: FaultSchedule): void {
    this.errorRules.push(
      new ScheduledFault(schedule, () => new AwsError('Throttling', 'Rate exceeded'))
    )
  }

  /** Answer 5xx on the scheduled calls: a burst is `{ next: N }`. */
  serverErrors(schedule: ServerErrorSchedule): void {
    this.errorRules.push(
      new ScheduledFault(schedule, () =>
        schedule.status === 503
          ? new AwsError('ServiceUnavailable', 'Service Unavailable')
          : new AwsError(
              'ServiceFailure',
              'The request processing has failed because of an unknown error, exception or failure.'
            )
      )
    )
  }

  /** Throttle requests beyond a sustained rate (token bucket), as an account's request quota does. */
  rateLimit(rule: RateLimitRule): void {
    this.rateLimits.push(new TokenBucket(rule))
  }

  /** Delay every answer (or those of some operations) by `ms`. */
  latency(rule: number | LatencyRule): void {
    this.latencyRules.push(typeof rule === 'number' ? { ms: rule } : rule)
  }

  /** Make roles created from now on invisible to reads for a while, as IAM's eventual consistency does. */
  roleInvisibleAfterCreate(rule: InvisibleRoleRule): void {
    if (rule.ms === undefined && rule.reads === undefined) {
      throw new Error('roleInvisibleAfterCreate needs `ms` or `reads`.')
    }
    this.invisibleRule = rule
  }

  /**
   * Call `callback` once, right after the `n`th successful write from now has been answered.
   * Returns a function that cancels the hook.
   */
  onWriteAnswered(n: number, callback: () => void): () => void {
    const hook = { writesLeft: n, callback }
    this.writeHooks.push(hook)
    return () => {
      this.writeHooks = this.writeHooks.filter((other) => other !== hook)
    }
  }

  /** Accept the matching requests and never answer them (the connection stays open). */
  neverAnswer(rule: SilenceRule = {}): void {
    this.silenceRules.push(rule)
  }

  /**
   * Call `callback` once, when the next request for `operation` arrives and before it is handled:
   * e.g. someone creates a role between the action's read and its CreateRole.
   */
  beforeNext(operation: string, callback: (params: ReadonlyMap<string, string>) => void): void {
    this.operationHooks.push({ operation, callback })
  }

  clear(): void {
    this.silenceRules = []
    this.operationHooks = []
    this.errorRules = []
    this.rateLimits = []
    this.latencyRules = []
    this.invisibleRule = undefined
    this.createdRoles.clear()
    this.writeHooks = []
  }

  // Used by the server.

  silences(operation: string, service: string): boolean {
    return this.silenceRules.some(
      (rule) =>
        (!rule.service || rule.service === service) &&
        (!rule.operations || rule.operations.includes(operation))
    )
  }

  runHooksBefore(operation: string, params: ReadonlyMap<string, string>): void {
    const due = this.operationHooks.filter((hook) => hook.operation === operation)
    this.operationHooks = this.operationHooks.filter((hook) => hook.operation !== operation)
    for (const hook of due) hook.callback(params)
  }

  delayFor(operation: string): number {
    return this.latencyRules
      .filter((rule) => !rule.operations || rule.operations.includes(operation))
      .reduce((total, rule) => total + rule.ms, 0)
  }

  errorFor(operation: string, service?: string): AwsError | undefined {
    let error: AwsError | undefined
    for (const rule of this.errorRules) error = rule.errorFor(operation) ?? error
    // A request already failed by a scheduled fault never reached the rate limiter.
    if (error) return error
    for (const bucket of this.rateLimits) error = bucket.errorFor(service) ?? error
    return error
  }

  roleCreated(roleName: string): void {
    const rule = this.invisibleRule
    if (rule && (!rule.roleNames || rule.roleNames.includes(roleName))) {
      this.createdRoles.set(roleName.toLowerCase(), { createdAt: Date.now(), readsServed: 0, rule })
    }
  }

  /** Whether this read of a role should not see it yet; counts the read. */
  hidesRole(roleName: string): boolean {
    const created = this.createdRoles.get(roleName.toLowerCase())
    if (!created) return false
    const { ms, reads } = created.rule
    const withinTime = ms !== undefined && Date.now() - created.createdAt < ms
    const withinReads = reads !== undefined && created.readsServed < reads
    created.readsServed++
    return withinTime || withinReads
  }

  writeAnswered(): void {
    for (const hook of this.writeHooks) {
      hook.writesLeft--
      if (hook.writesLeft === 0) hook.callback()
    }
    this.writeHooks = this.writeHooks.filter((hook) => hook.writesLeft > 0)
  }
}
