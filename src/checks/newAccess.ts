// "Does this change grant new access?", answered by AWS: in dry-run, for each role the plan would
// change, IAM Access Analyzer's CheckNoNewAccess of the policy the action would write against the
// one it replaces (the inline permissions policy of that name; the trust policy). A role to be
// created, or a policy of a name the role does not have yet, grants new access by definition (no
// call). Read-only; a refused call is "unknown", in one line.
import { CheckNoNewAccessCommand, type AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer'
import { isAccessDenied } from '../aws/iamResponses.ts'
import type { CurrentState, DesiredState, Plan, RoleKind } from '../common/model.ts'
import type { ValidatedPolicy } from './policyValidation.ts'

export interface NewAccessAnswer {
  roleKind: RoleKind
  roleName: string
  policy: ValidatedPolicy
  grantsNewAccess: 'yes' | 'no' | 'unknown'
  /** AWS's message, or why no call was made. */
  message: string
  reasons: Array<{ description: string; statementIndex?: number; statementId?: string }>
}

async function check(
  analyzer: AccessAnalyzerClient,
  policy: ValidatedPolicy,
  next: string,
  existing: string
): Promise<Pick<NewAccessAnswer, 'grantsNewAccess' | 'message' | 'reasons'>> {
  try {
    const answer = await analyzer.send(
      new CheckNoNewAccessCommand({
        newPolicyDocument: next,
        existingPolicyDocument: existing,
        policyType: policy === 'permissions' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY'
      })
    )
    return {
      grantsNewAccess:
        answer.result === 'PASS' ? 'no' : answer.result === 'FAIL' ? 'yes' : 'unknown',
      message: answer.message ?? '',
      reasons: (answer.reasons ?? []).map((reason) => ({
        description: reason.description ?? '',
        ...(reason.statementIndex !== undefined ? { statementIndex: reason.statementIndex } : {}),
        ...(reason.statementId !== undefined ? { statementId: reason.statementId } : {})
      }))
    }
  } catch (error) {
    if (!isAccessDenied(error)) throw error
    return {
      grantsNewAccess: 'unknown',
      message: `access-analyzer:CheckNoNewAccess was refused (${(error as Error).message})`,
      reasons: []
    }
  }
}

export async function checkNewAccess(
  analyzer: AccessAnalyzerClient,
  desired: DesiredState,
  current: CurrentState,
  plan: Plan
): Promise<NewAccessAnswer[]> {
  const checks = plan.roles.flatMap((rolePlan) => {
    const wanted = desired.roles.find((role) => role.kind === rolePlan.kind)
    if (!wanted || rolePlan.status === 'unchanged') return []
    const base = { roleKind: rolePlan.kind, roleName: rolePlan.name }
    if (rolePlan.status === 'create') {
      return [
        Promise.resolve<NewAccessAnswer>({
          ...base,
          policy: 'permissions',
          grantsNewAccess: 'yes',
          message: 'the role is new',
          reasons: []
        })
      ]
    }
    const existing = current.roles[rolePlan.kind]
    return rolePlan.changes.flatMap((change) => {
      if (change.type === 'put-role-policy') {
        const before = existing?.inlinePolicies[change.policyName]
        if (!before) {
          return [
            Promise.resolve<NewAccessAnswer>({
              ...base,
              policy: 'permissions',
              grantsNewAccess: 'yes',
              message: `the role has no inline policy ${change.policyName} yet`,
              reasons: []
            })
          ]
        }
        return [
          check(
            analyzer,
            'permissions',
            JSON.stringify(wanted.permissionsPolicy),
            JSON.stringify(before)
          ).then((answer): NewAccessAnswer => ({ ...base, policy: 'permissions', ...answer }))
        ]
      }
      if (change.type === 'update-trust-policy' && existing) {
        return [
          check(
            analyzer,
            'trust',
            JSON.stringify(wanted.trustPolicy),
            JSON.stringify(existing.trustPolicy)
          ).then((answer): NewAccessAnswer => ({ ...base, policy: 'trust', ...answer }))
        ]
      }
      return []
    })
  })
  return Promise.all(checks)
}
