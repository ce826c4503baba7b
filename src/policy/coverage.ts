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
import {
  conditionsHold,
  decide,
  elementMatches,
  pinnedRequests,
  type GrantingPolicy,
  type GrantRequest
} from './evaluator.ts'
import type { RequestContext } from './conditions.ts'

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

/**
 * True when the `granted` conditions are no more restrictive than the `required` ones: each of
 * the granted constraints holds for every request the required conditions allow (evaluated on
 * the values they pin, else compared as written).
 */
export function conditionsImplied(
  granted: CanonicalStatement['Condition'],
  required: CanonicalStatement['Condition']
): boolean {
  return pinnedRequests(required).every(
    (context) =>
      conditionsHold(granted, {
        action: '',
        resource: '',
        context,
        requiredCondition: required ?? {}
      }) === 'holds'
  )
}

/** Statements with Action and Resource split into grants; others (NotAction...) compare whole. */
const expandable = (s: CanonicalStatement) => s.Action !== undefined && s.Resource !== undefined

/** A policy that grants, or bounds, a role: its name in findings and its document. */
export type { GrantingPolicy }

/**
 * What the policies decide for one grant of a required statement, for each request its
 * conditions allow: missing when one of them is not allowed, with what takes it away.
 */
function judgeGrant(
  action: string,
  resource: string,
  statement: CanonicalStatement,
  identity: GrantingPolicy[],
  boundary: GrantingPolicy | undefined,
  requests: RequestContext[] = pinnedRequests(statement.Condition)
): Pick<MissingGrant, 'denied' | 'deniedBy'> | undefined {
  for (const context of requests) {
    const grant = { action, resource, context, requiredCondition: statement.Condition ?? {} }
    const decision = decide(grant, identity, boundary)
    if (decision.decision === 'allowed') continue
    const allowed = decision.allowedBy.length > 0
    const denial = decision.deniedBy[0]
    if (allowed && denial && decision.deniedBy.some((ref) => ref.policy !== boundary?.name)) {
      const byIdentity = decision.deniedBy.find((ref) => ref.policy !== boundary?.name) ?? denial
      return { denied: true, ...(byIdentity.policy ? { deniedBy: byIdentity.policy } : {}) }
    }
    // What the boundary leaves out (or denies) no Allow can add: the boundary is the cause.
    if (boundary && (decision.deniedByBoundary || !boundaryAllows(grant, boundary))) {
      return { denied: true, deniedBy: boundary.name }
    }
    return { denied: false }
  }
  return undefined
}

const boundaryAllows = (grant: GrantRequest, boundary: GrantingPolicy) =>
  decide(grant, [boundary]).decision === 'allowed'

/**
 * Does the set of `granted` policies (and a permissions boundary) grant everything `required`
 * grants? IAM's answer for each (action, resource) of each required statement, from the one
 * evaluator (evaluator.ts): an Allow whose Action/NotAction and Resource/NotResource apply to it
 * (IAM wildcards, actions case-insensitive; a wildcard in the required value is taken literally,
 * so a granted `repository/*` covers a required `repository/x` but not the reverse) and whose
 * conditions hold whenever the required statement's do; no Deny that might apply under those
 * conditions; with a boundary, the boundary allows it too. A grant a Deny or the boundary takes
 * away is `denied`, with its cause. Required statements using NotAction/NotResource cannot be
 * split into grants and must be present whole (equal in canonical form, Sid aside). Principals
 * are not compared: these are identity policies.
 */
export function effectiveCoverage(
  required: PolicyDocument,
  identity: GrantingPolicy[],
  boundary?: GrantingPolicy
): Coverage {
  const grantedStatements = identity.flatMap((policy) => normalizePolicy(policy.document).Statement)
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
    const requests = pinnedRequests(statement.Condition)
    for (const action of uniqueIgnoringCase(asList(written.Action ?? []))) {
      for (const resource of new Set(asList(written.Resource ?? []))) {
        const lacking =
          statement.Effect === 'Allow'
            ? judgeGrant(action, resource, statement, identity, boundary, requests)
            : denyMissing(action, resource, statement, identity)
        if (lacking) missing.push({ ...base, action, resource, ...lacking })
      }
    }
  }
  return { covered: missing.length === 0, missing }
}

/** A required Deny is present when a Deny of the policies applies to all it denies. */
function denyMissing(
  action: string,
  resource: string,
  statement: CanonicalStatement,
  identity: GrantingPolicy[]
): Pick<MissingGrant, 'denied'> | undefined {
  const asAllow = (policy: GrantingPolicy): GrantingPolicy => ({
    ...policy,
    document: {
      ...policy.document,
      Statement: policy.document.Statement.filter((s) => s.Effect === 'Deny').map((s) => ({
        ...s,
        Effect: 'Allow' as const
      }))
    }
  })
  return judgeGrant(action, resource, statement, identity.map(asAllow), undefined)
    ? { denied: false }
    : undefined
}

/** `effectiveCoverage` of policies without names or boundary. */
export function coverage(
  required: PolicyDocument,
  granted: PolicyDocument[],
  names: string[] = []
): Coverage {
  return effectiveCoverage(
    required,
    granted.map((document, index) => ({ name: names[index] ?? '', document }))
  )
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
