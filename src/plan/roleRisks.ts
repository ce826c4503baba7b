// The risks of one existing role, as the plan reports them: the rule set of policy/risks.ts
// applied to its trust policy and to every policy that grants it something (inline, attached),
// each risk marked as accepted (accept-risky-policies) or as replaced by apply. Pure.
import { parseIamResourceArn } from '../common/arn.ts'
import type { CurrentRole, DesiredRole, Partition, RoleRisk } from '../common/model.ts'
import { canonicalStatement } from '../policy/canonical.ts'
import { grantRisks, trustRisks, type NamedDocument } from '../policy/risks.ts'

export interface RiskContext {
  partition: Partition
  accountId: string
  /** accept-risky-policies: inline policy names, managed policy names or ARNs. */
  acceptRiskyPolicies: string[]
  /** The action may write the role (its own, or manage-existing-roles). */
  writable: boolean
}

/** The role's permission policies, named as the report names them. */
export function grantingPolicies(current: CurrentRole): NamedDocument[] {
  return [
    ...Object.entries(current.inlinePolicies).map(([id, document]) => ({
      id,
      type: 'inline' as const,
      document
    })),
    ...Object.entries(current.attachedPolicies).map(([id, document]) => ({
      id,
      type: 'managed' as const,
      document
    }))
  ]
}

const unlabelled = (statement: Parameters<typeof canonicalStatement>[0]) =>
  JSON.stringify({ ...canonicalStatement(statement), Sid: undefined })

/** Is `policy` (inline name, or managed ARN) one the user listed, by name or ARN? */
function isAccepted(risk: { policy: string; policyType: string }, accepted: string[]): boolean {
  if (risk.policyType === 'trust') return false
  const name = parseIamResourceArn(risk.policy, 'policy')?.name
  const names = risk.policyType === 'managed' && name ? [risk.policy, name] : [risk.policy]
  return accepted.some((entry) => names.includes(entry))
}

/**
 * Every dangerous statement of the role. Statements the action itself would write (the desired
 * policy, with an extra-policy the user allowed to be broad) are not counted again: the inputs
 * were judged before any AWS call.
 */
export function roleRisks(
  desired: DesiredRole,
  current: CurrentRole,
  context: RiskContext
): RoleRisk[] {
  const own = new Set(desired.permissionsPolicy.Statement.map(unlabelled))
  const scope = { partition: context.partition, accountIds: [context.accountId] }
  return [
    ...trustRisks(current.trustPolicy, desired.passedToService).map((risk) => ({
      ...risk,
      accepted: false,
      replacedByApply: context.writable
    })),
    ...grantRisks(grantingPolicies(current), scope, (statement) =>
      own.has(unlabelled(statement))
    ).map((risk) => ({
      ...risk,
      accepted: isAccepted(risk, context.acceptRiskyPolicies),
      replacedByApply: false
    }))
  ]
}
