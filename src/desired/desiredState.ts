// The desired state: what both roles must look like, from the validated inputs and the account id.

import { InputError } from '../common/errors.ts'
import type {
  ActionInputs,
  CurrentState,
  DesiredRole,
  DesiredState,
  PolicyDocument,
  PolicyStatement,
  RoleKind
} from '../common/model.ts'
import { AGENT_TAG, MANAGED_BY_TAG, REPOSITORY_TAG } from '../common/ownership.ts'
import { roleArn } from '../common/arn.ts'
import type { DeployTool, ToolRole } from '../deployTools/deployTool.ts'
import { deployToolOf } from '../deployTools/index.ts'
import { parseRoleReference, type RoleReference } from './roleReference.ts'
import type { ModelScope } from './modelScope.ts'

/** IAM's limit for one inline role policy, in characters not counting whitespace. */
export const INLINE_POLICY_SIZE_LIMIT = 10_240

/** The size IAM charges a document against its inline policy limit (whitespace not counted). */
export function inlinePolicySize(document: PolicyDocument): number {
  return JSON.stringify(document).replace(/\s/g, '').length
}

/** Fails before any IAM call when extra-policy makes the runtime policy too large for IAM. */
export function assertRuntimePolicyFits(document: PolicyDocument): void {
  const size = inlinePolicySize(document)
  if (size > INLINE_POLICY_SIZE_LIMIT) {
    throw new InputError(
      `extra-policy makes the runtime role's inline policy ${size} characters long (whitespace ` +
        `not counted), over IAM's limit of ${INLINE_POLICY_SIZE_LIMIT} for an inline role ` +
        `policy; shorten extra-policy or put those statements in a managed policy attached to the role`
    )
  }
}

/** IAM requires the Sids of one policy to be unique; say which extra-policy Sid collides. */
function assertUniqueSids(document: PolicyDocument): void {
  const seen = new Set<string>()
  for (const { Sid } of document.Statement) {
    if (Sid === undefined) continue
    if (seen.has(Sid)) {
      throw new InputError(
        `extra-policy: Sid "${Sid}" is already used in the runtime role's policy; IAM needs each Sid of a policy to be unique`
      )
    }
    seen.add(Sid)
  }
}

const withExtraStatements = (
  document: PolicyDocument,
  extra: PolicyStatement[]
): PolicyDocument => ({ ...document, Statement: [...document.Statement, ...extra] })

/** The role the user named, or the tool's own name under the role-path input. */
function roleIdentity(
  inputs: ActionInputs,
  accountId: string,
  role: ToolRole
): RoleReference & { userSupplied: boolean } {
  if (role.given === undefined) {
    const arn = roleArn(inputs.partition, accountId, inputs.rolePath, role.toolName)
    return { name: role.toolName, path: inputs.rolePath, arn, userSupplied: false }
  }
  try {
    return { ...parseRoleReference(role.given, inputs.partition, accountId), userSupplied: true }
  } catch (error) {
    throw new InputError(`${role.givenBy ?? `Input ${role.input}`}: ${(error as Error).message}`, {
      cause: error
    })
  }
}

/**
 * What every role of one agent must look like: the deploy tool's roles, with the user's tags (and
 * the ownership tag), permissions boundary, role path or named role, and extra-policy on the role
 * that takes it. Pure; fails with an InputError when extra-policy does not fit.
 */
export function buildDesiredState(
  inputs: ActionInputs,
  accountId: string,
  tool: DeployTool = deployToolOf(),
  agentName: string = inputs.agentName,
  models?: ModelScope
): DesiredState {
  const tags = { ...inputs.tags, [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value }
  const boundary =
    inputs.permissionsBoundary !== undefined
      ? { permissionsBoundary: inputs.permissionsBoundary }
      : {}
  const roles = tool.roles(inputs, agentName, accountId, models).map((role): DesiredRole => {
    const extra = role.takesExtraPolicy ? inputs.extraPolicyStatements : []
    const permissionsPolicy = withExtraStatements(role.permissionsPolicy, extra)
    if (role.takesExtraPolicy) {
      assertUniqueSids(permissionsPolicy)
      assertRuntimePolicyFits(permissionsPolicy)
    }
    return {
      kind: role.kind,
      ...roleIdentity(inputs, accountId, role),
      description: role.description,
      trustPolicy: role.trustPolicy,
      inlinePolicyName: role.inlinePolicyName,
      permissionsPolicy,
      minimumPermissionsPolicy: withExtraStatements(role.minimumPermissionsPolicy, extra),
      tags,
      ...(inputs.repository
        ? { creationTags: { [REPOSITORY_TAG]: inputs.repository, [AGENT_TAG]: agentName } }
        : {}),
      ...boundary,
      passedToService: role.passedToService,
      ...(role.purposes ? { purposes: role.purposes } : {}),
      ...(role.unhandled?.length ? { unhandled: role.unhandled } : {})
    }
  })
  return { accountId, partition: inputs.partition, region: inputs.region, agentName, roles }
}

/**
 * The desired state with each existing role's path and ARN as IAM reports them. A role is found
 * by name alone (names are unique in an account, whatever the path), so until IAM has answered,
 * the path is a guess: `/` for a role the user named without its ARN, the role-path input for a
 * toolkit-named role that may have been created elsewhere. Outputs, the config file and the
 * PassRole check must use the ARN of the role that exists.
 */
export function withExistingRolePaths(desired: DesiredState, current: CurrentState): DesiredState {
  return {
    ...desired,
    roles: desired.roles.map((role) => {
      const existing = current.roles[role.kind]
      return existing ? { ...role, path: existing.path, arn: existing.arn } : role
    })
  }
}

const INPUT_OF_KIND: Record<RoleKind, string> = {
  runtime: 'execution-role',
  codebuild: 'codebuild-role'
}

/**
 * Refuses, before any write, roles the action must not manage together: one role for both kinds
 * (its trust policy would flip between the two services on every run), and the role the workflow
 * runs as (rewriting its trust policy locks the next run out). IAM role names ignore case.
 */
export function assertDistinctRoles(desired: DesiredState, callerRoleName?: string): void {
  const [runtime, codebuild] = desired.roles
  if (runtime && codebuild && runtime.name.toLowerCase() === codebuild.name.toLowerCase()) {
    throw new InputError(
      `Input codebuild-role: names the same role as the runtime role (${codebuild.name}); the runtime and the CodeBuild role need different trust policies, so give two different roles (or set create-codebuild-role: false).`
    )
  }
  const caller = callerRoleName?.toLowerCase()
  const own = desired.roles.find((role) => role.name.toLowerCase() === caller)
  if (own) {
    const what = own.userSupplied ? `Input ${INPUT_OF_KIND[own.kind]}: ${own.name}` : own.name
    throw new InputError(
      `${what} is the role this workflow runs as (${callerRoleName}); the action would rewrite its trust policy for ${own.passedToService} and the next run could not assume it. Give the agent a role of its own.`
    )
  }
}

/** The desired role of a kind; none for CodeBuild when create-codebuild-role is false. */
export function desiredRole(desired: DesiredState, kind: RoleKind): DesiredRole | undefined {
  return desired.roles.find((role) => role.kind === kind)
}
