// Coverage: does a set of policies grant at least what a required policy grants? And is a trust
// policy at least as strict as the desired one? The answer lists what is missing, as data.
import {
  asList,
  canonicalStatement,
  describeElement,
  sortedUnique,
  uniqueIgnoringCase
} from './canonical.ts'
import type { PolicyDocument, PolicyStatement } from '../common/model.ts'
import { normalizePolicy, policiesEquivalent } from './canonical.ts'
import type { CanonicalStatement } from './canonical.ts'
import { patternCovers, patternsOverlap } from './patterns.ts'

/** One grant (action on resource, under conditions) a required policy has and the others lack. */
export interface MissingGrant {
  sid?: string
  effect: 'Allow' | 'Deny'
  /** One action; for a statement that can only be matched whole, its NotAction list. */
  action: string
  /** One resource; for a statement that can only be matched whole, its NotResource list. */
  resource: string
  condition?: Record<string, Record<string, string[]>>
  /** No Allow can add it: an explicit Deny of the policies, or the permissions boundary, takes it away. */
  denied: boolean
  /** What takes it away: the policy holding the Deny, or `permissions boundary <arn>`. */
  deniedBy?: string
}

export interface Coverage {
  covered: boolean
  missing: MissingGrant[]
}

/** How a statement's Action/NotAction (or Resource/NotResource) relates to one required value. */
function elementMatches(
  values: string[] | undefined,
  notValues: string[] | undefined,
  required: string,
  ignoreCase: boolean,
  mode: 'grants-all' | 'touches'
): boolean {
  // 'grants-all': the element applies to every string the required value stands for (used for
  // Allow); 'touches': it applies to at least one of them (used for Deny, which wins if it might).
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

function appliesTo(
  statement: CanonicalStatement,
  action: string,
  resource: string,
  mode: 'grants-all' | 'touches'
): boolean {
  return (
    elementMatches(statement.Action, statement.NotAction, action, true, mode) &&
    elementMatches(statement.Resource, statement.NotResource, resource, false, mode)
  )
}

/**
 * Are the required values at least as narrow as the granted ones, for one operator? Values are
 * ORed: for a positive operator every required value must be allowed by some granted value; for a
 * negated one (StringNotEquals, ArnNotLike, NotIpAddress...) every granted exclusion must also be
 * excluded by the required side. Like/Arn operators compare values as wildcard patterns.
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
 * True when the `granted` conditions are no more restrictive than the `required` ones: each of
 * the granted constraints (operator, key, values) is also imposed by the required conditions.
 */
export function conditionsImplied(
  granted: CanonicalStatement['Condition'],
  required: CanonicalStatement['Condition']
): boolean {
  for (const [operator, keys] of Object.entries(granted ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      const requiredValues = required?.[operator]?.[key]
      if (requiredValues === undefined || !valuesImplied(operator, values, requiredValues)) {
        return false
      }
    }
  }
  return true
}

/** Statements with Action and Resource split into grants; others (NotAction...) compare whole. */
const expandable = (s: CanonicalStatement) => s.Action !== undefined && s.Resource !== undefined

/**
 * Does the set of `granted` policies grant everything `required` grants?
 *
 * Each (action, resource) of each required statement must be granted by one granted statement of
 * the same Effect whose Action/NotAction and Resource/NotResource apply to it (IAM wildcards,
 * actions case-insensitive; a wildcard in the required value is taken literally, so a granted
 * `repository/*` covers a required `repository/x` but not the reverse) and whose Condition is no
 * more restrictive than the required statement's. For Allow, a granted Deny that might apply
 * (patterns overlap) and whose conditions hold whenever the required ones do takes the grant
 * away; a Deny with other conditions applies only to some requests and is not counted. Required
 * statements using NotAction/NotResource cannot be split into grants and must be present whole
 * (equal in canonical form, Sid aside). Principals are not compared: these are identity policies.
 */
export function coverage(
  required: PolicyDocument,
  granted: PolicyDocument[],
  names: string[] = []
): Coverage {
  const sources = granted.flatMap((document, index) =>
    normalizePolicy(document).Statement.map((statement) => ({ statement, name: names[index] }))
  )
  const grantedStatements = sources.map((source) => source.statement)
  const missing: MissingGrant[] = []
  // Required statements in document order, actions and resources as written, so that findings
  // read like the policy; matching itself uses the canonical form.
  for (const written of required.Statement) {
    const statement = canonicalStatement(written)
    const base = {
      ...(statement.Sid !== undefined ? { sid: statement.Sid } : {}),
      effect: statement.Effect,
      ...(statement.Condition !== undefined ? { condition: conditionAsWritten(written) } : {})
    }
    if (!expandable(statement)) {
      const unlabelled = JSON.stringify({ ...statement, Sid: undefined })
      if (!grantedStatements.some((g) => JSON.stringify({ ...g, Sid: undefined }) === unlabelled)) {
        missing.push({
          ...base,
          action: describeElement(written.Action, written.NotAction),
          resource: describeElement(written.Resource, written.NotResource),
          denied: false
        })
      }
      continue
    }
    for (const action of uniqueIgnoringCase(asList(written.Action ?? []))) {
      for (const resource of new Set(asList(written.Resource ?? []))) {
        const granting = grantedStatements.some(
          (g) =>
            g.Effect === statement.Effect &&
            appliesTo(g, action, resource, 'grants-all') &&
            conditionsImplied(g.Condition, statement.Condition)
        )
        const denial =
          statement.Effect === 'Allow'
            ? sources.find(
                ({ statement: g }) =>
                  g.Effect === 'Deny' &&
                  appliesTo(g, action, resource, 'touches') &&
                  conditionsImplied(g.Condition, statement.Condition)
              )
            : undefined
        if (!granting || denial) {
          missing.push({
            ...base,
            action,
            resource,
            denied: granting,
            ...(granting && denial?.name !== undefined ? { deniedBy: denial.name } : {})
          })
        }
      }
    }
  }
  return { covered: missing.length === 0, missing }
}

/** A policy that grants, or bounds, a role: its name in findings and its document. */
export interface GrantingPolicy {
  name: string
  document: PolicyDocument
}

/**
 * IAM's answer for a role's own permissions: granted when the identity policies (inline and
 * attached) allow it and none of them denies it, and, with a permissions boundary, the boundary
 * allows it too. A grant the boundary leaves out counts as denied by the boundary: no identity
 * policy can add it.
 */
export function effectiveCoverage(
  required: PolicyDocument,
  identity: GrantingPolicy[],
  boundary?: GrantingPolicy
): Coverage {
  const granted = coverage(
    required,
    identity.map((policy) => policy.document),
    identity.map((policy) => policy.name)
  )
  if (!boundary) return granted
  const bounded = coverage(required, [boundary.document], [boundary.name])
  const key = (grant: MissingGrant) => JSON.stringify([grant.sid, grant.action, grant.resource])
  const outsideBoundary = new Set(bounded.missing.map(key))
  const byBoundary = (grant: MissingGrant): MissingGrant => ({
    ...grant,
    denied: true,
    deniedBy: boundary.name
  })
  // What the boundary leaves out no Allow can add: the boundary is named as the cause.
  const known = new Set(granted.missing.map(key))
  const missing = [
    ...granted.missing.map((grant) =>
      !grant.denied && outsideBoundary.has(key(grant)) ? byBoundary(grant) : grant
    ),
    ...bounded.missing.filter((grant) => !known.has(key(grant))).map(byBoundary)
  ]
  return { covered: missing.length === 0, missing }
}

/** The statement's conditions with keys as written, values as sorted string lists. */
const conditionAsWritten = (statement: PolicyStatement) =>
  Object.fromEntries(
    Object.entries(statement.Condition ?? {}).map(([operator, keys]) => [
      operator,
      Object.fromEntries(
        Object.entries(keys).map(([key, values]) => [
          key,
          sortedUnique([values].flat().map(String))
        ])
      )
    ])
  )

const principalNames = (statement: CanonicalStatement, type: string) =>
  (statement.Principal?.[type] ?? []).map((name) => name.toLowerCase())

/**
 * Does the `current` trust policy let the services of `desired` assume the role?
 *
 * `exact` (roles named by the deploy tool): the documents must mean the same (canonical form, Sid
 * and Version aside: the toolkit's own deploy rewrites the trust without the Sid).
 * Otherwise (a role the user named) each desired Allow statement needs a current Allow statement
 * naming the desired service principals, allowing the desired actions, with conditions no looser
 * than the desired ones (each desired constraint imposed, possibly more narrowly); and no current
 * Deny for that service (or every principal) whose conditions hold whenever those do.
 */
export function trustSatisfied(
  desired: PolicyDocument,
  current: PolicyDocument,
  options: { exact: boolean; conditions?: boolean }
): boolean {
  if (options.exact) return policiesEquivalent(desired, current)
  // conditions: false asks only whether the service may assume the role at all.
  const checkConditions = options.conditions ?? true
  const currentStatements = normalizePolicy(current).Statement
  return normalizePolicy(desired)
    .Statement.filter((statement) => statement.Effect === 'Allow')
    .every((wanted) => {
      const services = principalNames(wanted, 'Service')
      const actions = wanted.Action ?? []
      const deniedWhen = (candidate: CanonicalStatement) =>
        currentStatements.some(
          (deny) =>
            deny.Effect === 'Deny' &&
            (principalNames(deny, 'AWS').includes('*') ||
              services.some((service) => principalNames(deny, 'Service').includes(service))) &&
            actions.some((action) =>
              elementMatches(deny.Action, deny.NotAction, action, true, 'touches')
            ) &&
            conditionsImplied(deny.Condition, candidate.Condition)
        )
      return currentStatements.some(
        (candidate) =>
          candidate.Effect === 'Allow' &&
          services.every((service) => principalNames(candidate, 'Service').includes(service)) &&
          actions.every((action) =>
            elementMatches(candidate.Action, candidate.NotAction, action, true, 'grants-all')
          ) &&
          (!checkConditions || conditionsImplied(wanted.Condition, candidate.Condition)) &&
          !deniedWhen(candidate)
      )
    })
}
