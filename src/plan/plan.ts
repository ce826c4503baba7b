// The plan: per role, what must change for the current state to match the desired one, and why.

import type {
  CurrentRole,
  CurrentState,
  DesiredRole,
  DesiredState,
  Plan,
  PolicyDocument,
  RoleChange,
  RolePlan
} from '../common/model.ts'
import { MANAGED_BY_TAG } from '../common/ownership.ts'
import { isOwned, whyNotOwned } from '../common/ownership.ts'
import { POLICY_VERSION } from '../common/model.ts'
import { policiesEqual, policiesEquivalent } from '../policy/canonical.ts'
import { coverage, trustSatisfied } from '../policy/coverage.ts'
import type { MissingGrant } from '../policy/coverage.ts'
import { summarizeGrants } from '../policy/grantWording.ts'

export interface PlanOptions {
  /** Rewrite roles that exist without this action's managed-by tag (manage-existing-roles). */
  manageExistingRoles: boolean
}

function planNewRole(desired: DesiredRole): RolePlan {
  return {
    kind: desired.kind,
    name: desired.name,
    arn: desired.arn,
    status: 'create',
    changes: [
      { type: 'create-role' },
      { type: 'put-role-policy', policyName: desired.inlinePolicyName }
    ],
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

/**
 * Plans one existing role.
 *
 * Trust: a toolkit-named role needs the toolkit's trust policy exactly (the toolkit rejects a
 * differing one, Sid included); a role the user named needs only a statement that lets the
 * service assume it with conditions no looser than ours.
 *
 * Permissions: a role we may write (managed-by tag, or the manage-existing-roles opt-in) must
 * grant the whole desired policy, else the desired document is written under the desired inline
 * policy name (other inline policies are left alone). A role we may not write is compatible when
 * it grants the minimum policy (what AWS documents, e.g. the hand-made seed-002 role), and then
 * stays unchanged; what it lacks of the toolkit's current policy is reported, not a defect. An
 * incompatible one is `drift-unmanaged`, its changes being those an opt-in would make.
 */
function planExistingRole(
  desired: DesiredRole,
  current: CurrentRole,
  options: PlanOptions
): RolePlan {
  const managed = isOwned(current)
  const writable = managed || options.manageExistingRoles
  const granted = Object.values(current.inlinePolicies)
  const findings: string[] = []

  const trustOk = trustSatisfied(desired.trustPolicy, current.trustPolicy, {
    exact: !desired.userSupplied
  })
  if (!trustOk) {
    findings.push(
      desired.userSupplied
        ? `trust policy does not let ${desired.passedToService} assume the role under conditions at least as strict as the desired ones`
        : `trust policy differs from the toolkit's (the toolkit rejects an auto-named role whose trust policy differs, Sid included)`
    )
  } else if (!policiesEqual(desired.trustPolicy, current.trustPolicy)) {
    findings.push(
      policiesEquivalent(desired.trustPolicy, current.trustPolicy)
        ? 'trust policy differs only in Sid/Version: reported but not a defect'
        : 'trust policy differs from the desired one but lets the service assume the role: not a defect'
    )
  }

  const full = coverage(desired.permissionsPolicy, granted)
  const minimum = coverage(desired.minimumPermissionsPolicy ?? desired.permissionsPolicy, granted)
  const compatible = trustOk && minimum.covered
  if (writable) {
    findings.push(...missingFindings(full.missing))
  } else {
    findings.push(...missingFindings(minimum.missing))
    if (minimum.covered) {
      for (const line of summarizeGrants(full.missing)) {
        findings.push(`optional, not granted (in the toolkit's current policy): ${line}`)
      }
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
  const extras = coverage(combined(granted), [desired.permissionsPolicy]).missing
  for (const line of summarizeGrants(extras)) {
    findings.push(`extra, not required (left in place): ${line}`)
  }
  if (current.attachedPolicyArns.length > 0 && !full.covered) {
    findings.push(
      `attached managed policies were not evaluated: ${current.attachedPolicyArns.join(', ')}`
    )
  }

  const changes = pendingChanges(desired, current, { managed, trustOk, covered: full.covered })
  const base = { kind: desired.kind, name: current.name, arn: current.arn, findings }
  if (writable) {
    return { ...base, status: changes.length > 0 ? 'update' : 'unchanged', changes }
  }
  if (compatible) {
    findings.push(unmanagedNote(current, changes))
    return { ...base, status: 'unchanged', changes: [] }
  }
  return { ...base, status: 'drift-unmanaged', changes }
}

export function buildPlan(
  desired: DesiredState,
  current: CurrentState,
  options: PlanOptions
): Plan {
  const roles = desired.roles.map((role) => {
    const existing = current.roles[role.kind]
    return existing ? planExistingRole(role, existing, options) : planNewRole(role)
  })
  return { roles, changed: roles.some((role) => role.status !== 'unchanged') }
}

/** One line per statement (its actions on its resources), denied grants apart from missing ones. */
function missingFindings(grants: MissingGrant[]): string[] {
  return [
    ...summarizeGrants(grants.filter((grant) => !grant.denied)).map((line) => `missing: ${line}`),
    ...summarizeGrants(grants.filter((grant) => grant.denied)).map(
      (line) => `denied by an explicit Deny: ${line}`
    )
  ]
}
