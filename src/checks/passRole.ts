// The PassRole check: may the caller pass each role to the service that will use it?
//
// `agentcore deploy` passes the runtime role to bedrock-agentcore.amazonaws.com (CreateAgentRuntime)
// and the CodeBuild role to codebuild.amazonaws.com (CreateProject). IAM's SimulatePrincipalPolicy
// answers exactly that question for the caller's role or user: `iam:PassRole` on the role's ARN
// with the context key `iam:PassedToService`. A role the caller may pass only to the other service
// is therefore denied, and is reported as such.
//
// When the caller may not call SimulatePrincipalPolicy, the answer is `unknown`, and the caller's
// own policies (if readable) are evaluated locally by the action's one policy evaluator
// (policy/evaluator.ts, which verification uses too). That evaluation cannot see SCPs, resource control policies or the session policy, so:
// - local "allowed" keeps the decision `unknown` (something it cannot see may still deny), and
//   the reason names the statement that allows;
// - local explicit deny is a proven denial (a readable Deny statement applies whatever else
//   exists), and so is a local implicit deny when every identity policy was read (nothing the
//   local evaluation cannot see can grant a permission): both report `denied` with the missing
//   statement, because that is the answer a person can act on at once.
import { type EvaluationResult, type IAMClient } from '@aws-sdk/client-iam'
import { isAccessDenied, isNoSuchEntity } from '../aws/iamResponses.ts'
import type { PassRoleResult, PassRoleRoleResult } from '../common/model.ts'
import { resolveCallerPrincipal } from './callerPrincipal.ts'
import { checkLocally } from './passRoleLocal.ts'
import { roleResult, verdict } from './passRoleVerdict.ts'
import { matchedStatements, simulatePrincipalPolicy, type SimulationAnswers } from './simulation.ts'

export { passRoleStatement, type PassRoleCheckInput } from './passRoleVerdict.ts'
import type { PassRoleCheckInput, RoleToPass } from './passRoleVerdict.ts'
export { resolveCallerPrincipal, type ResolvedCaller } from './callerPrincipal.ts'

export async function checkPassRole(
  iam: IAMClient,
  input: PassRoleCheckInput
): Promise<PassRoleResult> {
  const caller =
    input.caller ?? (await resolveCallerPrincipal(iam, input.callerArn, input.callerRoleArn))
  if (caller.kind !== 'principal') {
    const decision = caller.kind === 'root' ? 'allowed' : 'unknown'
    return {
      decision,
      callerArn: input.callerArn,
      roles: input.roles.map((role) => roleResult(role, decision, [])),
      reason: caller.reason
    }
  }
  const principalArn = caller.principal.arn
  const services = [...new Set(input.roles.map((role) => role.passedToService))]
  const toolkitResource = `arn:${input.partition}:iam::${input.accountId}:role/AmazonBedrockAgentCore*`
  try {
    const [evaluations, toolkitEvaluations] = await Promise.all([
      Promise.all(
        input.roles.map((role) =>
          simulatePassRole(iam, principalArn, role.arn, role.passedToService, input.answers)
        )
      ),
      Promise.all(
        services.map((service) =>
          simulatePassRole(iam, principalArn, toolkitResource, service, input.answers)
        )
      )
    ])
    const roles = await Promise.all(
      input.roles.map((role, index) =>
        simulatedRoleResult(iam, principalArn, role, evaluations[index], services)
      )
    )
    return {
      ...verdict(input.callerArn, principalArn, roles, caller.note),
      toolkitPattern: services.map((service, index) => ({
        resource: toolkitResource,
        service,
        decision: toolkitEvaluations[index]?.EvalDecision ?? 'unknown'
      }))
    }
  } catch (error) {
    if (isNoSuchEntity(error)) {
      return {
        decision: 'unknown',
        callerArn: input.callerArn,
        principalArn,
        roles: input.roles.map((role) => roleResult(role, 'unknown', [])),
        reason: [`IAM does not know the principal ${principalArn}`, caller.note]
          .filter(Boolean)
          .join('; ')
      }
    }
    if (!isAccessDenied(error)) throw error
    return checkLocally(iam, input, caller.principal, (error as Error).message, caller.note)
  }
}

/** Everything SimulatePrincipalPolicy returns for these actions and resources, across pages. */
async function simulatePassRole(
  iam: IAMClient,
  principalArn: string,
  resource: string,
  service: string,
  answers?: SimulationAnswers
): Promise<EvaluationResult | undefined> {
  const results = await simulatePrincipalPolicy(
    iam,
    principalArn,
    ['iam:PassRole'],
    [resource],
    { 'iam:PassedToService': service },
    answers
  )
  return results[0]
}

/** IAM's MatchedStatements, from the result or (when only there) its resource-specific result. */

async function simulatedRoleResult(
  iam: IAMClient,
  principalArn: string,
  role: RoleToPass,
  evaluation: EvaluationResult | undefined,
  services: string[]
): Promise<PassRoleRoleResult> {
  const decision = evaluation?.EvalDecision ?? 'unknown'
  const result = roleResult(role, decision, matchedStatements(evaluation))
  if (evaluation?.OrganizationsDecisionDetail?.AllowedByOrganizations === false) {
    result.deniedBy = 'organizations'
  } else if (
    evaluation?.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary === false
  ) {
    result.deniedBy = 'permissions-boundary'
  }
  if (decision !== 'implicitDeny') return result
  // Denied for its own service: is it allowed for another one (an iam:PassedToService mismatch)?
  const otherServices = services.filter((service) => service !== role.passedToService)
  const others = await Promise.all(
    otherServices.map((service) => simulatePassRole(iam, principalArn, role.arn, service))
  )
  const allowedOnlyFor = otherServices.filter(
    (_, index) => others[index]?.EvalDecision === 'allowed'
  )
  return allowedOnlyFor.length > 0 ? { ...result, allowedOnlyFor } : result
}
