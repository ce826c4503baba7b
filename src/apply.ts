// Apply: the only stage that writes to IAM, and only the writes the plan asks for.
//
// Order matters where IAM needs it: a role must exist (and be visible: IAM is eventually
// consistent) before its inline policy is put. Everything else about a role goes out in parallel,
// and both roles are applied in parallel. Every write is idempotent, so a run killed halfway is
// completed by the next run, and two runs racing on the same agent both converge.
import {
  CreateRoleCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  waitUntilRoleExists,
  type IAMClient
} from '@aws-sdk/client-iam'
import { desiredRole } from './desiredState.ts'
import { isEntityAlreadyExists } from './iamResponses.ts'
import type { DesiredRole, DesiredState, Plan, RoleChange, RolePlan } from './model.ts'

/** How long to wait for a new role to become visible before putting its policy. */
export interface ApplyOptions {
  roleVisibilityTimeoutSeconds: number
}

export const DEFAULT_APPLY_OPTIONS: ApplyOptions = { roleVisibilityTimeoutSeconds: 60 }

/** Applies every role plan whose status allows writes; returns the plans that were applied. */
export async function applyPlan(
  iam: IAMClient,
  desired: DesiredState,
  plan: Plan,
  options: ApplyOptions = DEFAULT_APPLY_OPTIONS
): Promise<RolePlan[]> {
  const writable = plan.roles.filter((role) => role.status === 'create' || role.status === 'update')
  await Promise.all(
    writable.map((rolePlan) =>
      applyRolePlan(iam, desiredRoleFor(desired, rolePlan), rolePlan, options)
    )
  )
  return writable
}

function desiredRoleFor(desired: DesiredState, rolePlan: RolePlan): DesiredRole {
  const role = desiredRole(desired, rolePlan.kind)
  if (!role) throw new Error(`No desired state for the ${rolePlan.kind} role`)
  return role
}

async function applyRolePlan(
  iam: IAMClient,
  role: DesiredRole,
  rolePlan: RolePlan,
  options: ApplyOptions
): Promise<void> {
  const creates = rolePlan.changes.some((change) => change.type === 'create-role')
  if (creates) {
    const createdHere = await createRole(iam, role)
    if (!createdHere) {
      // Another run created it between our read and our write: bring its trust policy, tags and
      // boundary to the desired state too, since we cannot know how that run configured it.
      await Promise.all([
        writeChange(iam, role, { type: 'update-trust-policy' }),
        writeChange(iam, role, { type: 'tag-role', tags: role.tags }),
        ...(role.permissionsBoundary
          ? [
              writeChange(iam, role, {
                type: 'put-permissions-boundary',
                permissionsBoundary: role.permissionsBoundary
              })
            ]
          : [])
      ])
    }
    await waitUntilRoleExists(
      {
        client: iam,
        maxWaitTime: options.roleVisibilityTimeoutSeconds,
        minDelay: 0.5,
        maxDelay: 5
      },
      { RoleName: role.name }
    )
  }
  const remaining = rolePlan.changes.filter((change) => change.type !== 'create-role')
  await Promise.all(remaining.map((change) => writeChange(iam, role, change)))
}

/** Creates the role with its trust policy, path, description, tags and boundary in one call.
 *  Returns false when the role already exists (a concurrent run won the race). */
async function createRole(iam: IAMClient, role: DesiredRole): Promise<boolean> {
  try {
    await iam.send(
      new CreateRoleCommand({
        RoleName: role.name,
        Path: role.path,
        Description: role.description,
        AssumeRolePolicyDocument: JSON.stringify(role.trustPolicy),
        PermissionsBoundary: role.permissionsBoundary,
        Tags: toTagList(role.tags)
      })
    )
    return true
  } catch (error) {
    if (isEntityAlreadyExists(error)) return false
    throw error
  }
}

async function writeChange(iam: IAMClient, role: DesiredRole, change: RoleChange): Promise<void> {
  const RoleName = role.name
  switch (change.type) {
    case 'create-role':
      throw new Error('create-role is applied before the other changes')
    case 'update-trust-policy':
      await iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName,
          PolicyDocument: JSON.stringify(role.trustPolicy)
        })
      )
      return
    case 'put-role-policy':
      await iam.send(
        new PutRolePolicyCommand({
          RoleName,
          PolicyName: change.policyName,
          PolicyDocument: JSON.stringify(role.permissionsPolicy)
        })
      )
      return
    case 'tag-role':
      await iam.send(new TagRoleCommand({ RoleName, Tags: toTagList(change.tags) }))
      return
    case 'put-permissions-boundary':
      await iam.send(
        new PutRolePermissionsBoundaryCommand({
          RoleName,
          PermissionsBoundary: change.permissionsBoundary
        })
      )
      return
    case 'update-description':
      await iam.send(new UpdateRoleCommand({ RoleName, Description: role.description }))
      return
  }
}

function toTagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([Key, Value]) => ({ Key, Value }))
}
