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
import {
  codebuildRoleName,
  ecrRepositoryName,
  MANAGED_BY_TAG,
  parseRoleReference,
  roleArn,
  runtimeRoleName,
  type RoleReference
} from './naming.ts'
import {
  CODEBUILD_SERVICE,
  codebuildMinimumPermissionsPolicy,
  codebuildPermissionsPolicy,
  codebuildTrustPolicy,
  RUNTIME_SERVICE,
  runtimeMinimumPermissionsPolicy,
  runtimePermissionsPolicy,
  runtimeTrustPolicy,
  type PolicyContext
} from './policies.ts'

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

/** The role the user named in `input`, or the toolkit's name under the role-path input. */
function roleIdentity(
  inputs: ActionInputs,
  accountId: string,
  input: 'execution-role' | 'codebuild-role',
  given: string | undefined,
  toolkitName: string
): RoleReference & { userSupplied: boolean } {
  if (given === undefined) {
    const arn = roleArn(inputs.partition, accountId, inputs.rolePath, toolkitName)
    return { name: toolkitName, path: inputs.rolePath, arn, userSupplied: false }
  }
  try {
    return { ...parseRoleReference(given, inputs.partition, accountId), userSupplied: true }
  } catch (error) {
    throw new InputError(`Input ${input}: ${(error as Error).message}`, { cause: error })
  }
}

export function buildDesiredState(inputs: ActionInputs, accountId: string): DesiredState {
  const ctx: PolicyContext = {
    partition: inputs.partition,
    region: inputs.region,
    accountId,
    agentName: inputs.agentName,
    deploymentType: inputs.deploymentType,
    protocol: inputs.protocol,
    ...(inputs.memoryId !== undefined ? { memoryId: inputs.memoryId } : {}),
    ecrRepository: inputs.ecrRepository ?? ecrRepositoryName(inputs.agentName)
  }
  const tags = { ...inputs.tags, [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value }
  const boundary =
    inputs.permissionsBoundary !== undefined
      ? { permissionsBoundary: inputs.permissionsBoundary }
      : {}

  const runtimePolicy = withExtraStatements(
    runtimePermissionsPolicy(ctx),
    inputs.extraPolicyStatements
  )
  assertUniqueSids(runtimePolicy)
  assertRuntimePolicyFits(runtimePolicy)
  const runtime: DesiredRole = {
    kind: 'runtime',
    ...roleIdentity(
      inputs,
      accountId,
      'execution-role',
      inputs.executionRole,
      runtimeRoleName(inputs.region, inputs.agentName)
    ),
    description: `Execution role for BedrockAgentCore Runtime - ${inputs.agentName}`,
    trustPolicy: runtimeTrustPolicy(ctx),
    inlinePolicyName: `BedrockAgentCoreRuntimeExecutionPolicy-${inputs.agentName}`,
    permissionsPolicy: runtimePolicy,
    minimumPermissionsPolicy: withExtraStatements(
      runtimeMinimumPermissionsPolicy(ctx),
      inputs.extraPolicyStatements
    ),
    tags,
    ...boundary,
    passedToService: RUNTIME_SERVICE
  }
  const roles = [runtime]

  if (inputs.createCodebuildRole) {
    roles.push({
      kind: 'codebuild',
      ...roleIdentity(
        inputs,
        accountId,
        'codebuild-role',
        inputs.codebuildRole,
        codebuildRoleName(inputs.region, inputs.agentName)
      ),
      description: 'CodeBuild execution role for Bedrock AgentCore ARM64 builds',
      trustPolicy: codebuildTrustPolicy(ctx),
      inlinePolicyName: 'CodeBuildExecutionPolicy',
      permissionsPolicy: codebuildPermissionsPolicy(ctx),
      minimumPermissionsPolicy: codebuildMinimumPermissionsPolicy(ctx),
      tags,
      ...boundary,
      passedToService: CODEBUILD_SERVICE
    })
  }

  return {
    accountId,
    partition: inputs.partition,
    region: inputs.region,
    agentName: inputs.agentName,
    roles
  }
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
