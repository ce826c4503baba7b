// IAM's operations over the query protocol, with IAM's request members, result shapes and
// errors. Every call is authorized first (AccessDenied before NoSuchEntity, as on AWS).
import {
  evaluate,
  policiesOf,
  type ContextValues,
  type Evaluation,
  type PrincipalPolicies
} from './authorization.ts'
import { ROLE_READ_OPERATIONS } from './faults.ts'
import type { Operation, OperationContext } from './operation.ts'
import {
  AwsError,
  encodePolicyDocument,
  isoDate,
  listParam,
  paginate,
  requiredParam,
  structureListParam,
  type XmlValue
} from './queryProtocol.ts'
import type { IamStore, ManagedPolicy, Role, User } from './store.ts'

function tagList(tags: Map<string, string>): XmlValue[] {
  return [...tags].map(([Key, Value]) => ({ Key, Value }))
}

function roleXml(role: Role): Record<string, XmlValue> {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: isoDate(role.createDate),
    AssumeRolePolicyDocument: encodePolicyDocument(role.trustPolicy),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    PermissionsBoundary:
      role.permissionsBoundary === undefined
        ? undefined
        : {
            PermissionsBoundaryType: 'Policy',
            PermissionsBoundaryArn: role.permissionsBoundary
          },
    Tags: role.tags.size > 0 ? tagList(role.tags) : undefined,
    // GetRole tells when AWS last saw the role used (ListRoles does not).
    RoleLastUsed:
      role.lastUsed === undefined
        ? undefined
        : { LastUsedDate: isoDate(role.lastUsed.date), Region: role.lastUsed.region }
  }
}

function userXml(user: User): Record<string, XmlValue> {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.userId,
    Arn: user.arn,
    CreateDate: isoDate(user.createDate),
    PermissionsBoundary:
      user.permissionsBoundary === undefined
        ? undefined
        : { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: user.permissionsBoundary },
    Tags: user.tags.size > 0 ? tagList(user.tags) : undefined
  }
}

function tagsParam(context: OperationContext): Map<string, string> {
  return new Map(
    structureListParam(context.params, 'Tags').map((tag) => [
      tag.get('Key') ?? '',
      tag.get('Value') ?? ''
    ])
  )
}

function requestTagContext(tags: Map<string, string>): ContextValues {
  const context: ContextValues = { 'aws:TagKeys': [...tags.keys()] }
  for (const [key, value] of tags) context[`aws:RequestTag/${key}`] = value
  return context
}

function resourceTagContext(role: Role | undefined): ContextValues {
  const context: ContextValues = {}
  for (const [key, value] of role?.tags ?? []) context[`aws:ResourceTag/${key}`] = value
  return context
}

/** Authorizes `iam:{operation}` on the role named in the request, with the role's tags in context. */
async function authorizeOnRole(
  context: OperationContext,
  action: string,
  extraContext: ContextValues = {}
): Promise<string> {
  const roleName = requiredParam(context.params, 'RoleName')
  const { store } = context
  await context.authorize(action, store.roleArnForName(roleName), {
    ...resourceTagContext(store.findRole(roleName)),
    ...extraContext
  })
  return roleName
}

/** A role as a read sees it: not yet visible right after CreateRole when that fault is on. */
function readRole(context: OperationContext, roleName: string, operation: string): Role {
  if (ROLE_READ_OPERATIONS.has(operation) && context.faults.hidesRole(roleName)) {
    throw new AwsError('NoSuchEntity', `The role with name ${roleName} cannot be found.`)
  }
  return context.store.requireRole(roleName)
}

/** The user a user operation is about: the named one, else the calling user itself. */
async function authorizeOnUser(context: OperationContext, action: string): Promise<User> {
  const { store, caller } = context
  const named = context.params.get('UserName')
  if (named === undefined && caller?.kind !== 'user') {
    throw new AwsError(
      'ValidationError',
      'Must specify userName when calling with non-User credentials'
    )
  }
  const userName = named ?? (caller?.principal as User).name
  await context.authorize(action, store.findUser(userName)?.arn ?? store.userArn(userName))
  return store.requireUser(userName)
}

function managedPolicyXml(store: IamStore, policy: ManagedPolicy): Record<string, XmlValue> {
  const usage = store.policyUsage(policy.arn)
  return {
    PolicyName: policy.name,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: 'v1',
    AttachmentCount: usage.attachments,
    PermissionsBoundaryUsageCount: usage.boundaries,
    IsAttachable: true,
    Description: policy.description,
    CreateDate: isoDate(policy.createDate),
    UpdateDate: isoDate(policy.createDate)
  }
}

function attachedPolicies(store: IamStore, arns: string[]): XmlValue[] {
  return arns.map((arn) => ({ PolicyName: store.requireManagedPolicy(arn).name, PolicyArn: arn }))
}

function pagedList(
  context: OperationContext,
  name: string,
  items: XmlValue[]
): Record<string, XmlValue> {
  const { page, isTruncated, marker } = paginate(items, context.params)
  return { [name]: page, IsTruncated: isTruncated, Marker: marker }
}

const EVAL_DECISIONS: Record<Evaluation['decision'], string> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicitDeny',
  ImplicitlyDenied: 'implicitDeny'
}

/** The user or role a SimulatePrincipalPolicy PolicySourceArn names. */
function policySource(store: IamStore, arn: string): Role | User {
  const match =
    /^arn:[\w-]+:iam::(\d{12}):(role|user)(\/(?:[\u0021-\u007E]*\/)?)?([\w+=,.@-]+)$/.exec(arn)
  if (!match || match[1] !== store.accountId) {
    throw new AwsError(
      'InvalidInput',
      `Invalid Entity Arn: ${arn} does not clearly define entity type and name.`
    )
  }
  const name = match[4] as string
  const principal = match[2] === 'role' ? store.requireRole(name) : store.requireUser(name)
  if (principal.arn !== arn) {
    throw new AwsError('NoSuchEntity', `The ${match[2]} with name ${name} cannot be found.`)
  }
  return principal
}

function contextEntries(context: OperationContext): ContextValues {
  const values: ContextValues = {}
  for (const entry of structureListParam(context.params, 'ContextEntries')) {
    const name = entry.get('ContextKeyName')
    if (name === undefined) continue
    const entryValues = [...entry]
      .filter(([key]) => key.startsWith('ContextKeyValues.member.'))
      .sort(([a], [b]) => Number(a.split('.').pop()) - Number(b.split('.').pop()))
      .map(([, value]) => value)
    const isList = (entry.get('ContextKeyType') ?? '').endsWith('List')
    values[name] = isList ? entryValues : (entryValues[0] ?? '')
  }
  return values
}

/** Condition keys of the statements that apply to the action and resource but were not given. */
function missingContextValues(evaluation: Evaluation, given: ContextValues): string[] {
  const givenKeys = new Set(Object.keys(given).map((key) => key.toLowerCase()))
  const missing = new Set<string>()
  for (const analysis of evaluation.analyses) {
    for (const part of [analysis.identityAnalysis, analysis.permissionBoundaryAnalysis]) {
      const statements = [
        ...(part?.allowStatements ?? []),
        ...(part?.denyStatements ?? []),
        ...(part?.unmatchedStatements ?? [])
      ]
      for (const statement of statements) {
        if (!statement.actionMatch || !statement.resourceMatch) continue
        for (const condition of statement.statement.conditions()) {
          const key = condition.conditionKey()
          if (!givenKeys.has(key.toLowerCase())) missing.add(key)
        }
      }
    }
  }
  return [...missing]
}

function matchedStatements(evaluation: Evaluation, policies: PrincipalPolicies): XmlValue[] {
  const decisive = evaluation.analyses.flatMap((analysis) =>
    evaluation.decision === 'ExplicitlyDenied'
      ? (analysis.identityAnalysis?.denyStatements ?? [])
      : evaluation.decision === 'Allowed'
        ? (analysis.identityAnalysis?.allowStatements ?? [])
        : []
  )
  const seen = new Set<string>()
  const matched: XmlValue[] = []
  for (const statement of decisive) {
    const source = policies.sources.get(statement.policyId)
    const key = `${statement.policyId}#${statement.statement.index()}`
    if (!source || seen.has(key)) continue
    seen.add(key)
    matched.push({
      SourcePolicyId: source.sourcePolicyId,
      SourcePolicyType: source.sourcePolicyType
    })
  }
  return matched
}

async function simulatePrincipalPolicy(
  context: OperationContext
): Promise<Record<string, XmlValue>> {
  const { store, params } = context
  const sourceArn = requiredParam(params, 'PolicySourceArn')
  await context.authorize('iam:SimulatePrincipalPolicy', sourceArn)
  const principal = policySource(store, sourceArn)
  const actions = listParam(params, 'ActionNames')
  if (actions.length === 0) {
    throw new AwsError(
      'ValidationError',
      "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null"
    )
  }
  const resources = listParam(params, 'ResourceArns')
  const given = contextEntries(context)
  const policies = policiesOf(store, principal)
  const results: XmlValue[] = []
  for (const action of actions) {
    for (const resource of resources.length > 0 ? resources : ['*']) {
      const evaluation = await evaluate(
        principal.arn,
        policies,
        action,
        resource,
        store.accountId,
        given
      )
      const boundaryAllows = evaluation.analyses.every(
        (analysis) => analysis.permissionBoundaryAnalysis?.result !== 'ImplicitlyDenied'
      )
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: EVAL_DECISIONS[evaluation.decision],
        MatchedStatements: matchedStatements(evaluation, policies),
        MissingContextValues: missingContextValues(evaluation, given),
        PermissionsBoundaryDecisionDetail: policies.boundary
          ? { AllowedByPermissionsBoundary: boundaryAllows }
          : undefined
      })
    }
  }
  return { EvaluationResults: results, IsTruncated: false }
}

export const iamOperations: Record<string, Operation> = {
  async GetRole(context) {
    const roleName = await authorizeOnRole(context, 'iam:GetRole')
    return { Role: roleXml(readRole(context, roleName, 'GetRole')) }
  },

  async CreateRole(context) {
    const { params, store } = context
    const roleName = requiredParam(params, 'RoleName')
    const path = params.get('Path') ?? '/'
    const tags = tagsParam(context)
    const permissionsBoundary = params.get('PermissionsBoundary')
    const boundaryContext: ContextValues =
      permissionsBoundary === undefined ? {} : { 'iam:PermissionsBoundary': permissionsBoundary }
    await context.authorize('iam:CreateRole', store.roleArn(roleName, path), {
      ...requestTagContext(tags),
      ...boundaryContext
    })
    if (tags.size > 0) {
      await context.authorize('iam:TagRole', store.roleArn(roleName, path), requestTagContext(tags))
    }
    const maxSessionDuration = params.get('MaxSessionDuration')
    const role = store.createRole({
      name: roleName,
      path,
      trustPolicy: requiredParam(params, 'AssumeRolePolicyDocument'),
      description: params.get('Description'),
      maxSessionDuration: maxSessionDuration === undefined ? undefined : Number(maxSessionDuration),
      tags: Object.fromEntries(tags),
      permissionsBoundary
    })
    context.faults.roleCreated(role.name)
    return { Role: roleXml(role) }
  },

  async ListRoles(context) {
    await context.authorize('iam:ListRoles', '*')
    const prefix = context.params.get('PathPrefix') ?? '/'
    const roles = context.store
      .allRoles()
      .filter((role) => role.path.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name))
      // ListRoles answers no tags, no boundary and no last use: GetRole does.
      .map((role) => {
        const listed = roleXml(role)
        delete listed['Tags']
        delete listed['RoleLastUsed']
        delete listed['PermissionsBoundary']
        return listed
      })
    return pagedList(context, 'Roles', roles)
  },

  async DetachRolePolicy(context) {
    const policyArn = requiredParam(context.params, 'PolicyArn')
    const roleName = await authorizeOnRole(context, 'iam:DetachRolePolicy', {
      'iam:PolicyARN': policyArn
    })
    context.store.detachRolePolicy(roleName, policyArn)
    return undefined
  },

  async DeleteRole(context) {
    context.store.deleteRole(await authorizeOnRole(context, 'iam:DeleteRole'))
    return undefined
  },

  async UpdateAssumeRolePolicy(context) {
    const roleName = await authorizeOnRole(context, 'iam:UpdateAssumeRolePolicy')
    context.store.updateTrustPolicy(roleName, requiredParam(context.params, 'PolicyDocument'))
    return undefined
  },

  async UpdateRole(context) {
    const roleName = await authorizeOnRole(context, 'iam:UpdateRole')
    const maxSessionDuration = context.params.get('MaxSessionDuration')
    context.store.updateRole(roleName, {
      description: context.params.get('Description'),
      maxSessionDuration: maxSessionDuration === undefined ? undefined : Number(maxSessionDuration)
    })
    return {}
  },

  async UpdateRoleDescription(context) {
    const roleName = await authorizeOnRole(context, 'iam:UpdateRoleDescription')
    context.store.updateRole(roleName, {
      description: requiredParam(context.params, 'Description')
    })
    return { Role: roleXml(context.store.requireRole(roleName)) }
  },

  async PutRolePolicy(context) {
    const roleName = await authorizeOnRole(context, 'iam:PutRolePolicy')
    const { params } = context
    context.store.putRolePolicy(
      roleName,
      requiredParam(params, 'PolicyName'),
      requiredParam(params, 'PolicyDocument')
    )
    return undefined
  },

  async GetRolePolicy(context) {
    const roleName = await authorizeOnRole(context, 'iam:GetRolePolicy')
    const policyName = requiredParam(context.params, 'PolicyName')
    const role = readRole(context, roleName, 'GetRolePolicy')
    return {
      RoleName: role.name,
      PolicyName: policyName,
      PolicyDocument: encodePolicyDocument(context.store.requireRolePolicy(role.name, policyName))
    }
  },

  async DeleteRolePolicy(context) {
    const roleName = await authorizeOnRole(context, 'iam:DeleteRolePolicy')
    context.store.deleteRolePolicy(roleName, requiredParam(context.params, 'PolicyName'))
    return undefined
  },

  async ListRolePolicies(context) {
    const roleName = await authorizeOnRole(context, 'iam:ListRolePolicies')
    const role = readRole(context, roleName, 'ListRolePolicies')
    return pagedList(context, 'PolicyNames', [...role.inlinePolicies.keys()].sort())
  },

  async ListAttachedRolePolicies(context) {
    const roleName = await authorizeOnRole(context, 'iam:ListAttachedRolePolicies')
    const role = readRole(context, roleName, 'ListAttachedRolePolicies')
    return pagedList(
      context,
      'AttachedPolicies',
      attachedPolicies(context.store, role.attachedPolicyArns)
    )
  },

  async TagRole(context) {
    const tags = tagsParam(context)
    const roleName = await authorizeOnRole(context, 'iam:TagRole', requestTagContext(tags))
    context.store.tagRole(roleName, tags)
    return undefined
  },

  async UntagRole(context) {
    const keys = listParam(context.params, 'TagKeys')
    const roleName = await authorizeOnRole(context, 'iam:UntagRole', { 'aws:TagKeys': keys })
    context.store.untagRole(roleName, keys)
    return undefined
  },

  async ListRoleTags(context) {
    const roleName = await authorizeOnRole(context, 'iam:ListRoleTags')
    return pagedList(context, 'Tags', tagList(readRole(context, roleName, 'ListRoleTags').tags))
  },

  async PutRolePermissionsBoundary(context) {
    const boundary = requiredParam(context.params, 'PermissionsBoundary')
    const roleName = await authorizeOnRole(context, 'iam:PutRolePermissionsBoundary', {
      'iam:PermissionsBoundary': boundary
    })
    context.store.putRolePermissionsBoundary(roleName, boundary)
    return undefined
  },

  async DeleteRolePermissionsBoundary(context) {
    const roleName = await authorizeOnRole(context, 'iam:DeleteRolePermissionsBoundary')
    context.store.deleteRolePermissionsBoundary(roleName)
    return undefined
  },

  SimulatePrincipalPolicy: simulatePrincipalPolicy,

  async GetUser(context) {
    return { User: userXml(await authorizeOnUser(context, 'iam:GetUser')) }
  },

  async ListUserPolicies(context) {
    const user = await authorizeOnUser(context, 'iam:ListUserPolicies')
    return pagedList(context, 'PolicyNames', [...user.inlinePolicies.keys()].sort())
  },

  async GetUserPolicy(context) {
    const user = await authorizeOnUser(context, 'iam:GetUserPolicy')
    const policyName = requiredParam(context.params, 'PolicyName')
    return {
      UserName: user.name,
      PolicyName: policyName,
      PolicyDocument: encodePolicyDocument(context.store.requireUserPolicy(user.name, policyName))
    }
  },

  async ListAttachedUserPolicies(context) {
    const user = await authorizeOnUser(context, 'iam:ListAttachedUserPolicies')
    return pagedList(
      context,
      'AttachedPolicies',
      attachedPolicies(context.store, user.attachedPolicyArns)
    )
  },

  async GetPolicy(context) {
    const arn = requiredParam(context.params, 'PolicyArn')
    await context.authorize('iam:GetPolicy', arn)
    return { Policy: managedPolicyXml(context.store, context.store.requireManagedPolicy(arn)) }
  },

  async GetPolicyVersion(context) {
    const arn = requiredParam(context.params, 'PolicyArn')
    const versionId = requiredParam(context.params, 'VersionId')
    await context.authorize('iam:GetPolicyVersion', arn)
    const policy = context.store.requireManagedPolicy(arn)
    if (versionId !== 'v1') {
      throw new AwsError(
        'NoSuchEntity',
        `Policy ${arn} version ${versionId} does not exist or is not attachable.`
      )
    }
    return {
      PolicyVersion: {
        Document: encodePolicyDocument(policy.document),
        VersionId: 'v1',
        IsDefaultVersion: true,
        CreateDate: isoDate(policy.createDate)
      }
    }
  }
}
