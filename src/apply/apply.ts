// Apply: the only stage that writes to IAM, and only the writes the plan asks for.
//
// Order matters where IAM needs it: a role must exist (and be visible: IAM is eventually
// consistent) before its inline policy is put. Everything else about a role goes out in parallel,
// and both roles are applied in parallel. Every write is idempotent, so a run killed halfway is
// completed by the next run, and two runs racing on the same agent both converge.
import {
  CreateRoleCommand,
  GetRoleCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  waitUntilRoleExists,
  type IAMClient
} from '@aws-sdk/client-iam'
import { desiredRole } from '../desired/desiredState.ts'
import { ActionError } from '../common/errors.ts'
import { isEntityAlreadyExists, isNoSuchEntity } from '../aws/iamResponses.ts'
import { isOwned, whyNotOwned } from '../common/ownership.ts'
import { POLICY_VERSION } from '../common/model.ts'
import { parsePolicyDocument } from '../policy/parse.ts'
import type { DesiredRole, DesiredState, Plan, RoleChange, RolePlan } from '../common/model.ts'

/** How long a new role may stay invisible (IAM is eventually consistent) before the step fails. */
const ROLE_VISIBILITY_TIMEOUT_SECONDS = 60

export interface ApplyOptions {
  /** The user's opt-in to rewrite roles this action does not own (manage-existing-roles). */
  manageExistingRoles: boolean
}

/** Applies every role plan whose status allows writes. */
export async function applyPlan(
  iam: IAMClient,
  desired: DesiredState,
  plan: Plan,
  options: ApplyOptions
): Promise<void> {
  const writable = plan.roles.filter((role) => role.status === 'create' || role.status === 'update')
  await Promise.all(
    writable.map((rolePlan) =>
      applyRolePlan(iam, desiredRoleFor(desired, rolePlan), rolePlan, options)
    )
  )
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
      // The role appeared between our read and our write: another run of this action (its
      // CreateRole carries the ownership tag) or someone else. The ownership rule decides.
      await assertStillOurs(iam, role, options)
      // Ours, made by a concurrent run: bring its trust policy, tags and boundary to the desired
      // state too, since we cannot know how that run configured it.
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
    await waitUntilVisible(iam, role)
  }
  const remaining = rolePlan.changes.filter((change) => change.type !== 'create-role')
  await Promise.all(remaining.map((change) => writeChange(iam, role, change)))
}

/**
 * CreateRole answered EntityAlreadyExists: read the role that exists and apply the ownership rule.
 * A role someone else made (or took over) ends the step, with nothing written to it.
 */
async function assertStillOurs(
  iam: IAMClient,
  role: DesiredRole,
  options: ApplyOptions
): Promise<void> {
  if (options.manageExistingRoles) return
  const read = () => iam.send(new GetRoleCommand({ RoleName: role.name }))
  const found = (
    await read().catch(async (error: unknown) => {
      // IAM is eventually consistent: the role CreateRole found may not be readable yet.
      if (!isNoSuchEntity(error)) throw error
      await waitUntilVisible(iam, role)
      return read()
    })
  ).Role
  const current = {
    tags: Object.fromEntries((found?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])),
    trustPolicy: found?.AssumeRolePolicyDocument
      ? parsePolicyDocument(found.AssumeRolePolicyDocument)
      : { Version: POLICY_VERSION, Statement: [] }
  }
  if (isOwned(current)) return
  throw new ActionError(
    `The ${role.kind} role ${role.name} was created by someone else between this run's read and its write ` +
      `(CreateRole answered EntityAlreadyExists; ${whyNotOwned(current)}); nothing was written to it.\n` +
      'Run the step again to verify it as an existing role, or set manage-existing-roles: true to let the action rewrite it.'
  )
}

/** Waits until IAM shows the new role (eventual consistency); one sentence when it does not. */
async function waitUntilVisible(iam: IAMClient, role: DesiredRole): Promise<void> {
  try {
    await waitUntilRoleExists(
      { client: iam, maxWaitTime: ROLE_VISIBILITY_TIMEOUT_SECONDS, minDelay: 0.5, maxDelay: 5 },
      { RoleName: role.name }
    )
  } catch (error) {
    if (error instanceof Error && '$metadata' in error) throw error
    throw new ActionError(
      `IAM did not show the new ${role.kind} role ${role.name} within ${ROLE_VISIBILITY_TIMEOUT_SECONDS} s of creating it ` +
        '(IAM is eventually consistent, and this is unusually slow); its policy was not put yet. Run the step again: it completes the role.',
      { cause: error }
    )
  }
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
        Tags: toTagList({ ...role.tags, ...role.creationTags })
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
