// Local IAM policy evaluation, used only when the caller may not call SimulatePrincipalPolicy.
//
// The matching is done by pbac (MIT): it decides whether a statement's Action/NotAction,
// Resource/NotResource and each condition match a request. pbac departs from IAM in a few places,
// which this wrapper corrects by normalising its inputs rather than by matching on its own
// (each correction is exercised against @cloud-copilot/iam-simulate in
// __tests__/localPolicyEvaluation.test.ts):
// - pbac reads only the first key of a condition operator (`{StringEquals: {a: 1, b: 2}}` checks a
//   only): every (operator, key) pair is evaluated on its own and a statement matches when all do.
// - a key missing from the request makes pbac compare the key's own name (so `StringLike {k: *}`
//   matched): missing keys follow IAM's rule here instead (false, except IfExists, negated
//   operators and ForAllValues).
// - action names are case-insensitive in IAM, case-sensitive in pbac: both sides are lower-cased.
//   Condition key names are case-insensitive too: policy keys, policy variables in resources and
//   request keys are lower-cased.
// - pbac needs arrays where IAM accepts a single string, and numbers for Numeric operators; a
//   policy value that is falsy in JavaScript (`false`) never matched, so values are strings.
// - pbac's ArnLike lets no `*` cross a colon, IAM's lets it within the resource field
//   (`log-group:/aws/*` matches `log-group:/aws/x:log-stream:s`): see operandConversion.
// - pbac's `Null` wants booleans and mis-evaluates `Null: false`: `Null` only asks whether the key
//   is present, which is answered here without pbac.
// - pbac does not say which statements matched: evaluating statement by statement gives the
//   matched statements IAM would name, and the Deny-beats-Allow and permissions-boundary logic
//   below is IAM's documented evaluation order for identity policies in one account.
import PBAC from 'pbac'
import { POLICY_VERSION } from '../common/model.ts'
import type { MatchedPolicyStatement, PolicyDocument, PolicyStatement } from '../common/model.ts'

/** A policy of the caller, named as IAM's MatchedStatements would name it. */
export interface NamedPolicy {
  /** Inline policy name, or managed policy ARN. */
  id: string
  /** role, user, group (inline), user-managed, aws-managed, permissions-boundary. */
  type: string
  document: PolicyDocument
}

export interface LocalRequest {
  action: string
  resource: string
  /** Condition keys present in the request, e.g. `{'iam:PassedToService': 'codebuild.amazonaws.com'}`. */
  context: Record<string, string | string[]>
}

export interface LocalPolicySet {
  identityPolicies: NamedPolicy[]
  permissionsBoundary?: NamedPolicy
}

export interface LocalDecision {
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny'
  /** Deny statements for explicitDeny, Allow statements for allowed, none for implicitDeny. */
  matchedStatements: MatchedPolicyStatement[]
  /** True when the identity policies allow but the permissions boundary does not. */
  deniedByBoundary: boolean
  /** Statements pbac could not evaluate (unsupported condition operator): the answer is not proof. */
  unevaluable: MatchedPolicyStatement[]
}

interface Matches {
  allow: MatchedPolicyStatement[]
  deny: MatchedPolicyStatement[]
  unevaluable: MatchedPolicyStatement[]
}

export function evaluateLocally(request: LocalRequest, policies: LocalPolicySet): LocalDecision {
  const identity = matchStatements(policies.identityPolicies, request)
  const boundary = policies.permissionsBoundary
    ? matchStatements([policies.permissionsBoundary], request)
    : undefined
  const unevaluable = [...identity.unevaluable, ...(boundary?.unevaluable ?? [])]
  const denies = [...identity.deny, ...(boundary?.deny ?? [])]
  if (denies.length > 0) {
    return {
      decision: 'explicitDeny',
      matchedStatements: denies,
      deniedByBoundary: false,
      unevaluable
    }
  }
  if (identity.allow.length === 0) {
    return { decision: 'implicitDeny', matchedStatements: [], deniedByBoundary: false, unevaluable }
  }
  if (boundary && boundary.allow.length === 0) {
    return { decision: 'implicitDeny', matchedStatements: [], deniedByBoundary: true, unevaluable }
  }
  return {
    decision: 'allowed',
    matchedStatements: identity.allow,
    deniedByBoundary: false,
    unevaluable
  }
}

function matchStatements(policies: NamedPolicy[], request: LocalRequest): Matches {
  const matches: Matches = { allow: [], deny: [], unevaluable: [] }
  const normalisedRequest = normaliseRequest(request)
  for (const policy of policies) {
    policy.document.Statement.forEach((statement, statementIndex) => {
      const reference: MatchedPolicyStatement = {
        sourcePolicyId: policy.id,
        sourcePolicyType: policy.type,
        statementIndex,
        ...(statement.Sid ? { sid: statement.Sid } : {})
      }
      try {
        if (!statementMatches(statement, normalisedRequest)) return
      } catch {
        matches.unevaluable.push(reference)
        return
      }
      ;(statement.Effect === 'Deny' ? matches.deny : matches.allow).push(reference)
    })
  }
  return matches
}

interface NormalisedRequest {
  action: string
  resource: string
  /** pbac's nested form, keys lower-cased: `{iam: {passedtoservice: '...'}}`. */
  context: Record<string, Record<string, string | string[]>>
}

function normaliseRequest(request: LocalRequest): NormalisedRequest {
  const context: NormalisedRequest['context'] = {}
  for (const [key, value] of Object.entries(request.context)) {
    const [prefix, name] = splitConditionKey(key)
    context[prefix] = { ...context[prefix], [name]: value }
  }
  return { action: request.action.toLowerCase(), resource: request.resource, context }
}

interface SingleCondition {
  operator: string
  key: string
  /** IAM compares condition values as strings; `true` and `"true"` are the same value. */
  values: string[]
}

function statementMatches(statement: PolicyStatement, request: NormalisedRequest): boolean {
  const scope = normaliseScope(statement)
  if (!pbacMatches(scope, request)) return false
  return singleConditions(statement).every((condition) => {
    const [prefix, name] = splitConditionKey(condition.key)
    const value = request.context[prefix]?.[name]
    if (condition.operator === 'Null') return condition.values.includes(String(value === undefined))
    if (value === undefined) return matchesWhenKeyAbsent(condition.operator)
    const convert = operandConversion(condition.operator)
    return pbacMatches(
      {
        ...scope,
        Condition: { [condition.operator]: { [condition.key]: condition.values.map(convert) } }
      },
      {
        ...request,
        context: {
          [prefix]: { [name]: Array.isArray(value) ? value.map(convert) : convert(value) }
        }
      }
    )
  })
}

/**
 * How both sides of a condition are handed to pbac. Numeric operators compare numbers. IAM's
 * ArnLike matches the five colon-separated fields before the resource one by one and the resource
 * (which may contain colons, as log streams do) as a whole; pbac's `*` never crosses a colon, so
 * colons inside the resource are masked for it.
 */
function operandConversion(operator: string): (operand: string) => string | number {
  if (operator.includes('Numeric')) return Number
  if (operator.includes('Arn')) return maskResourceColons
  return (operand) => operand
}

const ARN_FIELDS_BEFORE_RESOURCE = 5
const MASKED_COLON = '\u0000'

function maskResourceColons(arn: string): string {
  const fields = arn.split(':')
  if (fields.length <= ARN_FIELDS_BEFORE_RESOURCE + 1) return arn
  const resource = fields.slice(ARN_FIELDS_BEFORE_RESOURCE).join(MASKED_COLON)
  return [...fields.slice(0, ARN_FIELDS_BEFORE_RESOURCE), resource].join(':')
}

/** The statement's Action/NotAction and Resource/NotResource in the shape pbac reads, as an Allow. */
function normaliseScope(statement: PolicyStatement): PbacStatement {
  const scope: PbacStatement = { Effect: 'Allow' }
  if (statement.Action !== undefined) scope.Action = lowerCased(statement.Action)
  if (statement.NotAction !== undefined) scope.NotAction = lowerCased(statement.NotAction)
  if (statement.Resource !== undefined) scope.Resource = resourcePatterns(statement.Resource)
  if (statement.NotResource !== undefined)
    scope.NotResource = resourcePatterns(statement.NotResource)
  return scope
}

/** Policy variables (`${aws:PrincipalTag/team}`) name condition keys: lower-cased like the context. */
function resourcePatterns(value: string | string[]): string[] {
  return asArray(value).map((pattern) =>
    pattern.replace(/\$\{([^}]+)\}/g, (_match, key: string) => `\${${key.toLowerCase()}}`)
  )
}

function singleConditions(statement: PolicyStatement): SingleCondition[] {
  return Object.entries(statement.Condition ?? {}).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, value]) => ({
      operator,
      key: key.toLowerCase(),
      values: asArray(value).map(String)
    }))
  )
}

/** IAM: a key absent from the request does not match, unless the operator is built to allow that. */
function matchesWhenKeyAbsent(operator: string): boolean {
  if (operator.startsWith('ForAllValues:')) return true
  if (operator.startsWith('ForAnyValue:')) return false
  if (operator.endsWith('IfExists')) return true
  return operator.includes('Not')
}

/** A statement as handed to pbac: condition operands may be numbers (Numeric operators). */
type PbacStatement = Omit<PolicyStatement, 'Condition'> & {
  Condition?: Record<string, Record<string, Array<string | number>>>
}

interface PbacRequest {
  action: string
  resource: string
  context: Record<string, Record<string, string | number | Array<string | number>>>
}

function pbacMatches(statement: PbacStatement, request: PbacRequest): boolean {
  const engine = new PBAC([{ Version: POLICY_VERSION, Statement: [statement] }], {
    validateSchema: false,
    validatePolicies: false
  })
  return engine.evaluate(request)
}

function splitConditionKey(key: string): [string, string] {
  const lower = key.toLowerCase()
  const colon = lower.indexOf(':')
  return colon === -1 ? ['', lower] : [lower.slice(0, colon), lower.slice(colon + 1)]
}

function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value]
}

function lowerCased(value: string | string[]): string[] {
  return asArray(value).map((item) => item.toLowerCase())
}
