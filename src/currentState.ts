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
  NoSuchEntityException,
  type IAMClient,
  type Role
} from '@aws-sdk/client-iam'
import type {
  CurrentRole,
  CurrentState,
  DesiredRole,
  DesiredState,
  PolicyDocument
} from './model.ts'
import { parsePolicyDocument } from './policyDocument.ts'

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
      : { Version: '2012-10-17', Statement: [] },
    inlinePolicies,
    attachedPolicyArns,
    tags,
    permissionsBoundary: role.PermissionsBoundary?.PermissionsBoundaryArn
  }
}

async function listInlinePolicyNames(iam: IAMClient, RoleName: string): Promise<string[]> {
  const names: string[] = []
  let Marker: string | undefined
  do {
    const page = await iam.send(new ListRolePoliciesCommand({ RoleName, Marker }))
    names.push(...(page.PolicyNames ?? []))
    Marker = page.IsTruncated ? page.Marker : undefined
  } while (Marker)
  return names
}

async function listAttachedPolicyArns(iam: IAMClient, RoleName: string): Promise<string[]> {
  const arns: string[] = []
  let Marker: string | undefined
  do {
    const page = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName, Marker }))
    for (const policy of page.AttachedPolicies ?? []) {
      if (policy.PolicyArn) arns.push(policy.PolicyArn)
    }
    Marker = page.IsTruncated ? page.Marker : undefined
  } while (Marker)
  return arns
}

/** IAM answers NoSuchEntity for a role (or policy) that does not exist: that is a state, not an error. */
async function absentIfNoSuchEntity<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request
  } catch (error) {
    if (error instanceof NoSuchEntityException || (error as Error).name === 'NoSuchEntity') {
      return undefined
    }
    throw error
  }
}
