// Mode delete's writes, the only ones besides apply.ts: each role the deletion plan marks, its
// inline policies deleted and managed policies detached, then the role, in that order (IAM refuses
// to delete a role that still has policies). Every call is idempotent: an answer that the thing is
// gone already (NoSuchEntity) is success, so a run killed between two calls, or two runs deleting
// the same agent at once, converge on the next run.
import {
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  type IAMClient
} from '@aws-sdk/client-iam'
import { isNoSuchEntity } from '../aws/iamResponses.ts'
import type { Plan, RoleChange } from '../common/model.ts'

async function gone<T>(call: Promise<T>): Promise<void> {
  try {
    await call
  } catch (error) {
    if (!isNoSuchEntity(error)) throw error
  }
}

function send(iam: IAMClient, roleName: string, change: RoleChange): Promise<void> {
  switch (change.type) {
    case 'delete-role-policy':
      return gone(
        iam.send(new DeleteRolePolicyCommand({ RoleName: roleName, PolicyName: change.policyName }))
      )
    case 'detach-role-policy':
      return gone(
        iam.send(new DetachRolePolicyCommand({ RoleName: roleName, PolicyArn: change.policyArn }))
      )
    case 'delete-role':
      return gone(iam.send(new DeleteRoleCommand({ RoleName: roleName })))
    default:
      throw new Error(`A deletion plan has no ${change.type} step`)
  }
}

export async function deleteRoles(iam: IAMClient, plan: Plan): Promise<void> {
  await Promise.all(
    plan.roles
      .filter((role) => role.status === 'delete')
      .map(async (role) => {
        const policies = role.changes.filter((change) => change.type !== 'delete-role')
        // Policies of one role in parallel; the role once they are all gone.
        await Promise.all(policies.map((change) => send(iam, role.name, change)))
        await send(iam, role.name, { type: 'delete-role' })
      })
  )
}
