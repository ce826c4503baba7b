// The caller's own IAM policies, read for the local PassRole evaluation when the caller may not call
// SimulatePrincipalPolicy. Every read that IAM refuses is recorded rather than thrown: the local
// answer then says what it could not see instead of pretending the policy does not exist.
//
// Reads go out as early as they can: each list's follow-up reads start as soon as that list
// returns, all in parallel (a role costs three round trips in sequence: list, get policy, get
// policy version).
import {
  GetGroupPolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  type IAMClient
} from '@aws-sdk/client-iam'
import { collectPages, isAccessDenied } from '../aws/iamResponses.ts'
import { readManagedPolicy } from '../current/managedPolicies.ts'
import type { NamedPolicy } from './localPolicyEvaluation.ts'
import { parsePolicyDocument } from '../policy/parse.ts'

/** The identity whose policies IAM evaluates: a role (with its path) or an IAM user. */
export interface CallerPrincipal {
  type: 'role' | 'user'
  arn: string
  name: string
}

export interface CallerPolicies {
  identityPolicies: NamedPolicy[]
  permissionsBoundary?: NamedPolicy
  /** Each read IAM refused or that failed, e.g. `iam:ListRolePolicies on github-deployer (AccessDenied)`. */
  unreadable: string[]
  /** False when a refused read may hide an identity policy: a missing grant then proves nothing. */
  identityComplete: boolean
  /** False when it is unknown whether a permissions boundary applies, or it could not be read. */
  boundaryKnown: boolean
}

/** IAM's refusal, under the names the query protocol and the SDK give it. */
export async function readCallerPolicies(
  iam: IAMClient,
  principal: CallerPrincipal
): Promise<CallerPolicies> {
  const reader = new PolicyReader(iam)
  const [identityPolicies, permissionsBoundary] =
    principal.type === 'role'
      ? await Promise.all([
          readRoleIdentityPolicies(reader, principal.name),
          readRoleBoundary(reader, principal.name)
        ])
      : await Promise.all([
          readUserIdentityPolicies(reader, principal.name),
          readUserBoundary(reader, principal.name)
        ])
  return {
    identityPolicies,
    ...(permissionsBoundary.policy ? { permissionsBoundary: permissionsBoundary.policy } : {}),
    unreadable: reader.unreadable,
    identityComplete: reader.identityComplete,
    boundaryKnown: permissionsBoundary.known
  }
}

interface BoundaryRead {
  policy?: NamedPolicy
  known: boolean
}

/** Runs reads, keeping what was refused instead of failing the whole evaluation. */
class PolicyReader {
  readonly unreadable: string[] = []
  identityComplete = true
  readonly iam: IAMClient

  constructor(iam: IAMClient) {
    this.iam = iam
  }

  /** The read's value, or undefined when it failed (recorded under `what`). */
  async attempt<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read()
    } catch (error) {
      const reason = isAccessDenied(error) ? 'AccessDenied' : (error as Error).name || 'error'
      this.unreadable.push(`${what} (${reason})`)
      return undefined
    }
  }

  /** As attempt, and a failure means some identity policy may be unknown. */
  async attemptIdentity<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
    const value = await this.attempt(what, read)
    if (value === undefined) this.identityComplete = false
    return value
  }

  async managedPolicy(arn: string, type: string): Promise<NamedPolicy | undefined> {
    const what = `managed policy ${arn}`
    const answer = await this.attempt(what, () => readManagedPolicy(this.iam, arn))
    if (answer && 'document' in answer) return { id: arn, type, document: answer.document }
    if (answer) this.unreadable.push(`${what} (AccessDenied)`)
    if (type !== 'permissions-boundary') this.identityComplete = false
    return undefined
  }

  async managedPolicies(what: string, listArns: () => Promise<string[]>): Promise<NamedPolicy[]> {
    const arns = (await this.attemptIdentity(what, listArns)) ?? []
    const policies = await Promise.all(
      arns.map((arn) => this.managedPolicy(arn, managedPolicyType(arn)))
    )
    return policies.filter((policy) => policy !== undefined)
  }

  async inlinePolicies(
    what: string,
    listNames: () => Promise<string[]>,
    getDocument: (name: string) => Promise<string | undefined>,
    policy: (name: string, document: string) => NamedPolicy
  ): Promise<NamedPolicy[]> {
    const names = (await this.attemptIdentity(what, listNames)) ?? []
    const policies = await Promise.all(
      names.map(async (name) => {
        const document = await this.attemptIdentity(`inline policy ${name}`, () =>
          getDocument(name)
        )
        return document === undefined ? undefined : policy(name, document)
      })
    )
    return policies.filter((item) => item !== undefined)
  }
}

/** AWS managed policies live under the `aws` account: `arn:{p}:iam::aws:policy/...`. */
function managedPolicyType(arn: string): string {
  return arn.includes(':iam::aws:policy/') ? 'aws-managed' : 'user-managed'
}

async function readRoleIdentityPolicies(
  reader: PolicyReader,
  RoleName: string
): Promise<NamedPolicy[]> {
  const [inline, attached] = await Promise.all([
    reader.inlinePolicies(
      `iam:ListRolePolicies on ${RoleName}`,
      () =>
        collectPages(
          (Marker) => reader.iam.send(new ListRolePoliciesCommand({ RoleName, Marker })),
          (page) => page.PolicyNames
        ),
      async (PolicyName) =>
        (await reader.iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument,
      (name, document) => ({ id: name, type: 'role', document: parsePolicyDocument(document) })
    ),
    reader.managedPolicies(`iam:ListAttachedRolePolicies on ${RoleName}`, () =>
      collectPages(
        (Marker) => reader.iam.send(new ListAttachedRolePoliciesCommand({ RoleName, Marker })),
        (page) => page.AttachedPolicies?.flatMap((policy) => policy.PolicyArn ?? [])
      )
    )
  ])
  return [...inline, ...attached]
}

async function readRoleBoundary(reader: PolicyReader, RoleName: string): Promise<BoundaryRead> {
  const role = await reader.attempt(`iam:GetRole on ${RoleName}`, async () => {
    const { Role } = await reader.iam.send(new GetRoleCommand({ RoleName }))
    return { arn: Role?.PermissionsBoundary?.PermissionsBoundaryArn }
  })
  return readBoundary(reader, role)
}

async function readUserIdentityPolicies(
  reader: PolicyReader,
  UserName: string
): Promise<NamedPolicy[]> {
  const [inline, attached, groupPolicies] = await Promise.all([
    reader.inlinePolicies(
      `iam:ListUserPolicies on ${UserName}`,
      () =>
        collectPages(
          (Marker) => reader.iam.send(new ListUserPoliciesCommand({ UserName, Marker })),
          (page) => page.PolicyNames
        ),
      async (PolicyName) =>
        (await reader.iam.send(new GetUserPolicyCommand({ UserName, PolicyName }))).PolicyDocument,
      (name, document) => ({ id: name, type: 'user', document: parsePolicyDocument(document) })
    ),
    reader.managedPolicies(`iam:ListAttachedUserPolicies on ${UserName}`, () =>
      collectPages(
        (Marker) => reader.iam.send(new ListAttachedUserPoliciesCommand({ UserName, Marker })),
        (page) => page.AttachedPolicies?.flatMap((policy) => policy.PolicyArn ?? [])
      )
    ),
    readUserGroupPolicies(reader, UserName)
  ])
  return [...inline, ...attached, ...groupPolicies]
}

/** A user's groups' policies are the user's identity policies too. */
async function readUserGroupPolicies(
  reader: PolicyReader,
  UserName: string
): Promise<NamedPolicy[]> {
  const groups =
    (await reader.attemptIdentity(`iam:ListGroupsForUser on ${UserName}`, () =>
      collectPages(
        (Marker) => reader.iam.send(new ListGroupsForUserCommand({ UserName, Marker })),
        (page) => page.Groups?.flatMap((group) => group.GroupName ?? [])
      )
    )) ?? []
  const perGroup = await Promise.all(
    groups.flatMap((GroupName) => [
      reader.inlinePolicies(
        `iam:ListGroupPolicies on ${GroupName}`,
        () =>
          collectPages(
            (Marker) => reader.iam.send(new ListGroupPoliciesCommand({ GroupName, Marker })),
            (page) => page.PolicyNames
          ),
        async (PolicyName) =>
          (await reader.iam.send(new GetGroupPolicyCommand({ GroupName, PolicyName })))
            .PolicyDocument,
        (name, document) => ({
          id: `${GroupName}/${name}`,
          type: 'group',
          document: parsePolicyDocument(document)
        })
      ),
      reader.managedPolicies(`iam:ListAttachedGroupPolicies on ${GroupName}`, () =>
        collectPages(
          (Marker) => reader.iam.send(new ListAttachedGroupPoliciesCommand({ GroupName, Marker })),
          (page) => page.AttachedPolicies?.flatMap((policy) => policy.PolicyArn ?? [])
        )
      )
    ])
  )
  return perGroup.flat()
}

async function readUserBoundary(reader: PolicyReader, UserName: string): Promise<BoundaryRead> {
  const user = await reader.attempt(`iam:GetUser on ${UserName}`, async () => {
    const { User } = await reader.iam.send(new GetUserCommand({ UserName }))
    return { arn: User?.PermissionsBoundary?.PermissionsBoundaryArn }
  })
  return readBoundary(reader, user)
}

/** `entity` undefined: the role or user could not be read, so whether a boundary applies is unknown. */
async function readBoundary(
  reader: PolicyReader,
  entity: { arn?: string } | undefined
): Promise<BoundaryRead> {
  if (!entity) return { known: false }
  if (!entity.arn) return { known: true }
  const policy = await reader.managedPolicy(entity.arn, 'permissions-boundary')
  return policy ? { policy, known: true } : { known: false }
}
