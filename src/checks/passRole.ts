// The PassRole check: may the caller pass each role to the service that will use it?
//
// `agentcore launch` passes the runtime role to bedrock-agentcore.amazonaws.com (CreateAgentRuntime)
// and the CodeBuild role to codebuild.amazonaws.com (CreateProject). IAM's SimulatePrincipalPolicy
// answers exactly that question for the caller's role or user: `iam:PassRole` on the role's ARN
// with the context key `iam:PassedToService`. A role the caller may pass only to the other service
// is therefore denied, and is reported as such.
//
// When the caller may not call SimulatePrincipalPolicy, the answer is `unknown`, and the caller's
// own policies (if readable) are evaluated locally with pbac (src/localPolicyEvaluation.ts). That
// evaluation cannot see SCPs, resource control policies or the session policy, so:
// - local "allowed" keeps the decision `unknown` (something it cannot see may still deny), and
//   the reason names the statement that allows;
// - local explicit deny is a proven denial (a readable Deny statement applies whatever else
//   exists), and so is a local implicit deny when every identity policy was read (nothing the
//   local evaluation cannot see can grant a permission): both report `denied` with the missing
//   statement, because that is the answer a person can act on at once.
import {
  GetRoleCommand,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type IAMClient
} from '@aws-sdk/client-iam'
import { readCallerPolicies, type CallerPrincipal } from './callerPolicies.ts'
import { collectPages, isAccessDenied, isNoSuchEntity } from '../aws/iamResponses.ts'
import type { LocalDecision } from './localPolicyEvaluation.ts'
import type {
  LocalPassRoleEvaluation,
  MatchedPolicyStatement,
  Partition,
  PassRoleResult,
  PassRoleRoleDecision,
  PassRoleRoleResult,
  PolicyStatement,
  RoleKind
} from '../common/model.ts'
import { parseCallerArn, roleArn } from '../common/arn.ts'

export type ResolvedCaller =
  /** A role (ARN with its path) or a user: SimulatePrincipalPolicy applies. */
  | { kind: 'principal'; principal: CallerPrincipal; note?: string }
  /** The account root user may pass any role; there is nothing to simulate. */
  | { kind: 'root'; reason: string }
  /** A caller SimulatePrincipalPolicy cannot simulate (federated user, unrecognised ARN). */
  | { kind: 'unsupported'; reason: string }

/**
 * The principal SimulatePrincipalPolicy needs, from GetCallerIdentity's ARN. An assumed-role ARN
 * has lost the role's path: `knownRoleArn` (the role-to-assume input, which has it) is used when it
 * names the same role, otherwise iam:GetRole tells the path.
 */
export async function resolveCallerPrincipal(
  iam: IAMClient,
  callerArn: string,
  knownRoleArn?: string
): Promise<ResolvedCaller> {
  const caller = parseCallerArn(callerArn)
  if (caller.kind === 'assumed-role') {
    const { partition, accountId, roleName: name } = caller
    const expectedPrefix = `arn:${partition}:iam::${accountId}:role/`
    if (knownRoleArn?.startsWith(expectedPrefix) && knownRoleArn.endsWith(`/${name}`)) {
      return { kind: 'principal', principal: { type: 'role', arn: knownRoleArn, name } }
    }
    return resolveRolePath(iam, partition as Partition, accountId, name)
  }
  if (caller.kind === 'user') {
    return { kind: 'principal', principal: { type: 'user', arn: callerArn, name: caller.name } }
  }
  if (caller.kind === 'root') {
    return {
      kind: 'root',
      reason:
        'the caller is the account root user, whom no IAM policy restricts (only an SCP can); there is no policy to simulate'
    }
  }
  if (caller.kind === 'federated-user') {
    return {
      kind: 'unsupported',
      reason:
        "the caller is a federated user (sts:GetFederationToken session), whose permissions are its IAM user's policies intersected with the session policy; SimulatePrincipalPolicy cannot simulate such a session"
    }
  }
  return {
    kind: 'unsupported',
    reason: `the caller ARN ${callerArn} is not a role, user or root ARN`
  }
}

async function resolveRolePath(
  iam: IAMClient,
  partition: Partition,
  accountId: string,
  name: string
): Promise<ResolvedCaller> {
  try {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: name }))
    const arn = Role?.Arn ?? roleArn(partition, accountId, '/', name)
    return { kind: 'principal', principal: { type: 'role', arn, name } }
  } catch (error) {
    if (!isAccessDenied(error)) throw error
    return {
      kind: 'principal',
      principal: { type: 'role', arn: roleArn(partition, accountId, '/', name), name },
      note: `iam:GetRole on ${name} was refused, so the role's path is assumed to be /`
    }
  }
}

export interface PassRoleCheckInput {
  /** GetCallerIdentity's ARN. */
  callerArn: string
  /** The role ARN the action assumed (role-to-assume), which carries the role's path. */
  callerRoleArn?: string
  partition: Partition
  accountId: string
  roles: Array<{ kind: RoleKind; arn: string; passedToService: string }>
  /** The caller, when already resolved (shared with the deploy-permissions check). */
  caller?: ResolvedCaller
}

type RoleToPass = PassRoleCheckInput['roles'][number]

export async function checkPassRole(
  iam: IAMClient,
  input: PassRoleCheckInput
): Promise<PassRoleResult> {
  const caller =
    input.caller ?? (await resolveCallerPrincipal(iam, input.callerArn, input.callerRoleArn))
  if (caller.kind !== 'principal') {
    const decision = caller.kind === 'root' ? 'allowed' : 'unknown'
    return {
      decision,
      callerArn: input.callerArn,
      roles: input.roles.map((role) => roleResult(role, decision, [])),
      reason: caller.reason
    }
  }
  const principalArn = caller.principal.arn
  const services = [...new Set(input.roles.map((role) => role.passedToService))]
  const toolkitResource = `arn:${input.partition}:iam::${input.accountId}:role/AmazonBedrockAgentCore*`
  try {
    const [evaluations, toolkitEvaluations] = await Promise.all([
      Promise.all(
        input.roles.map((role) =>
          simulatePassRole(iam, principalArn, role.arn, role.passedToService)
        )
      ),
      Promise.all(
        services.map((service) => simulatePassRole(iam, principalArn, toolkitResource, service))
      )
    ])
    const roles = await Promise.all(
      input.roles.map((role, index) =>
        simulatedRoleResult(iam, principalArn, role, evaluations[index], services)
      )
    )
    return {
      ...verdict(input.callerArn, principalArn, roles, caller.note),
      toolkitPattern: services.map((service, index) => ({
        resource: toolkitResource,
        service,
        decision: toolkitEvaluations[index]?.EvalDecision ?? 'unknown'
      }))
    }
  } catch (error) {
    if (isNoSuchEntity(error)) {
      return {
        decision: 'unknown',
        callerArn: input.callerArn,
        principalArn,
        roles: input.roles.map((role) => roleResult(role, 'unknown', [])),
        reason: [`IAM does not know the principal ${principalArn}`, caller.note]
          .filter(Boolean)
          .join('; ')
      }
    }
    if (!isAccessDenied(error)) throw error
    return checkLocally(iam, input, caller.principal, (error as Error).message, caller.note)
  }
}

/** Everything SimulatePrincipalPolicy returns for these actions and resources, across pages. */
export async function simulatePrincipalPolicy(
  iam: IAMClient,
  principalArn: string,
  actionNames: string[],
  resourceArns: string[],
  context: Record<string, string> = {}
): Promise<EvaluationResult[]> {
  const request = {
    PolicySourceArn: principalArn,
    ActionNames: actionNames,
    ResourceArns: resourceArns,
    ContextEntries: Object.entries(context).map(([name, value]) => ({
      ContextKeyName: name,
      ContextKeyType: 'string' as const,
      ContextKeyValues: [value]
    }))
  }
  return collectPages(
    (Marker) => iam.send(new SimulatePrincipalPolicyCommand({ ...request, Marker })),
    (page) => page.EvaluationResults
  )
}

async function simulatePassRole(
  iam: IAMClient,
  principalArn: string,
  resource: string,
  service: string
): Promise<EvaluationResult | undefined> {
  const results = await simulatePrincipalPolicy(iam, principalArn, ['iam:PassRole'], [resource], {
    'iam:PassedToService': service
  })
  return results[0]
}

/** IAM's MatchedStatements, from the result or (when only there) its resource-specific result. */
export function matchedStatements(result: EvaluationResult | undefined): MatchedPolicyStatement[] {
  const statements = result?.MatchedStatements?.length
    ? result.MatchedStatements
    : (result?.ResourceSpecificResults?.flatMap((specific) => specific.MatchedStatements ?? []) ??
      [])
  return statements.map((statement) => ({
    sourcePolicyId: statement.SourcePolicyId ?? 'unnamed policy',
    ...(statement.SourcePolicyType ? { sourcePolicyType: statement.SourcePolicyType } : {}),
    ...(statement.StartPosition?.Line !== undefined
      ? { startLine: statement.StartPosition.Line }
      : {}),
    ...(statement.StartPosition?.Column !== undefined
      ? { startColumn: statement.StartPosition.Column }
      : {})
  }))
}

async function simulatedRoleResult(
  iam: IAMClient,
  principalArn: string,
  role: RoleToPass,
  evaluation: EvaluationResult | undefined,
  services: string[]
): Promise<PassRoleRoleResult> {
  const decision = evaluation?.EvalDecision ?? 'unknown'
  const result = roleResult(role, decision, matchedStatements(evaluation))
  if (evaluation?.OrganizationsDecisionDetail?.AllowedByOrganizations === false) {
    result.deniedBy = 'organizations'
  } else if (
    evaluation?.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary === false
  ) {
    result.deniedBy = 'permissions-boundary'
  }
  if (decision !== 'implicitDeny') return result
  // Denied for its own service: is it allowed for another one (an iam:PassedToService mismatch)?
  const otherServices = services.filter((service) => service !== role.passedToService)
  const others = await Promise.all(
    otherServices.map((service) => simulatePassRole(iam, principalArn, role.arn, service))
  )
  const allowedOnlyFor = otherServices.filter(
    (_, index) => others[index]?.EvalDecision === 'allowed'
  )
  return allowedOnlyFor.length > 0 ? { ...result, allowedOnlyFor } : result
}

function roleResult(
  role: RoleToPass,
  decision: PassRoleRoleDecision,
  matched: MatchedPolicyStatement[]
): PassRoleRoleResult {
  return {
    kind: role.kind,
    arn: role.arn,
    service: role.passedToService,
    decision,
    matchedStatements: matched
  }
}

/** The overall answer from per-role answers that are all known (simulated or proven locally). */
function verdict(
  callerArn: string,
  principalArn: string,
  roles: PassRoleRoleResult[],
  note: string | undefined
): PassRoleResult {
  // The same Deny statement usually denies both roles: name it once.
  const denyStatements = roles
    .filter((role) => role.decision === 'explicitDeny')
    .flatMap((role) => role.matchedStatements)
  const explicitDeny = [
    ...new Map(denyStatements.map((statement) => [JSON.stringify(statement), statement])).values()
  ]
  const missingStatement = passRoleStatement(
    roles.filter((role) => role.decision === 'implicitDeny' && role.deniedBy !== 'organizations')
  )
  const allowed = roles.every((role) => role.decision === 'allowed')
  const reasons = allowed
    ? [
        `${principalArn} may pass ${roles.map((role) => `${roleName(role.arn)} to ${role.service}`).join(' and ')}`
      ]
    : roles
        .filter((role) => role.decision !== 'allowed')
        .map((role) => denialReason(principalArn, role))
  if (note) reasons.push(note)
  return {
    decision: allowed ? 'allowed' : roles.some(isDenied) ? 'denied' : 'unknown',
    callerArn,
    principalArn,
    roles,
    reason: reasons.join('; '),
    ...(missingStatement ? { missingStatement } : {}),
    ...(explicitDeny.length > 0 ? { explicitDeny } : {})
  }
}

function isDenied(role: PassRoleRoleResult): boolean {
  return role.decision === 'implicitDeny' || role.decision === 'explicitDeny'
}

function denialReason(principalArn: string, role: PassRoleRoleResult): string {
  if (role.decision === 'unknown') {
    return `whether ${principalArn} may pass ${roleName(role.arn)} to ${role.service} is not known`
  }
  const subject = `${principalArn} may not pass ${roleName(role.arn)} to ${role.service}`
  if (role.decision === 'explicitDeny') {
    return `${subject}: explicitly denied by ${role.matchedStatements.map(describeStatement).join(', ')}`
  }
  if (role.deniedBy === 'organizations') return `${subject}: a service control policy denies it`
  if (role.deniedBy === 'permissions-boundary') {
    return `${subject}: the caller's permissions boundary does not allow it (add the statement to the boundary too)`
  }
  if (role.allowedOnlyFor) {
    return `${subject}: allowed only when passed to ${role.allowedOnlyFor.join(', ')} (iam:PassedToService does not match)`
  }
  return `${subject}: no policy allows it`
}

/** The statement to add: iam:PassRole on exactly these roles, for exactly their services. */
export function passRoleStatement(
  roles: Array<{ arn: string; service: string }>
): PolicyStatement | undefined {
  if (roles.length === 0) return undefined
  return {
    Sid: 'AllowPassAgentCoreRoles',
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: [...new Set(roles.map((role) => role.arn))],
    Condition: {
      StringEquals: { 'iam:PassedToService': [...new Set(roles.map((role) => role.service))] }
    }
  }
}

const CANNOT_SEE = [
  'service control policies (SCPs)',
  'resource control policies (RCPs)',
  'the session policy of this session'
]

async function checkLocally(
  iam: IAMClient,
  input: PassRoleCheckInput,
  principal: CallerPrincipal,
  refusal: string,
  note: string | undefined
): Promise<PassRoleResult> {
  // Loaded only here, when the caller may not simulate: the policy engine (pbac) slows start-up.
  const [{ evaluateLocally }, policies] = await Promise.all([
    import(/* webpackMode: "eager" */ './localPolicyEvaluation.ts'),
    readCallerPolicies(iam, principal)
  ])
  const context = { 'aws:PrincipalArn': principal.arn, 'aws:PrincipalAccount': input.accountId }
  const decisions = input.roles.map((role) =>
    evaluateLocally(
      {
        action: 'iam:PassRole',
        resource: role.arn,
        context: { ...context, 'iam:PassedToService': role.passedToService }
      },
      policies
    )
  )
  const cannotSee = [
    ...CANNOT_SEE,
    ...(policies.boundaryKnown ? [] : ['whether a permissions boundary applies, or its content']),
    ...policies.unreadable,
    ...decisions.flatMap((decision) =>
      decision.unevaluable.map(
        (statement) => `${describeStatement(statement)} (condition operator pbac does not support)`
      )
    )
  ]
  const localEvaluation: LocalPassRoleEvaluation = {
    engine: 'pbac',
    roles: input.roles.map((role, index) => ({
      arn: role.arn,
      service: role.passedToService,
      decision: decisions[index]?.decision ?? 'implicitDeny',
      matchedStatements: decisions[index]?.matchedStatements ?? []
    })),
    policiesRead: [
      ...policies.identityPolicies.map((policy) => policy.id),
      ...(policies.permissionsBoundary ? [policies.permissionsBoundary.id] : [])
    ],
    cannotSee: [...new Set(cannotSee)]
  }
  // The note (a path assumed because GetRole was refused) may be why the simulation was refused.
  const simulationRefused = `SimulatePrincipalPolicy was refused (${refusal})${note ? `; ${note}` : ''}`
  const roles = input.roles.map((role, index) => {
    const local = decisions[index]
    const proven = local && provenDenial(local, policies.identityComplete, policies.boundaryKnown)
    return proven
      ? roleResult(role, proven, local.matchedStatements)
      : roleResult(role, 'unknown', [])
  })
  if (roles.some(isDenied)) {
    const result = verdict(input.callerArn, principal.arn, roles, undefined)
    return {
      ...result,
      decision: 'denied',
      reason: `${simulationRefused}; local evaluation of the caller's policies: ${result.reason}`,
      localEvaluation
    }
  }
  return {
    decision: 'unknown',
    callerArn: input.callerArn,
    principalArn: principal.arn,
    roles,
    reason: `${simulationRefused}; ${describeLocalAnswer(localEvaluation)}`,
    localEvaluation
  }
}

/** A local denial nothing unseen could overturn, or undefined. */
function provenDenial(
  local: LocalDecision,
  identityComplete: boolean,
  boundaryKnown: boolean
): 'implicitDeny' | 'explicitDeny' | undefined {
  if (local.decision === 'explicitDeny') return 'explicitDeny'
  const everythingSeen = local.unevaluable.length === 0 && identityComplete
  if (
    local.decision === 'implicitDeny' &&
    everythingSeen &&
    (boundaryKnown || !local.deniedByBoundary)
  ) {
    return 'implicitDeny'
  }
  return undefined
}

function describeLocalAnswer(local: LocalPassRoleEvaluation): string {
  const perRole = local.roles.map((role) => {
    const by = role.matchedStatements.map(describeStatement).join(', ')
    const answer =
      role.decision === 'allowed'
        ? `allowed by ${by}`
        : `${role.decision} (not proven: some policies could not be read)`
    return `local evaluation: ${roleName(role.arn)} to ${role.service} ${answer}`
  })
  const read =
    local.policiesRead.length > 0 ? local.policiesRead.join(', ') : 'no policy could be read'
  return `${perRole.join('; ')}; policies evaluated: ${read}; cannot see: ${local.cannotSee.join(', ')}`
}

export function describeStatement(statement: MatchedPolicyStatement): string {
  const type = statement.sourcePolicyType ? `${statement.sourcePolicyType} policy ` : 'policy '
  const where =
    statement.sid !== undefined
      ? ` statement ${statement.sid}`
      : statement.statementIndex !== undefined
        ? ` statement #${statement.statementIndex + 1}`
        : statement.startLine !== undefined
          ? ` line ${statement.startLine}${statement.startColumn !== undefined ? `, column ${statement.startColumn}` : ''}`
          : ''
  return `${type}${statement.sourcePolicyId}${where}`
}

function roleName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}
