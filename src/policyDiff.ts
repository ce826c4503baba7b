// The diff a person reads: for each part of a role that changes, a unified diff of canonical,
// pretty-printed current and desired values. Deterministic, so it can be snapshot-tested and
// posted in a pull-request comment (```diff) or printed in a terminal.

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import type { CurrentRole, DesiredRole, Plan, PolicyDocument, RolePlan } from './model.ts'
import { normalizePolicy } from './policyDocument.ts'

/**
 * Canonical form, 2-space JSON: statements sorted by Sid or content, so matched by Sid or content
 * rather than position. Action names are spelled as the desired side writes them (IAM ignores
 * their case), so a difference of spelling alone shows no line.
 */
function policyText(document: PolicyDocument | undefined, spelling: PolicyDocument): string {
  if (document === undefined) return ''
  const spellings = new Map(
    normalizePolicy(spelling, { actionsAsWritten: true }).Statement.flatMap((statement) =>
      [...(statement.Action ?? []), ...(statement.NotAction ?? [])].map((action) => [
        action.toLowerCase(),
        action
      ])
    )
  )
  const respell = (actions: string[] | undefined) =>
    actions?.map((action) => spellings.get(action.toLowerCase()) ?? action)
  const canonical = normalizePolicy(document, { actionsAsWritten: true })
  const statements = canonical.Statement.map((statement) => ({
    ...statement,
    Action: respell(statement.Action),
    NotAction: respell(statement.NotAction)
  }))
  return `${JSON.stringify({ ...canonical, Statement: statements }, null, 2)}\n`
}

const tagsText = (tags: Record<string, string> | undefined) => {
  if (tags === undefined) return ''
  const sorted = Object.fromEntries(
    Object.keys(tags)
      .sort()
      .map((key) => [key, tags[key]])
  )
  return `${JSON.stringify(sorted, null, 2)}\n`
}

const lineText = (value: string | undefined) => (value === undefined ? '' : `${value}\n`)

interface Part {
  label: string
  current: string
  desired: string
}

/** The parts of the role the plan entry changes, current and desired side by side. */
function changedParts(
  desired: DesiredRole,
  current: CurrentRole | undefined,
  entry: RolePlan
): Part[] {
  const creating = entry.changes.some((change) => change.type === 'create-role')
  const changes = new Set(entry.changes.map((change) => change.type))
  const parts: Part[] = []
  if (creating || changes.has('update-trust-policy')) {
    parts.push({
      label: 'trust policy',
      current: policyText(current?.trustPolicy, desired.trustPolicy),
      desired: policyText(desired.trustPolicy, desired.trustPolicy)
    })
  }
  if (changes.has('put-role-policy')) {
    parts.push({
      label: `permissions policy ${desired.inlinePolicyName}`,
      current: policyText(
        current?.inlinePolicies[desired.inlinePolicyName],
        desired.permissionsPolicy
      ),
      desired: policyText(desired.permissionsPolicy, desired.permissionsPolicy)
    })
  }
  if (creating || changes.has('tag-role')) {
    // Tags are only added or updated, never removed.
    parts.push({
      label: 'tags',
      current: tagsText(current?.tags),
      desired: tagsText({ ...current?.tags, ...desired.tags })
    })
  }
  if ((creating && desired.permissionsBoundary) || changes.has('put-permissions-boundary')) {
    parts.push({
      label: 'permissions boundary',
      current: lineText(current?.permissionsBoundary),
      desired: lineText(desired.permissionsBoundary)
    })
  }
  if (creating || changes.has('update-description')) {
    parts.push({
      label: 'description',
      current: lineText(current?.description),
      desired: lineText(desired.description)
    })
  }
  if (creating && desired.path !== '/') {
    parts.push({ label: 'path', current: '', desired: lineText(desired.path) })
  }
  return parts.filter((part) => part.current !== part.desired)
}

/**
 * A unified diff (3 lines of context) of each part of the role that the plan entry changes; a
 * role that does not exist yet renders as all `+` lines. '' when nothing changes.
 */
export function renderRoleDiff(
  desired: DesiredRole,
  current: CurrentRole | undefined,
  entry: RolePlan
): string {
  return changedParts(desired, current, entry)
    .map((part) =>
      createTwoFilesPatch(
        `current ${entry.name} ${part.label}`,
        `desired ${entry.name} ${part.label}`,
        part.current,
        part.desired,
        undefined,
        undefined,
        { context: 3, headerOptions: FILE_HEADERS_ONLY }
      )
    )
    .join('')
}

/** The diffs of all roles of the plan, in plan order. */
export function renderPlanDiff(plan: Plan): string {
  return plan.roles
    .map((role) => role.diff)
    .filter((diff) => diff !== '')
    .join('\n')
}
