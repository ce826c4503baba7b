// The caller as a principal IAM can simulate: GetCallerIdentity's ARN names an assumed-role session,
// which SimulatePrincipalPolicy does not take; the role's ARN (with its path) is what it needs.
import { GetRoleCommand, type IAMClient } from '@aws-sdk/client-iam'
import { type CallerPrincipal } from './callerPolicies.ts'
import { isAccessDenied } from '../aws/iamResponses.ts'
import type { Partition } from '../common/model.ts'
import { parseCallerArn, roleArn } from '../common/arn.ts'

export type ResolvedCaller =
  /** A role (ARN with its path) or a user: SimulatePrincipalPolicy applies. */
  | { kind: 'principal'; principal: CallerPrincipal; note?: string }
  /** The account root user may pass any role; there is nothing to simulate. */
  | { kind: 'root'; reason: string }
  /** A caller SimulatePrincipalPolicy cannot simulate (federated user, unrecognised ARN). */
  | { kind: 'unsupported'; reason: string }

/**
 * The principal SimulatePrincipalPolicy needs, from GetCallerIdentity's ARN. An assumed-role ARN
 * has lost the role's path: `knownRoleArn` (the role-to-assume input, which has it) is used when it
 * names the same role, otherwise iam:GetRole tells the path.
 */
export async function resolveCallerPrincipal(
  iam: IAMClient,
  callerArn: string,
  knownRoleArn?: string
): Promise<ResolvedCaller> {
  const caller = parseCallerArn(callerArn)
  if (caller.kind === 'assumed-role') {
    const { partition, accountId, roleName: name } = caller
    const expectedPrefix = `arn:${partition}:iam::${accountId}:role/`
    if (knownRoleArn?.startsWith(expectedPrefix) && knownRoleArn.endsWith(`/${name}`)) {
      return { kind: 'principal', principal: { type: 'role', arn: knownRoleArn, name } }
    }
    return resolveRolePath(iam, partition as Partition, accountId, name)
  }
  if (caller.kind === 'user') {
    return { kind: 'principal', principal: { type: 'user', arn: callerArn, name: caller.name } }
  }
  if (caller.kind === 'root') {
    return {
      kind: 'root',
      reason:
        'the caller is the account root user, whom no IAM policy restricts (only an SCP can); there is no policy to simulate'
    }
  }
  if (caller.kind === 'federated-user') {
    return {
      kind: 'unsupported',
      reason:
        "the caller is a federated user (sts:GetFederationToken session), whose permissions are its IAM user's policies intersected with the session policy; SimulatePrincipalPolicy cannot simulate such a session"
    }
  }
  return {
    kind: 'unsupported',
    reason: `the caller ARN ${callerArn} is not a role, user or root ARN`
  }
}

async function resolveRolePath(
  iam: IAMClient,
  partition: Partition,
  accountId: string,
  name: string
): Promise<ResolvedCaller> {
  try {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: name }))
    const arn = Role?.Arn ?? roleArn(partition, accountId, '/', name)
    return { kind: 'principal', principal: { type: 'role', arn, name } }
  } catch (error) {
    if (!isAccessDenied(error)) throw error
    return {
      kind: 'principal',
      principal: { type: 'role', arn: roleArn(partition, accountId, '/', name), name },
      note: `iam:GetRole on ${name} was refused, so the role's path is assumed to be /`
    }
  }
}
