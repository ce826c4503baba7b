// Current roles as the IAM reader reports them, built from a desired role and then altered.
import type { CurrentRole, DesiredRole, PolicyDocument } from '../src/common/model.ts'

/** The role exactly as this action would have created it. */
export function currentRoleFor(
  desired: DesiredRole,
  overrides: Partial<CurrentRole> = {}
): CurrentRole {
  return {
    name: desired.name,
    path: desired.path,
    arn: desired.arn,
    description: desired.description,
    trustPolicy: desired.trustPolicy,
    inlinePolicies: { [desired.inlinePolicyName]: desired.permissionsPolicy },
    attachedPolicyArns: [],
    attachedPolicies: {},
    unreadablePolicies: [],
    tags: { ...desired.tags },
    ...(desired.permissionsBoundary !== undefined
      ? { permissionsBoundary: desired.permissionsBoundary }
      : {}),
    ...overrides
  }
}

/** The document without the statements whose Sid is listed. */
export function withoutSids(document: PolicyDocument, ...sids: string[]): PolicyDocument {
  return { ...document, Statement: document.Statement.filter((s) => !sids.includes(s.Sid ?? '')) }
}

/** The document without any Sid (what hand-written copies often look like). */
export function stripSids(document: PolicyDocument): PolicyDocument {
  return { ...document, Statement: document.Statement.map(({ Sid: _sid, ...rest }) => rest) }
}
