// The diff a person reads: for each part of a role that changes, a unified diff of canonical,
// pretty-printed current and desired values. Deterministic, so it can be snapshot-tested and
// posted in a pull-request comment (```diff) or printed in a terminal.

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import type {
  CurrentRole,
  CurrentState,
  DesiredRole,
  DesiredState,
  Plan,
  PolicyDocument,
  ReportedPlan,
  RolePlan
} from '../common/model.ts'
import { normalizePolicy } from '../policy/canonical.ts'

/** How the documents spell action names and condition keys (IAM ignores their case). */
function spellings(...documents: (PolicyDocument | undefined)[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const statement of documents.flatMap((document) => document?.Statement ?? [])) {
    const actions = [statement.Action ?? [], statement.NotAction ?? []].flat()
    const keys = Object.values(statement.Condition ?? {}).flatMap((block) => Object.keys(block))
    for (const name of [...actions, ...keys]) names.set(name.toLowerCase(), name)
  }
  return names
}

/**
 * Canonical form, 2-space JSON: statements sorted by Sid or content, so matched by Sid or content
 * rather than position. Action names and condition keys are compared lower-cased but shown with
 * the given spellings, so a difference of case alone shows no line.
 */
function policyText(document: PolicyDocument | undefined, names: Map<string, string>): string {
  if (document === undefined) return ''
  const spell = (name: string) => names.get(name) ?? name
  const canonical = normalizePolicy(document)
  const spellKeys = (keys: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(keys).map(([key, values]) => [spell(key), values]))
  // Spreading over existing keys keeps the canonical key order.
  const Statement = canonical.Statement.map((statement) => ({
    ...statement,
    ...(statement.Action && { Action: statement.Action.map(spell) }),
    ...(statement.NotAction && { NotAction: statement.NotAction.map(spell) }),
    ...(statement.Condition && {
      Condition: Object.fromEntries(
        Object.entries(statement.Condition).map(([operator, keys]) => [operator, spellKeys(keys)])
      )
    })
  }))
  return `${JSON.stringify({ ...canonical, Statement }, null, 2)}\n`
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
    const trustNames = spellings(current?.trustPolicy, desired.trustPolicy)
    parts.push({
      label: 'trust policy',
      current: policyText(current?.trustPolicy, trustNames),
      desired: policyText(desired.trustPolicy, trustNames)
    })
  }
  if (changes.has('put-role-policy')) {
    const currentPolicy = current?.inlinePolicies[desired.inlinePolicyName]
    const policyNames = spellings(currentPolicy, desired.permissionsPolicy)
    parts.push({
      label: `permissions policy ${desired.inlinePolicyName}`,
      current: policyText(currentPolicy, policyNames),
      desired: policyText(desired.permissionsPolicy, policyNames)
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

/** The plan with each role's diff, for the report. */
export function withDiffs(desired: DesiredState, current: CurrentState, plan: Plan): ReportedPlan {
  return {
    ...plan,
    roles: plan.roles.map((entry) => {
      const role = desired.roles.find((candidate) => candidate.kind === entry.kind)
      const diff = role ? renderRoleDiff(role, current.roles[entry.kind], entry) : ''
      return { ...entry, diff }
    })
  }
}

/** The diffs of all roles of the plan, in plan order. */
export function renderPlanDiff(plan: ReportedPlan): string {
  return plan.roles
    .map((role) => role.diff)
    .filter((diff) => diff !== '')
    .join('\n')
}
