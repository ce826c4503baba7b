// The PassRole answer: per role, and for all roles together, with the reason in words and the
// ready-to-paste statement that grants what is missing. Shared by the simulation and the local
// fallback.
import type {
  MatchedPolicyStatement,
  Partition,
  PassRoleResult,
  PassRoleRoleDecision,
  PassRoleRoleResult,
  PolicyStatement,
  RoleKind
} from '../common/model.ts'
import { roleNameOfArn } from '../common/arn.ts'
import { describeStatement, type SimulationAnswers } from './simulation.ts'
import type { ResolvedCaller } from './callerPrincipal.ts'

export interface PassRoleCheckInput {
  /** GetCallerIdentity's ARN. */
  callerArn: string
  /** The role ARN the action assumed (role-to-assume), which carries the role's path. */
  callerRoleArn?: string
  partition: Partition
  accountId: string
  roles: Array<{ kind: RoleKind; arn: string; passedToService: string }>
  /** The caller, when already resolved (shared with the deploy-permissions check). */
  caller?: ResolvedCaller
  /** The run's simulation answers, shared by its agents: each question is asked of IAM once. */
  answers?: SimulationAnswers
}

export type RoleToPass = PassRoleCheckInput['roles'][number]

export function roleResult(
  role: RoleToPass,
  decision: PassRoleRoleDecision,
  matched: MatchedPolicyStatement[]
): PassRoleRoleResult {
  return {
    kind: role.kind,
    arn: role.arn,
    service: role.passedToService,
    decision,
    matchedStatements: matched
  }
}

/** The overall answer from per-role answers that are all known (simulated or proven locally). */
export function verdict(
  callerArn: string,
  principalArn: string,
  roles: PassRoleRoleResult[],
  note: string | undefined
): PassRoleResult {
  // The same Deny statement usually denies both roles: name it once.
  const denyStatements = roles
    .filter((role) => role.decision === 'explicitDeny')
    .flatMap((role) => role.matchedStatements)
  const explicitDeny = [
    ...new Map(denyStatements.map((statement) => [JSON.stringify(statement), statement])).values()
  ]
  const missingStatement = passRoleStatement(
    roles.filter((role) => role.decision === 'implicitDeny' && role.deniedBy !== 'organizations')
  )
  const allowed = roles.every((role) => role.decision === 'allowed')
  const reasons = allowed
    ? [
        `${principalArn} may pass ${roles.map((role) => `${roleNameOfArn(role.arn)} to ${role.service}`).join(' and ')}`
      ]
    : roles
        .filter((role) => role.decision !== 'allowed')
        .map((role) => denialReason(principalArn, role))
  if (note) reasons.push(note)
  return {
    decision: allowed ? 'allowed' : roles.some(isDenied) ? 'denied' : 'unknown',
    callerArn,
    principalArn,
    roles,
    reason: reasons.join('; '),
    ...(missingStatement ? { missingStatement } : {}),
    ...(explicitDeny.length > 0 ? { explicitDeny } : {})
  }
}

export function isDenied(role: PassRoleRoleResult): boolean {
  return role.decision === 'implicitDeny' || role.decision === 'explicitDeny'
}

function denialReason(principalArn: string, role: PassRoleRoleResult): string {
  if (role.decision === 'unknown') {
    return `whether ${principalArn} may pass ${roleNameOfArn(role.arn)} to ${role.service} is not known`
  }
  const subject = `${principalArn} may not pass ${roleNameOfArn(role.arn)} to ${role.service}`
  if (role.decision === 'explicitDeny') {
    return `${subject}: explicitly denied by ${role.matchedStatements.map(describeStatement).join(', ')}`
  }
  if (role.deniedBy === 'organizations') return `${subject}: a service control policy denies it`
  if (role.deniedBy === 'permissions-boundary') {
    return `${subject}: the caller's permissions boundary does not allow it (add the statement to the boundary too)`
  }
  if (role.allowedOnlyFor) {
    return `${subject}: allowed only when passed to ${role.allowedOnlyFor.join(', ')} (iam:PassedToService does not match)`
  }
  return `${subject}: no policy allows it`
}

/** The statement to add: iam:PassRole on exactly these roles, for exactly their services. */
export function passRoleStatement(
  roles: Array<{ arn: string; service: string }>
): PolicyStatement | undefined {
  if (roles.length === 0) return undefined
  return {
    Sid: 'AllowPassAgentCoreRoles',
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: [...new Set(roles.map((role) => role.arn))],
    Condition: {
      StringEquals: { 'iam:PassedToService': [...new Set(roles.map((role) => role.service))] }
    }
  }
}
