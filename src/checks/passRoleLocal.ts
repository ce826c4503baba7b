// The PassRole check's fallback when the caller may not simulate: the caller's readable policies
// evaluated locally (the action's one policy evaluator), and what that evaluation cannot see.
import { type IAMClient } from '@aws-sdk/client-iam'
import { readCallerPolicies, type CallerPrincipal } from './callerPolicies.ts'
import { evaluateLocally, type LocalDecision } from './localPolicyEvaluation.ts'
import type { LocalPassRoleEvaluation, PassRoleResult } from '../common/model.ts'
import { roleNameOfArn } from '../common/arn.ts'
import type { PassRoleCheckInput } from './passRoleVerdict.ts'
import { isDenied, roleResult, verdict } from './passRoleVerdict.ts'
import { describeStatement } from './simulation.ts'

const CANNOT_SEE = [
  'service control policies (SCPs)',
  'resource control policies (RCPs)',
  'the session policy of this session'
]

export async function checkLocally(
  iam: IAMClient,
  input: PassRoleCheckInput,
  principal: CallerPrincipal,
  refusal: string,
  note: string | undefined
): Promise<PassRoleResult> {
  const policies = await readCallerPolicies(iam, principal)
  const context = { 'aws:PrincipalArn': principal.arn, 'aws:PrincipalAccount': input.accountId }
  const decisions = input.roles.map((role) =>
    evaluateLocally(
      {
        action: 'iam:PassRole',
        resource: role.arn,
        context: { ...context, 'iam:PassedToService': role.passedToService }
      },
      policies
    )
  )
  const cannotSee = [
    ...CANNOT_SEE,
    ...(policies.boundaryKnown ? [] : ['whether a permissions boundary applies, or its content']),
    ...policies.unreadable,
    ...decisions.flatMap((decision) =>
      decision.unevaluable.map(
        (statement) =>
          `${describeStatement(statement)} (a condition the local evaluation cannot evaluate)`
      )
    )
  ]
  const localEvaluation: LocalPassRoleEvaluation = {
    engine: 'agentcore-role-action',
    roles: input.roles.map((role, index) => ({
      arn: role.arn,
      service: role.passedToService,
      decision: decisions[index]?.decision ?? 'implicitDeny',
      matchedStatements: decisions[index]?.matchedStatements ?? []
    })),
    policiesRead: [
      ...policies.identityPolicies.map((policy) => policy.id),
      ...(policies.permissionsBoundary ? [policies.permissionsBoundary.id] : [])
    ],
    cannotSee: [...new Set(cannotSee)]
  }
  // The note (a path assumed because GetRole was refused) may be why the simulation was refused.
  const simulationRefused = `SimulatePrincipalPolicy was refused (${refusal})${note ? `; ${note}` : ''}`
  const roles = input.roles.map((role, index) => {
    const local = decisions[index]
    const proven = local && provenDenial(local, policies.identityComplete, policies.boundaryKnown)
    return proven
      ? roleResult(role, proven, local.matchedStatements)
      : roleResult(role, 'unknown', [])
  })
  if (roles.some(isDenied)) {
    const result = verdict(input.callerArn, principal.arn, roles, undefined)
    return {
      ...result,
      decision: 'denied',
      reason: `${simulationRefused}; local evaluation of the policies of ${principal.name}: ${result.reason}`,
      localEvaluation
    }
  }
  return {
    decision: 'unknown',
    callerArn: input.callerArn,
    principalArn: principal.arn,
    roles,
    reason: `${simulationRefused}; ${describeLocalAnswer(localEvaluation)}`,
    localEvaluation
  }
}

/** A local denial nothing unseen could overturn, or undefined. */
function provenDenial(
  local: LocalDecision,
  identityComplete: boolean,
  boundaryKnown: boolean
): 'implicitDeny' | 'explicitDeny' | undefined {
  if (local.decision === 'explicitDeny') return 'explicitDeny'
  const everythingSeen = local.unevaluable.length === 0 && identityComplete
  if (
    local.decision === 'implicitDeny' &&
    everythingSeen &&
    (boundaryKnown || !local.deniedByBoundary)
  ) {
    return 'implicitDeny'
  }
  return undefined
}

function describeLocalAnswer(local: LocalPassRoleEvaluation): string {
  const perRole = local.roles.map((role) => {
    const by = role.matchedStatements.map(describeStatement).join(', ')
    const answer =
      role.decision === 'allowed'
        ? `allowed by ${by}`
        : `${role.decision} (not proven: some policies could not be read)`
    return `local evaluation: ${roleNameOfArn(role.arn)} to ${role.service} ${answer}`
  })
  const read =
    local.policiesRead.length > 0 ? local.policiesRead.join(', ') : 'no policy could be read'
  return `${perRole.join('; ')}; policies evaluated: ${read}; cannot see: ${local.cannotSee.join(', ')}`
}
