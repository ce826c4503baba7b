// A role the user named (execution-role, codebuild-role, or an executionRoleArn of a config file):
// its name, path and ARN in the account the action acts in.
import { parseIamResourceArn, roleArn } from '../common/arn.ts'
import type { Partition } from '../common/model.ts'

export interface RoleReference {
  name: string
  path: string
  arn: string
}

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
const IAM_PATH = /^\/(?:[\x21-\x7e]*\/)?$/

/**
 * A role the user named (`execution-role` / `codebuild-role`): a bare name (path `/` assumed; the
 * real path comes back from iam:GetRole) or a role ARN, which carries its path. The ARN must be in
 * the caller's partition and account: AgentCore and CodeBuild only take roles of their own account.
 */
export function parseRoleReference(
  nameOrArn: string,
  partition: Partition,
  accountId: string
): RoleReference {
  const value = nameOrArn.trim()
  if (value.startsWith('arn:')) {
    const role = parseIamResourceArn(value, 'role')
    if (
      !role ||
      !/^\d{12}$/.test(role.accountId) ||
      !IAM_PATH.test(role.path) ||
      !ROLE_NAME.test(role.name)
    )
      throw new Error(
        `"${value}" is not an IAM role ARN (arn:<partition>:iam::<account>:role/<path/>name)`
      )
    const { path, name } = role
    if (role.partition !== partition || role.accountId !== accountId) {
      throw new Error(
        `role ${value} is not in this account and partition (arn:${partition}:iam::${accountId}:…)`
      )
    }
    return { name, path, arn: value }
  }
  if (!ROLE_NAME.test(value)) {
    throw new Error(`"${value}" is not a valid IAM role name (1-64 of letters, digits and +=,.@_-)`)
  }
  return { name: value, path: '/', arn: roleArn(partition, accountId, '/', value) }
}
