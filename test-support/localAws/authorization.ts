// Who is calling, and may they: every decision here is made by @cloud-copilot/iam-simulate over
// the caller's identity policies (inline + attached managed) and permissions boundary, as IAM does.
import {
  runSimulation,
  runUnsafeSimulation,
  type RequestAnalysis,
  type Simulation,
  type SimulationIdentityPolicy
} from '@cloud-copilot/iam-simulate'
import { AwsError } from './queryProtocol.ts'
import type { AccessKey, IamStore, Role, User } from './store.ts'

/** The principal behind a request's access key. */
export interface Caller {
  kind: 'root' | 'user' | 'assumed-role'
  /** The ARN AWS names in messages and GetCallerIdentity (assumed-role ARN for sessions). */
  arn: string
  userId: string
  /** The IAM user or role whose policies apply; undefined for the account root. */
  principal?: Role | User
}

/** Where a policy evaluated for a principal came from, as SimulatePrincipalPolicy reports it. */
export interface PolicySource {
  sourcePolicyId: string
  sourcePolicyType: 'role' | 'user' | 'user-managed'
}

export interface PrincipalPolicies {
  identity: SimulationIdentityPolicy[]
  boundary?: SimulationIdentityPolicy[]
  /** Keyed by the simulator's policy name. */
  sources: Map<string, PolicySource>
}

export function resolveCaller(store: IamStore, key: AccessKey): Caller {
  const owner = key.owner
  switch (owner.kind) {
    case 'root':
      return { kind: 'root', arn: store.rootArn, userId: store.accountId }
    case 'user': {
      const user = store.requireUser(owner.userName)
      return { kind: 'user', arn: user.arn, userId: user.userId, principal: user }
    }
    case 'role-session': {
      const role = store.findRole(owner.roleName)
      if (!role) {
        throw new AwsError(
          'InvalidClientTokenId',
          'The security token included in the request is invalid.'
        )
      }
      return {
        kind: 'assumed-role',
        arn: store.arn('sts', `assumed-role/${role.name}/${owner.sessionName}`),
        userId: `${role.roleId}:${owner.sessionName}`,
        principal: role
      }
    }
  }
}

export function policiesOf(store: IamStore, principal: Role | User): PrincipalPolicies {
  const inlineType = 'roleId' in principal ? 'role' : 'user'
  const sources = new Map<string, PolicySource>()
  const identity: SimulationIdentityPolicy[] = []
  for (const [name, document] of principal.inlinePolicies) {
    const simulatorName = `inline/${name}`
    identity.push({ name: simulatorName, policy: JSON.parse(document) })
    sources.set(simulatorName, { sourcePolicyId: name, sourcePolicyType: inlineType })
  }
  for (const arn of principal.attachedPolicyArns) {
    const managed = store.requireManagedPolicy(arn)
    identity.push({ name: arn, policy: JSON.parse(managed.document) })
    sources.set(arn, { sourcePolicyId: managed.name, sourcePolicyType: 'user-managed' })
  }
  const boundary =
    principal.permissionsBoundary === undefined
      ? undefined
      : [
          {
            name: principal.permissionsBoundary,
            policy: JSON.parse(store.requireManagedPolicy(principal.permissionsBoundary).document)
          }
        ]
  return { identity, boundary, sources }
}

export type ContextValues = Record<string, string | string[]>

/** The keys AWS puts in every authenticated request's context. */
function globalContext(caller: Caller, store: IamStore): ContextValues {
  const context: ContextValues = {
    'aws:PrincipalArn': caller.principal?.arn ?? caller.arn,
    'aws:PrincipalAccount': store.accountId,
    'aws:userid': caller.userId,
    'aws:SecureTransport': 'true',
    'aws:CurrentTime': new Date().toISOString(),
    'aws:EpochTime': String(Math.floor(Date.now() / 1000))
  }
  if (caller.principal) {
    context['aws:PrincipalType'] = caller.kind === 'user' ? 'User' : 'AssumedRole'
    for (const [key, value] of caller.principal.tags) context[`aws:PrincipalTag/${key}`] = value
  }
  if (caller.kind === 'user' && caller.principal) context['aws:username'] = caller.principal.name
  return context
}

export interface Evaluation {
  decision: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied'
  analyses: RequestAnalysis[]
}

export async function evaluate(
  principalArn: string,
  policies: PrincipalPolicies,
  action: string,
  resourceArn: string,
  accountId: string,
  context: ContextValues,
  resourcePolicy?: unknown
): Promise<Evaluation> {
  const simulation: Simulation = {
    request: {
      principal: principalArn,
      action,
      resource: { resource: resourceArn, accountId },
      contextVariables: context
    },
    identityPolicies: policies.identity,
    permissionBoundaryPolicies: policies.boundary,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy
  }
  const result = await runSimulation(simulation, {})
  if (result.resultType === 'error') {
    // The request names an action or resource the simulator cannot evaluate (a stored policy
    // that IAM accepted but the simulator rejects shows up here too, with its details).
    throw new AwsError(
      'InvalidInput',
      `Cannot evaluate ${action} on ${resourceArn}: ${JSON.stringify(result.errors)}`
    )
  }
  return {
    decision: result.overallResult,
    analyses:
      result.resultType === 'single'
        ? [result.result.analysis]
        : result.results.map((item) => item.analysis)
  }
}

/**
 * Authorizes one IAM or STS call of `caller` on `resourceArn`; a refusal is AccessDenied in
 * AWS's words, naming what refused it.
 */
export async function authorize(
  store: IamStore,
  caller: Caller,
  action: string,
  resourceArn: string,
  requestContext: ContextValues = {}
): Promise<void> {
  if (!caller.principal) return
  const evaluation = await evaluate(
    caller.arn,
    policiesOf(store, caller.principal),
    action,
    resourceArn,
    store.accountId,
    { ...globalContext(caller, store), ...requestContext }
  )
  if (evaluation.decision === 'Allowed') return
  const prefix = `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resourceArn}`
  throw new AwsError('AccessDenied', `${prefix} ${denialReason(evaluation, action)}`)
}

function denialReason(evaluation: Evaluation, action: string): string {
  const identityDenies = evaluation.analyses.some(
    (analysis) => (analysis.identityAnalysis?.denyStatements.length ?? 0) > 0
  )
  if (evaluation.decision === 'ExplicitlyDenied') {
    return identityDenies
      ? 'with an explicit deny in an identity-based policy'
      : 'with an explicit deny in a permissions boundary'
  }
  const identityAllows = evaluation.analyses.some(
    (analysis) => analysis.identityAnalysis?.result === 'Allowed'
  )
  return identityAllows
    ? `because no permissions boundary allows the ${action} action`
    : `because no identity-based policy allows the ${action} action`
}

/**
 * Whether a role's trust policy lets a web identity assume it. The simulator's validating entry
 * point drops condition keys it does not know for an action (the OIDC provider's keys, such as
 * `token.actions.githubusercontent.com:sub`), so the trust policy is evaluated through its
 * unvalidated entry point, handed as an already validated policy so that it carries its name.
 */
export function trustAllowsWebIdentity(
  store: IamStore,
  role: Role,
  providerArn: string,
  context: ContextValues
): boolean {
  const trustPolicy = {
    __validated: true,
    policyDocument: JSON.parse(role.trustPolicy),
    metadata: { name: 'AssumeRolePolicyDocument' },
    errors: []
  }
  const decision = runUnsafeSimulation(
    {
      request: {
        principal: providerArn,
        action: 'sts:AssumeRoleWithWebIdentity',
        resource: { resource: role.arn, accountId: store.accountId },
        contextVariables: context
      },
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: trustPolicy
    },
    {}
  )
  return decision === 'Allowed'
}

/** sts:AssumeRole by an IAM principal: its identity policies and the role's trust policy. */
export async function mayAssumeRole(store: IamStore, caller: Caller, role: Role): Promise<boolean> {
  const policies = caller.principal
    ? policiesOf(store, caller.principal)
    : { identity: [], sources: new Map<string, PolicySource>() }
  const evaluation = await evaluate(
    caller.arn,
    policies,
    'sts:AssumeRole',
    role.arn,
    store.accountId,
    globalContext(caller, store),
    JSON.parse(role.trustPolicy)
  )
  return evaluation.decision === 'Allowed'
}
