// STS's operations: who am I, and role sessions (web identity from GitHub's OIDC tokens, or an
// IAM principal's AssumeRole), each giving an ASIA key that then acts as the role.
import { mayAssumeRole, trustAllowsWebIdentity, type ContextValues } from './authorization.ts'
import { GITHUB_PROVIDER_HOST } from './githubOidc.ts'
import type { Operation, OperationContext } from './operation.ts'
import { AwsError, isoDate, requiredParam, type XmlValue } from './queryProtocol.ts'
import { validationError, type IamStore, type Role } from './store.ts'

const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/
const MIN_DURATION_SECONDS = 900
const MAX_DURATION_SECONDS = 43200

function requestedDuration(context: OperationContext): number {
  const text = context.params.get('DurationSeconds')
  if (text === undefined) return 3600
  const seconds = Number(text)
  if (!Number.isInteger(seconds) || seconds < MIN_DURATION_SECONDS) {
    throw validationError(
      'durationSeconds',
      text,
      `Member must have value greater than or equal to ${MIN_DURATION_SECONDS}`
    )
  }
  if (seconds > MAX_DURATION_SECONDS) {
    throw validationError(
      'durationSeconds',
      text,
      `Member must have value less than or equal to ${MAX_DURATION_SECONDS}`
    )
  }
  return seconds
}

function sessionName(context: OperationContext): string {
  const name = requiredParam(context.params, 'RoleSessionName')
  if (!SESSION_NAME_PATTERN.test(name)) {
    throw validationError(
      'roleSessionName',
      name,
      'Member must satisfy regular expression pattern: [\\w+=,.@-]*'
    )
  }
  return name
}

/** The role an ARN names, only when it names it exactly (path included). */
function roleForArn(store: IamStore, arn: string): Role | undefined {
  const name = arn.split('/').pop() ?? ''
  const role = store.findRole(name)
  return role?.arn === arn ? role : undefined
}

function newSession(
  store: IamStore,
  role: Role,
  name: string,
  seconds: number
): Record<string, XmlValue> {
  if (seconds > role.maxSessionDuration) {
    throw new AwsError(
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
    )
  }
  const expiresAt = Date.now() + seconds * 1000
  const key = store.addAccessKey({
    kind: 'role-session',
    roleName: role.name,
    sessionName: name,
    expiresAt
  })
  return {
    Credentials: {
      AccessKeyId: key.accessKeyId,
      SecretAccessKey: key.secretAccessKey,
      SessionToken: key.sessionToken,
      Expiration: isoDate(expiresAt)
    },
    AssumedRoleUser: {
      AssumedRoleId: `${role.roleId}:${name}`,
      Arn: store.arn('sts', `assumed-role/${role.name}/${name}`)
    }
  }
}

/** The request context a web identity token gives trust policy conditions. */
function tokenContext(claims: Record<string, unknown>, providerArn: string): ContextValues {
  const context: ContextValues = { 'aws:FederatedProvider': providerArn }
  for (const [claim, value] of Object.entries(claims)) {
    if (typeof value === 'string') context[`${GITHUB_PROVIDER_HOST}:${claim}`] = value
  }
  return context
}

const NOT_AUTHORIZED_WEB_IDENTITY = 'Not authorized to perform sts:AssumeRoleWithWebIdentity'

export const stsOperations: Record<string, Operation> = {
  async GetCallerIdentity(context) {
    const caller = context.caller
    if (!caller)
      throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token')
    return { UserId: caller.userId, Account: context.store.accountId, Arn: caller.arn }
  },

  async AssumeRoleWithWebIdentity(context) {
    const { params, store, oidc } = context
    const roleArn = requiredParam(params, 'RoleArn')
    const name = sessionName(context)
    const seconds = requestedDuration(context)
    const check = oidc.verify(requiredParam(params, 'WebIdentityToken'))
    if (!check.valid) {
      throw check.reason === 'expired'
        ? new AwsError(
            'ExpiredTokenException',
            'Token expired: current date/time must be before the expiration date/time.'
          )
        : new AwsError(
            'InvalidIdentityToken',
            'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.'
          )
    }
    const audience = String(check.claims.aud)
    if (!oidc.clientIds.has(audience))
      throw new AwsError('InvalidIdentityToken', 'Incorrect token audience')
    const providerArn = store.arn('iam', `oidc-provider/${GITHUB_PROVIDER_HOST}`)
    const role = roleForArn(store, roleArn)
    if (
      !role ||
      !trustAllowsWebIdentity(store, role, providerArn, tokenContext(check.claims, providerArn))
    ) {
      throw new AwsError('AccessDenied', NOT_AUTHORIZED_WEB_IDENTITY)
    }
    const session = newSession(store, role, name, seconds)
    return {
      Credentials: session.Credentials,
      SubjectFromWebIdentityToken: String(check.claims.sub),
      AssumedRoleUser: session.AssumedRoleUser,
      Provider: providerArn,
      Audience: audience
    }
  },

  async AssumeRole(context) {
    const { params, store, caller } = context
    const roleArn = requiredParam(params, 'RoleArn')
    const name = sessionName(context)
    const seconds = requestedDuration(context)
    const role = roleForArn(store, roleArn)
    if (!caller || !role || !(await mayAssumeRole(store, caller, role))) {
      throw new AwsError(
        'AccessDenied',
        `User: ${caller?.arn ?? 'anonymous'} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
      )
    }
    return newSession(store, role, name, seconds)
  }
}
