// Which extra-policy statements hand the agent's runtime role more than an agent should hold, by
// the one rule set of what is dangerous (policy/risks.ts), with IAM's wildcard semantics. Such
// statements fail the step unless the user opts in (allow-broad-extra-policy), and the report
// shows them prominently. Pure.
import type { PolicyStatement } from '../common/model.ts'
import { POLICY_VERSION } from '../common/model.ts'
import { grantRisks, type RiskScope } from '../policy/risks.ts'

export interface BroadGrant {
  /** 1-based position in extra-policy. */
  statement: number
  sid?: string
  why: string
}

/** The broad statements of extra-policy, in order, for roles of the accounts in `scope`. */
export function broadGrants(
  statements: readonly PolicyStatement[],
  scope: RiskScope
): BroadGrant[] {
  const document = { Version: POLICY_VERSION, Statement: [...statements] }
  return grantRisks([{ id: 'extra-policy', type: 'extra-policy', document }], scope).map(
    (risk) => ({
      statement: risk.statement,
      ...(risk.sid !== undefined ? { sid: risk.sid } : {}),
      why: risk.why
    })
  )
}

/** One grant in words: `statement 2 (Sid AdminAccess) allows every action ("*")`. */
export function describeBroadGrant(grant: BroadGrant): string {
  return `statement ${grant.statement}${grant.sid ? ` (Sid ${grant.sid})` : ''} ${grant.why}`
}
