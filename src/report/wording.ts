// The words of the report, decided once: verdicts, modes, role kinds, statuses, changes and
// decisions, for every renderer (Markdown, text, annotations).
import { describeStatement } from '../checks/simulation.ts'
import type { DeniedPermission } from '../checks/deployPermissions.ts'
import type {
  Mode,
  PassRoleRoleDecision,
  RoleChange,
  RoleKind,
  RoleStatus
} from '../common/model.ts'

export type Verdict = 'failed' | 'drift-pending' | 'changes-applied' | 'up-to-date'

export const VERDICT_HEADLINE: Record<Verdict, string> = {
  failed: '❌ failed',
  'drift-pending': '⚠️ changes pending',
  'changes-applied': '🛠 changes applied',
  'up-to-date': '✅ up to date'
}

/** The headline of a run that fails only because changes are pending (verify, fail-on-drift). */
export const PENDING_FAILS_HEADLINE = '⚠️ changes pending, failing the step'

export const MODE_LABEL: Record<Mode, string> = {
  apply: 'apply',
  'dry-run': 'dry run (read only, nothing was changed)',
  verify: 'verify (read only, nothing was changed)',
  delete: 'delete',
  'delete-dry-run': 'delete dry run (read only, nothing was changed)'
}

export const ROLE_LABEL: Record<RoleKind, string> = { runtime: 'Runtime', codebuild: 'CodeBuild' }

export const PASS_ROLE_LABEL: Record<PassRoleRoleDecision, string> = {
  allowed: '✅ allowed',
  implicitDeny: '❌ denied',
  explicitDeny: '❌ denied (explicit Deny)',
  unknown: '❔ unknown'
}

export function statusLabel(status: RoleStatus, applied: boolean): string {
  switch (status) {
    case 'create':
      return applied ? 'created' : 'would create'
    case 'update':
      return applied ? 'updated' : 'would update'
    case 'unchanged':
      return 'up to date'
    case 'drift-unmanaged':
      return 'drift, not managed by this action (left as is)'
    case 'delete':
      return applied ? 'deleted' : 'would delete'
    case 'absent':
      return 'absent (nothing to delete)'
    case 'not-ours':
      return 'not ours (left alone)'
    case 'in-use':
      return 'in use (kept)'
  }
}

/** One change in words: `would update the trust policy` (pending) or `updated the trust policy`. */
export function describeChange(change: RoleChange, applied: boolean): string {
  const [pending, done, object] = ((): [string, string, string] => {
    switch (change.type) {
      case 'create-role':
        return ['create', 'created', 'the role']
      case 'update-trust-policy':
        return ['update', 'updated', 'the trust policy']
      case 'put-role-policy':
        return ['put', 'put', `the inline policy ${change.policyName}`]
      case 'tag-role':
        return [
          'tag',
          'tagged',
          `the role: ${Object.entries(change.tags)
            .map(([key, value]) => `${key}=${value}`)
            .join(', ')}`
        ]
      case 'put-permissions-boundary':
        return ['set', 'set', `the permissions boundary ${change.permissionsBoundary}`]
      case 'update-description':
        return ['update', 'updated', 'the description']
      case 'delete-role-policy':
        return ['delete', 'deleted', `the inline policy ${change.policyName}`]
      case 'detach-role-policy':
        return ['detach', 'detached', `the managed policy ${change.policyArn}`]
      case 'delete-role':
        return ['delete', 'deleted', 'the role']
    }
  })()
  return applied ? `${done} ${object}` : `would ${pending} ${object}`
}

/** The config file's state: up to date, updated (apply) or would be updated. */
export function configFileState(changed: boolean, written: boolean): string {
  return !changed ? 'up to date' : written ? 'updated' : 'would be updated'
}

/** One denied action, for the log and the job summary. */
export function describeDeniedPermission(denial: DeniedPermission): string {
  const by =
    denial.matchedStatements.length > 0
      ? ` by ${denial.matchedStatements.map(describeStatement).join(', ')}`
      : ''
  return `${denial.action} on ${denial.resource} (${denial.purpose}): ${denial.decision}${by}`
}
