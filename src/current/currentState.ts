// Current state: what IAM says about each desired role. Reads only.
//
// Latency matters more than call count here: every role's reads go out in one parallel wave
// (GetRole, ListRolePolicies, ListAttachedRolePolicies and a speculative GetRolePolicy for the
// inline policy this action manages). Only inline policies under other names, which toolkit and
// action roles do not have, cost a second wave.
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  type IAMClient,
  type Role
} from '@aws-sdk/client-iam'
import type {
  CurrentRole,
  CurrentState,
  DesiredRole,
  DesiredState,
  PolicyDocument
} from '../common/model.ts'
import { POLICY_VERSION } from '../common/model.ts'
import { collectPages, isNoSuchEntity } from '../aws/iamResponses.ts'
import { parsePolicyDocument } from '../policy/parse.ts'

/** Reads every desired role in parallel; a role IAM does not know is absent from the result. */
export async function readCurrentState(
  iam: IAMClient,
  desired: DesiredState
): Promise<CurrentState> {
  const entries = await Promise.all(
    desired.roles.map(async (role) => [role.kind, await readRole(iam, role)] as const)
  )
  const roles: CurrentState['roles'] = {}
  for (const [kind, current] of entries) {
    if (current) roles[kind] = current
  }
  return { roles }
}

async function readRole(iam: IAMClient, desired: DesiredRole): Promise<CurrentRole | undefined> {
  const RoleName = desired.name
  const [role, policyNames, attachedPolicyArns, managedPolicy] = await Promise.all([
    absentIfNoSuchEntity(iam.send(new GetRoleCommand({ RoleName })).then((r) => r.Role)),
    absentIfNoSuchEntity(listInlinePolicyNames(iam, RoleName)),
    absentIfNoSuchEntity(listAttachedPolicyArns(iam, RoleName)),
    absentIfNoSuchEntity(
      iam.send(new GetRolePolicyCommand({ RoleName, PolicyName: desired.inlinePolicyName }))
    )
  ])
  if (!role) return undefined

  const inlinePolicies: Record<string, PolicyDocument> = {}
  if (managedPolicy?.PolicyDocument) {
    inlinePolicies[desired.inlinePolicyName] = parsePolicyDocument(managedPolicy.PolicyDocument)
  }
  const otherNames = (policyNames ?? []).filter((name) => name !== desired.inlinePolicyName)
  const others = await Promise.all(
    otherNames.map((PolicyName) =>
      absentIfNoSuchEntity(iam.send(new GetRolePolicyCommand({ RoleName, PolicyName })))
    )
  )
  for (const policy of others) {
    if (policy?.PolicyName && policy.PolicyDocument) {
      inlinePolicies[policy.PolicyName] = parsePolicyDocument(policy.PolicyDocument)
    }
  }
  return toCurrentRole(role, inlinePolicies, attachedPolicyArns ?? [])
}

function toCurrentRole(
  role: Role,
  inlinePolicies: Record<string, PolicyDocument>,
  attachedPolicyArns: string[]
): CurrentRole {
  const tags: Record<string, string> = {}
  for (const tag of role.Tags ?? []) {
    if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? ''
  }
  return {
    name: role.RoleName ?? '',
    path: role.Path ?? '/',
    arn: role.Arn ?? '',
    description: role.Description,
    trustPolicy: role.AssumeRolePolicyDocument
      ? parsePolicyDocument(role.AssumeRolePolicyDocument)
      : { Version: POLICY_VERSION, Statement: [] },
    inlinePolicies,
    attachedPolicyArns,
    tags,
    permissionsBoundary: role.PermissionsBoundary?.PermissionsBoundaryArn
  }
}

function listInlinePolicyNames(iam: IAMClient, RoleName: string): Promise<string[]> {
  return collectPages(
    (Marker) => iam.send(new ListRolePoliciesCommand({ RoleName, Marker })),
    (page) => page.PolicyNames
  )
}

function listAttachedPolicyArns(iam: IAMClient, RoleName: string): Promise<string[]> {
  return collectPages(
    (Marker) => iam.send(new ListAttachedRolePoliciesCommand({ RoleName, Marker })),
    (page) => page.AttachedPolicies?.flatMap((policy) => policy.PolicyArn ?? [])
  )
}

/** IAM answers NoSuchEntity for a role (or policy) that does not exist: that is a state, not an error. */
async function absentIfNoSuchEntity<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request
  } catch (error) {
    if (isNoSuchEntity(error)) return undefined
    throw error
  }
}
