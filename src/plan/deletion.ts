// Mode delete's plan, pure: for each role of the selected agents, what removing it takes. Only the
// action's own roles (common/ownership.ts) are deleted: their inline policies, then their attached
// managed policies, then the role, as IAM requires. A role it does not own is "not ours"; one an
// AgentCore runtime still uses (or when that cannot be read) is kept unless delete-in-use says so.
import { isOwned, whyNotOwned } from '../common/ownership.ts'
import type { CurrentState, DesiredState, Plan, RoleChange, RolePlan } from '../common/model.ts'
import type { RuntimesInUse } from '../current/runtimesInUse.ts'

export function buildDeletionPlan(
  desired: DesiredState,
  current: CurrentState,
  inUse: RuntimesInUse | undefined,
  options: { deleteInUse: boolean }
): Plan {
  const roles = desired.roles.map((role): RolePlan => {
    const existing = current.roles[role.kind]
    const base = { kind: role.kind, name: role.name, arn: role.arn, risks: [], warnings: [] }
    if (!existing) {
      return {
        ...base,
        status: 'absent',
        changes: [],
        findings: [`role ${role.name} does not exist`]
      }
    }
    const at = { ...base, name: existing.name, arn: existing.arn }
    if (!isOwned(existing)) {
      return {
        ...at,
        status: 'not-ours',
        changes: [],
        findings: [`not deleted: not this action's role (${whyNotOwned(existing)})`]
      }
    }
    const users =
      inUse?.status === 'read' ? inUse.byRoleArn.get(existing.arn.toLowerCase()) : undefined
    if (!options.deleteInUse && (inUse?.status !== 'read' || users !== undefined)) {
      const why =
        inUse?.status === 'unknown'
          ? `whether an AgentCore runtime uses it is unknown: ${inUse.reason}`
          : `AgentCore runtime ${(users ?? []).join(', ')} uses it`
      return {
        ...at,
        status: 'in-use',
        changes: [],
        usedBy: users ?? [],
        findings: [
          `not deleted: ${why}; delete the runtime first (agentcore destroy), or set delete-in-use: true`
        ]
      }
    }
    const changes: RoleChange[] = [
      ...Object.keys(existing.inlinePolicies)
        .sort()
        .map((policyName): RoleChange => ({ type: 'delete-role-policy', policyName })),
      ...existing.attachedPolicyArns.map((policyArn): RoleChange => ({
        type: 'detach-role-policy',
        policyArn
      })),
      { type: 'delete-role' }
    ]
    return {
      ...at,
      status: 'delete',
      changes,
      ...(users ? { usedBy: users } : {}),
      findings: users
        ? [`deleted although AgentCore runtime ${users.join(', ')} uses it (delete-in-use)`]
        : []
    }
  })
  return { roles, changed: roles.some((role) => role.status === 'delete') }
}
