// The caller's readable policies evaluated locally, used only when the caller may not call
// SimulatePrincipalPolicy: one request (iam:PassRole on a role, to a service) decided by the
// action's one policy evaluator (policy/evaluator.ts), the one verification uses, with every key
// of the request known. What it cannot evaluate (an operator IAM has and it does not, a policy
// variable the request lacks) is reported, never guessed.
import type { MatchedPolicyStatement, PolicyDocument } from '../common/model.ts'
import { concreteRequest, decide, type StatementRef } from '../policy/evaluator.ts'

/** A policy of the caller, named as IAM's MatchedStatements would name it. */
export interface NamedPolicy {
  /** Inline policy name, or managed policy ARN. */
  id: string
  /** role, user, group (inline), user-managed, aws-managed, permissions-boundary. */
  type: string
  document: PolicyDocument
}

export interface LocalRequest {
  action: string
  resource: string
  /** Condition keys present in the request, e.g. `{'iam:PassedToService': 'codebuild.amazonaws.com'}`. */
  context: Record<string, string | string[]>
}

export interface LocalPolicySet {
  identityPolicies: NamedPolicy[]
  permissionsBoundary?: NamedPolicy
}

export interface LocalDecision {
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny'
  /** Deny statements for explicitDeny, Allow statements for allowed, none for implicitDeny. */
  matchedStatements: MatchedPolicyStatement[]
  /** True when the identity policies allow but the permissions boundary does not. */
  deniedByBoundary: boolean
  /** Statements whose conditions could not be evaluated: the answer is not proof. */
  unevaluable: MatchedPolicyStatement[]
}

const granting = (policy: NamedPolicy) => ({
  name: policy.id,
  type: policy.type,
  document: policy.document
})

const matched = (ref: StatementRef): MatchedPolicyStatement => ({
  sourcePolicyId: ref.policy,
  sourcePolicyType: ref.type ?? 'unknown',
  statementIndex: ref.index,
  ...(ref.sid !== undefined ? { sid: ref.sid } : {})
})

export function evaluateLocally(request: LocalRequest, policies: LocalPolicySet): LocalDecision {
  const result = decide(
    {
      action: request.action,
      resource: request.resource,
      context: concreteRequest(request.context)
    },
    policies.identityPolicies.map(granting),
    policies.permissionsBoundary ? granting(policies.permissionsBoundary) : undefined
  )
  return {
    decision: result.decision,
    matchedStatements: (result.decision === 'explicitDeny'
      ? result.deniedBy
      : result.decision === 'allowed'
        ? result.allowedBy
        : []
    ).map(matched),
    deniedByBoundary: result.deniedByBoundary,
    unevaluable: result.unevaluable.map(matched)
  }
}
