// Current state: what IAM says about each desired role. Reads only.
//
// Latency matters more than call count here: every role's reads go out in one parallel wave
// (GetRole, ListRolePolicies, ListAttachedRolePolicies and a speculative GetRolePolicy for the
// inline policy this action manages). Only inline policies under other names, which toolkit and
// action roles do not have, cost a second wave; attached managed policies and a permissions
// boundary (roles made by Terraform, CDK or the console) a second and a third (GetPolicy, then
// GetPolicyVersion), each policy read once per run however many roles attach it.
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
import {
  readManagedPolicy,
  type ManagedPolicyCache,
  type ManagedPolicyRead
} from './managedPolicies.ts'

/** Reads every desired role in parallel; a role IAM does not know is absent from the result. */
export async function readCurrentState(
  iam: IAMClient,
  desired: DesiredState,
  managedPolicies: ManagedPolicyCache = new Map()
): Promise<CurrentState> {
  const entries = await Promise.all(
    desired.roles.map(
      async (role) => [role.kind, await readRole(iam, role, managedPolicies)] as const
    )
  )
  const roles: CurrentState['roles'] = {}
  for (const [kind, current] of entries) {
    if (current) roles[kind] = current
  }
  return { roles }
}

async function readRole(
  iam: IAMClient,
  desired: DesiredRole,
  managedPolicies: ManagedPolicyCache
): Promise<CurrentRole | undefined> {
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
  const boundaryArn = role.PermissionsBoundary?.PermissionsBoundaryArn
  const managedArns = [
    ...new Set([...(attachedPolicyArns ?? []), ...(boundaryArn ? [boundaryArn] : [])])
  ]
  const [others, managed] = await Promise.all([
    Promise.all(
      otherNames.map((PolicyName) =>
        absentIfNoSuchEntity(iam.send(new GetRolePolicyCommand({ RoleName, PolicyName })))
      )
    ),
    Promise.all(managedArns.map((arn) => readManagedPolicy(iam, arn, managedPolicies)))
  ])
  for (const policy of others) {
    if (policy?.PolicyName && policy.PolicyDocument) {
      inlinePolicies[policy.PolicyName] = parsePolicyDocument(policy.PolicyDocument)
    }
  }
  return toCurrentRole(role, inlinePolicies, attachedPolicyArns ?? [], managed)
}

function toCurrentRole(
  role: Role,
  inlinePolicies: Record<string, PolicyDocument>,
  attachedPolicyArns: string[],
  managed: ManagedPolicyRead[]
): CurrentRole {
  const documents = new Map(
    managed.flatMap((read) => ('document' in read ? [[read.arn, read.document] as const] : []))
  )
  const boundaryArn = role.PermissionsBoundary?.PermissionsBoundaryArn
  const boundaryPolicy = boundaryArn ? documents.get(boundaryArn) : undefined
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
    attachedPolicies: Object.fromEntries(
      attachedPolicyArns.flatMap((arn) => {
        const document = documents.get(arn)
        return document ? [[arn, document]] : []
      })
    ),
    tags,
    permissionsBoundary: boundaryArn,
    ...(boundaryPolicy ? { permissionsBoundaryPolicy: boundaryPolicy } : {}),
    unreadablePolicies: managed.flatMap((read) =>
      'unreadable' in read ? [{ arn: read.arn, reason: read.unreadable }] : []
    )
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
