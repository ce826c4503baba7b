// The plan: per role, what must change for the current state to match the desired one, and why.

import type {
  CurrentRole,
  CurrentState,
  DesiredRole,
  DesiredState,
  Partition,
  Plan,
  PolicyDocument,
  RoleChange,
  RolePlan
} from '../common/model.ts'
import { MANAGED_BY_TAG } from '../common/ownership.ts'
import { isOwned, whyNotOwned } from '../common/ownership.ts'
import { POLICY_VERSION } from '../common/model.ts'
import { policiesEqual, policiesEquivalent } from '../policy/canonical.ts'
import { coverage, effectiveCoverage, trustSatisfied } from '../policy/coverage.ts'
import type { MissingGrant } from '../policy/coverage.ts'
import { grantStatements, summarizeGrants } from '../policy/grantWording.ts'
import { grantingPolicies, roleRisks } from './roleRisks.ts'

export interface PlanOptions {
  /** Rewrite roles that exist without this action's managed-by tag (manage-existing-roles). */
  manageExistingRoles: boolean
  /** accept-risky-policies: policies whose escalation-grade grants the user accepts. */
  acceptRiskyPolicies?: string[]
  /** Narrow the action's own inline policy when it grants more than desired (the models input). */
  narrowOwnPolicy?: boolean
}

function planNewRole(desired: DesiredRole): RolePlan {
  return {
    ...unhandledOf(desired),
    kind: desired.kind,
    name: desired.name,
    arn: desired.arn,
    status: 'create',
    changes: [
      { type: 'create-role' },
      { type: 'put-role-policy', policyName: desired.inlinePolicyName }
    ],
    risks: [],
    warnings: [],
    findings: [
      desired.userSupplied
        ? `role ${desired.name} (named by the ${desired.kind === 'runtime' ? 'execution-role' : 'codebuild-role'} input) does not exist`
        : `role ${desired.name} does not exist`
    ]
  }
}

const combined = (documents: PolicyDocument[]): PolicyDocument => ({
  Version: POLICY_VERSION,
  Statement: documents.flatMap((document) => document.Statement)
})

/** The changes that bring an existing role to the desired state (tags only added, never removed). */
function pendingChanges(
  desired: DesiredRole,
  current: CurrentRole,
  state: { managed: boolean; trustOk: boolean; covered: boolean }
): RoleChange[] {
  const changes: RoleChange[] = []
  if (!state.trustOk) changes.push({ type: 'update-trust-policy' })
  if (!state.covered) {
    changes.push({ type: 'put-role-policy', policyName: desired.inlinePolicyName })
  }
  const tags = Object.fromEntries(
    Object.entries(desired.tags).filter(([key, value]) => current.tags[key] !== value)
  )
  if (Object.keys(tags).length > 0) changes.push({ type: 'tag-role', tags })
  if (
    desired.permissionsBoundary !== undefined &&
    current.permissionsBoundary !== desired.permissionsBoundary
  ) {
    changes.push({
      type: 'put-permissions-boundary',
      permissionsBoundary: desired.permissionsBoundary
    })
  }
  // The description is ours to keep only on roles we created.
  if (state.managed && current.description !== desired.description) {
    changes.push({ type: 'update-description' })
  }
  return changes
}

/** Roles we did not create are verified, never tagged or re-bounded: say what they lack. */
function unmanagedNote(current: CurrentRole, changes: RoleChange[]): string {
  const skipped = changes.flatMap((change) => {
    if (change.type === 'put-permissions-boundary') {
      return [`permissions boundary ${change.permissionsBoundary}`]
    }
    if (change.type !== 'tag-role') return []
    const userTags = Object.keys(change.tags).filter((key) => key !== MANAGED_BY_TAG.key)
    return userTags.length > 0 ? [`tags ${userTags.join(', ')}`] : []
  })
  return (
    `not managed by this action (${whyNotOwned(current)}): verified, not changed` +
    (skipped.length > 0
      ? `; lacks ${skipped.join(' and ')} (set manage-existing-roles to add them)`
      : '')
  )
}

/** The role's trust policy as the plan judges it. */
function trustFindings(
  desired: DesiredRole,
  current: CurrentRole,
  writable: boolean,
  risky: boolean
): { trustOk: boolean; findings: string[]; warnings: string[] } {
  const service = desired.passedToService
  const asDesired = trustSatisfied(desired.trustPolicy, current.trustPolicy, {
    exact: !desired.userSupplied
  })
  const mayAssume = trustSatisfied(desired.trustPolicy, current.trustPolicy, {
    exact: false,
    conditions: false
  })
  if (!mayAssume) {
    return {
      trustOk: false,
      findings: [`trust policy does not let ${service} assume the role`],
      warnings: []
    }
  }
  if (writable && (!asDesired || risky)) {
    return {
      trustOk: false,
      findings: [
        risky
          ? 'trust policy lets principals other than the service assume the role: apply replaces it with the desired one'
          : 'trust policy differs from the desired one'
      ],
      warnings: []
    }
  }
  const findings: string[] = []
  const warnings: string[] = []
  if (!asDesired) {
    warnings.push(
      `trust policy of ${current.name} lets ${service} assume the role under conditions looser than the confused-deputy ` +
        `conditions the toolkit writes (${conditionKeys(desired)}), so the service could assume it on another account's behalf; add them (the diff shows the desired trust policy)`
    )
  } else if (!policiesEqual(desired.trustPolicy, current.trustPolicy)) {
    findings.push(
      policiesEquivalent(desired.trustPolicy, current.trustPolicy)
        ? 'trust policy differs only in Sid/Version: reported but not a defect'
        : 'trust policy differs from the desired one but lets the service assume the role under conditions at least as strict: not a defect'
    )
  }
  return { trustOk: true, findings, warnings }
}

/** The condition keys of the desired trust policy, for a person. */
const conditionKeys = (desired: DesiredRole): string =>
  [
    ...new Set(
      desired.trustPolicy.Statement.flatMap((statement) =>
        Object.values(statement.Condition ?? {}).flatMap((keys) => Object.keys(keys))
      )
    )
  ].join(', ')

/**
 * Plans one existing role.
 *
 * Trust: a role the action may write must have the desired trust (by meaning for a role named by
 * the deploy tool; for a role the user named, a statement letting the service assume it under
 * conditions no looser than ours) and no statement admitting anyone else, else apply replaces it.
 * A role it may not write needs only to let the service assume it; missing confused-deputy
 * conditions are a warning, other principals a risk.
 *
 * Permissions: what the role's inline and attached policies grant, less what an explicit Deny or
 * the permissions boundary takes away (effectiveCoverage). A role we may write (managed-by tag, or
 * the manage-existing-roles opt-in) must grant the whole desired policy, else the desired document
 * is written under the desired inline policy name (other policies are left alone); a grant no
 * Allow can restore (Deny, boundary) is blocked, not rewritten. A role we may not write is
 * compatible when it grants the minimum policy (what AWS documents, e.g. the hand-made seed-002
 * role), and then stays unchanged; what it lacks of the toolkit's current policy is reported, not
 * a defect. An incompatible one is `drift-unmanaged`, its changes being those an opt-in would make.
 *
 * Risks (plan/roleRisks.ts): dangerous trust statements and escalation-grade grants, on any role.
 */
function planExistingRole(
  desired: DesiredRole,
  current: CurrentRole,
  options: PlanOptions,
  scope: { partition: Partition; accountId: string }
): RolePlan {
  const managed = isOwned(current)
  const writable = managed || options.manageExistingRoles
  const risks = roleRisks(desired, current, {
    ...scope,
    acceptRiskyPolicies: options.acceptRiskyPolicies ?? [],
    writable
  })
  const trust = trustFindings(
    desired,
    current,
    writable,
    risks.some((risk) => risk.policyType === 'trust')
  )
  const findings = [...trust.findings]
  const identity = grantingPolicies(current).map((policy) => ({
    name: policy.type === 'inline' ? `inline policy ${policy.id}` : policy.id,
    document: policy.document
  }))
  const boundary =
    current.permissionsBoundaryPolicy && current.permissionsBoundary
      ? {
          name: `permissions boundary ${current.permissionsBoundary}`,
          document: current.permissionsBoundaryPolicy
        }
      : undefined
  const full = effectiveCoverage(desired.permissionsPolicy, identity, boundary)
  const minimum = effectiveCoverage(
    desired.minimumPermissionsPolicy ?? desired.permissionsPolicy,
    identity,
    boundary
  )
  const lacking = writable ? full.missing : minimum.missing
  findings.push(...missingFindings(lacking, desired.purposes))
  if (!writable && minimum.covered) {
    for (const line of summarizeGrants(full.missing)) {
      findings.push(`optional, not granted (in the toolkit's current policy): ${line}`)
    }
  }

  const ownPolicy = current.inlinePolicies[desired.inlinePolicyName]
  if (
    ownPolicy !== undefined &&
    !policiesEqual(ownPolicy, desired.permissionsPolicy) &&
    policiesEquivalent(ownPolicy, desired.permissionsPolicy)
  ) {
    findings.push(
      `permissions policy ${desired.inlinePolicyName} differs only in Sid/Version: reported but not a defect`
    )
  }
  const extras = coverage(combined(identity.map((policy) => policy.document)), [
    desired.permissionsPolicy
  ]).missing
  for (const line of summarizeGrants(extras)) {
    findings.push(`extra, not required (left in place): ${line}`)
  }
  for (const unreadable of current.unreadablePolicies) {
    findings.push(
      `managed policy ${unreadable.arn} could not be read (${unreadable.reason}): its grants were not evaluated`
    )
  }

  // Only a grant that no Allow statement gives is added by putting the desired policy; and with
  // the models input (least privilege asked for), the action's own policy of a role it manages is
  // narrowed when it grants more than the desired one.
  const wider =
    managed &&
    options.narrowOwnPolicy === true &&
    ownPolicy !== undefined &&
    coverage(ownPolicy, [desired.permissionsPolicy]).missing.length > 0
  if (wider) {
    findings.push(
      `inline policy ${desired.inlinePolicyName} grants more than the desired one (models): apply narrows it`
    )
  }
  const putHelps = wider || full.missing.some((grant) => !grant.denied)
  const blocked = lacking.some((grant) => grant.denied)
  const changes = pendingChanges(desired, current, {
    managed,
    trustOk: trust.trustOk,
    covered: !putHelps
  })
  const base = {
    ...unhandledOf(desired),
    kind: desired.kind,
    name: current.name,
    arn: current.arn,
    findings,
    risks,
    warnings: [...trust.warnings, ...unreadableWarnings(current)]
  }
  if (writable) {
    return {
      ...base,
      status: changes.length > 0 ? 'update' : 'unchanged',
      changes,
      ...(blocked ? { blocked: blockedLines(lacking) } : {})
    }
  }
  if (trust.trustOk && minimum.covered) {
    findings.push(unmanagedNote(current, changes))
    return { ...base, status: 'unchanged', changes: [] }
  }
  const addable = lacking.filter((grant) => !grant.denied)
  return {
    ...base,
    status: 'drift-unmanaged',
    changes,
    ...(blocked ? { blocked: blockedLines(lacking) } : {}),
    ...(addable.length > 0
      ? { missingPolicy: { Version: POLICY_VERSION, Statement: grantStatements(addable) } }
      : {})
  }
}

/** Attached policies that could not be read leave the risk check incomplete: say what is missing. */
function unreadableWarnings(current: CurrentRole): string[] {
  return current.unreadablePolicies.map(
    (policy) =>
      `managed policy ${policy.arn} of ${current.name} could not be read (${policy.reason}), so neither its grants nor its risks were checked; ` +
      `allow the caller iam:GetPolicy and iam:GetPolicyVersion on it`
  )
}

/** The grants an explicit Deny or the boundary takes away, with what takes them away. */
function blockedLines(grants: MissingGrant[]): string[] {
  const denied = grants.filter((grant) => grant.denied)
  const causes = [...new Set(denied.map((grant) => grant.deniedBy ?? 'an explicit Deny'))]
  return causes.flatMap((cause) =>
    summarizeGrants(denied.filter((grant) => (grant.deniedBy ?? 'an explicit Deny') === cause)).map(
      (line) => `${line}: denied by ${cause}`
    )
  )
}

export function buildPlan(
  desired: DesiredState,
  current: CurrentState,
  options: PlanOptions
): Plan {
  const scope = { partition: desired.partition, accountId: desired.accountId }
  const roles = desired.roles.map((role) => {
    const existing = current.roles[role.kind]
    return existing ? planExistingRole(role, existing, options, scope) : planNewRole(role)
  })
  return { roles, changed: roles.some((role) => role.status !== 'unchanged') }
}

/**
 * One line per statement (its actions on its resources), denied grants apart from missing ones;
 * a statement a project's primitive needs names it (`missing for memory facts: …`).
 */
function missingFindings(grants: MissingGrant[], purposes: Record<string, string> = {}): string[] {
  const missing = grants.filter((grant) => !grant.denied)
  const purposeOf = (grant: MissingGrant) => (grant.sid ? purposes[grant.sid] : undefined)
  const groups = [...new Set(missing.map(purposeOf))]
  return [
    ...groups.flatMap((purpose) =>
      summarizeGrants(missing.filter((grant) => purposeOf(grant) === purpose)).map(
        (line) => `missing${purpose ? ` for ${purpose}` : ''}: ${line}`
      )
    ),
    ...blockedLines(grants)
  ]
}

/** What the deploy tool's config declares for the role that the action does not grant. */
const unhandledOf = (desired: DesiredRole): Pick<RolePlan, 'unhandled'> =>
  desired.unhandled?.length ? { unhandled: desired.unhandled } : {}
