// The one evaluator of identity policies: whether a set of policies (inline, attached, a
// permissions boundary) grants one action on one resource under a request's conditions, by IAM's
// order for identity policies in one account: an explicit Deny that applies wins; otherwise an
// Allow of the identity policies is needed and, with a boundary, an Allow of the boundary too.
//
// Two callers ask it: verification (coverage.ts: does a role grant each grant of a required
// policy? the request is the required statement's, its conditions pinning some keys, the others
// unknown) and the PassRole fallback (checks/passRoleLocal.ts: may the caller pass this role to
// this service? a concrete request, every key known).
import type { CanonicalStatement } from './canonical.ts'
import { canonicalStatement } from './canonical.ts'
import type { PolicyDocument } from '../common/model.ts'
import {
  conditionHolds,
  substituteVariables,
  type ConditionAnswer,
  type RequestContext
} from './conditions.ts'
import { patternCovers, patternsOverlap } from './patterns.ts'

/** A policy that grants, or bounds: its name in findings and its document. */
export interface GrantingPolicy {
  name: string
  /** How IAM names its kind in MatchedStatements (role, user-managed, permissions-boundary...). */
  type?: string
  document: PolicyDocument
}

/** One action on one resource, as a request: its condition keys, and the conditions it is under. */
export interface GrantRequest {
  action: string
  resource: string
  context: RequestContext
  /**
   * The conditions of the required statement this grant comes from (verification): a policy
   * condition on a key the request does not pin is judged against them as written.
   */
  requiredCondition?: Record<string, Record<string, string[]>>
}

/** A statement of a policy, as IAM's MatchedStatements names it. */
export interface StatementRef {
  policy: string
  type?: string
  index: number
  sid?: string
}

export interface GrantDecision {
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny'
  /** The identity Allow statements that grant it (also when a Deny or the boundary wins). */
  allowedBy: StatementRef[]
  /** The Deny statements that apply. */
  deniedBy: StatementRef[]
  /** The identity policies allow it and the permissions boundary does not. */
  deniedByBoundary: boolean
  /** Statements whose conditions could not be evaluated for this request: not proof either way. */
  unevaluable: StatementRef[]
}

/**
 * How a statement's Action/NotAction (or Resource/NotResource) relates to one value of the
 * request. 'grants-all': the element applies to every string the value stands for (a pattern
 * value's wildcards taken literally); 'touches': to at least one (a Deny wins if it might).
 */
export function elementMatches(
  values: string[] | undefined,
  notValues: string[] | undefined,
  required: string,
  ignoreCase: boolean,
  mode: 'grants-all' | 'touches'
): boolean {
  if (values !== undefined) {
    return values.some((value) =>
      mode === 'grants-all'
        ? patternCovers(value, required, ignoreCase)
        : patternsOverlap(value, required, ignoreCase)
    )
  }
  if (notValues !== undefined) {
    return !notValues.some((value) =>
      mode === 'grants-all'
        ? patternsOverlap(value, required, ignoreCase)
        : patternCovers(value, required, ignoreCase)
    )
  }
  return false
}

/** Resource patterns with their policy variables filled from the request, as far as it knows them. */
function resources(values: string[] | undefined, context: RequestContext): string[] | undefined {
  if (!values?.some((value) => value.includes('${'))) return values
  return values.map((value) => substituteVariables(value, context) ?? value)
}

/** Each document's statements in canonical form, computed once (a document is asked many times). */
const canonicalOf = new WeakMap<PolicyDocument, CanonicalStatement[]>()
function canonicalStatements(document: PolicyDocument): CanonicalStatement[] {
  let statements = canonicalOf.get(document)
  if (!statements) {
    statements = document.Statement.map(canonicalStatement)
    canonicalOf.set(document, statements)
  }
  return statements
}

function scopeApplies(
  statement: CanonicalStatement,
  grant: GrantRequest,
  mode: 'grants-all' | 'touches'
): boolean {
  return (
    elementMatches(statement.Action, statement.NotAction, grant.action, true, mode) &&
    elementMatches(
      resources(statement.Resource, grant.context),
      resources(statement.NotResource, grant.context),
      grant.resource,
      false,
      mode
    )
  )
}

/**
 * Are the required values at least as narrow as the granted ones, for one operator? Values are
 * ORed: for a positive operator every required value must be allowed by some granted value; for a
 * negated one every granted exclusion must also be excluded by the required side.
 */
function valuesImplied(operator: string, granted: string[], required: string[]): boolean {
  const wildcard = /like|arn/i.test(operator)
  const ignoreCase = /ignorecase/i.test(operator)
  const covers = (outer: string, inner: string) =>
    wildcard
      ? patternCovers(outer, inner, ignoreCase)
      : ignoreCase
        ? outer.toLowerCase() === inner.toLowerCase()
        : outer === inner
  if (/not/i.test(operator)) return granted.every((g) => required.some((r) => covers(r, g)))
  return required.every((r) => granted.some((g) => covers(g, r)))
}

/**
 * Whether a statement's conditions hold for the grant: each (operator, key) evaluated on the
 * values the request carries; one the request cannot answer is judged against the required
 * statement's conditions as written (the same constraint, or a narrower one, imposed there).
 */
export function conditionsHold(
  condition: CanonicalStatement['Condition'],
  grant: GrantRequest
): ConditionAnswer {
  let answer: ConditionAnswer = 'holds'
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      const filled = values.some((value) => value.includes('${'))
        ? values.map((value) => substituteVariables(value, grant.context))
        : values
      let one: ConditionAnswer = filled.includes(undefined)
        ? 'unknown'
        : conditionHolds(operator, key, filled as string[], grant.context)
      if (one === 'unknown' && grant.requiredCondition) {
        const required = grant.requiredCondition[operator]?.[key]
        one =
          required !== undefined && valuesImplied(operator, values, required) ? 'holds' : 'fails'
      }
      if (one === 'fails') return 'fails'
      if (one === 'unknown') answer = 'unknown'
    }
  }
  return answer
}

interface Matches {
  allow: StatementRef[]
  deny: StatementRef[]
  unevaluable: StatementRef[]
}

function matches(policies: GrantingPolicy[], grant: GrantRequest): Matches {
  const found: Matches = { allow: [], deny: [], unevaluable: [] }
  for (const policy of policies) {
    // Indices as written: IAM's MatchedStatements name a statement by its place in the document.
    canonicalStatements(policy.document).forEach((statement, index) => {
      const mode = statement.Effect === 'Deny' ? 'touches' : 'grants-all'
      if (!scopeApplies(statement, grant, mode)) return
      const ref: StatementRef = {
        policy: policy.name,
        ...(policy.type ? { type: policy.type } : {}),
        index,
        ...(statement.Sid !== undefined ? { sid: statement.Sid } : {})
      }
      const answer = conditionsHold(statement.Condition, grant)
      if (answer === 'unknown') found.unevaluable.push(ref)
      else if (answer === 'holds')
        (statement.Effect === 'Deny' ? found.deny : found.allow).push(ref)
    })
  }
  return found
}

/** IAM's decision for one grant over identity policies and an optional permissions boundary. */
export function decide(
  grant: GrantRequest,
  identity: GrantingPolicy[],
  boundary?: GrantingPolicy
): GrantDecision {
  const own = matches(identity, grant)
  const bound = boundary ? matches([boundary], grant) : undefined
  const deniedBy = [...own.deny, ...(bound?.deny ?? [])]
  const unevaluable = [...own.unevaluable, ...(bound?.unevaluable ?? [])]
  const base = { allowedBy: own.allow, deniedBy, unevaluable }
  if (deniedBy.length > 0) return { ...base, decision: 'explicitDeny', deniedByBoundary: false }
  if (own.allow.length === 0) return { ...base, decision: 'implicitDeny', deniedByBoundary: false }
  if (bound && bound.allow.length === 0) {
    return { ...base, decision: 'implicitDeny', deniedByBoundary: true }
  }
  return { ...base, decision: 'allowed', deniedByBoundary: false }
}

/** A request whose every key is known: the keys given, lower-cased; any other is absent. */
export function concreteRequest(values: Record<string, string | string[]>): RequestContext {
  return {
    complete: true,
    values: Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key.toLowerCase(), [value].flat()])
    )
  }
}

/**
 * What a required statement's conditions say of its requests: each key pinned by an equality
 * operator to values without wildcards; every other key unknown.
 */
export function pinnedRequests(condition: CanonicalStatement['Condition']): RequestContext[] {
  const pinned: Array<[string, string[]]> = []
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    if (!/^(StringEquals|ArnEquals|Bool|NumericEquals)$/.test(operator)) continue
    for (const [key, values] of Object.entries(keys)) {
      if (values.some((value) => /[*?]|\$\{/.test(value))) continue
      pinned.push([key.toLowerCase(), values])
    }
  }
  // One request per combination of the pinned values (values of one key are ORed); past a few
  // dozen combinations the keys are left unknown and judged as written.
  let requests: Array<Record<string, string[]>> = [{}]
  for (const [key, values] of pinned) {
    if (requests.length * values.length > 64) continue
    requests = requests.flatMap((request) =>
      values.map((value) => ({ ...request, [key]: [value] }))
    )
  }
  return requests.map((values) => ({ values, complete: false }))
}
