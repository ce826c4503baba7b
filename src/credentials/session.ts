// Who the action acts as: the role-to-assume, through the workflow's OIDC token and
// AssumeRoleWithWebIdentity, or else the credentials already in the environment.
// Secrets are masked the moment they exist; failures say what to change.
import * as core from '@actions/core'
import * as log from '../common/log.ts'
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { STSClient } from '@aws-sdk/client-sts'
import { accountOfArn } from '../common/arn.ts'
import { EXPORTED_STATE } from './exportedState.ts'
import { createAwsClients } from '../aws/clients.ts'
import { ActionError } from '../common/errors.ts'
import { POLICY_VERSION } from '../common/model.ts'
import type { ActionInputs, AwsSession, Partition, PolicyDocument } from '../common/model.ts'
import { decodeTokenClaims, fetchOidcToken } from './oidcToken.ts'
import type { OidcClaims, OidcTokenOptions } from './oidcToken.ts'

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
const CHINA_AUDIENCE = 'sts.amazonaws.com.cn'

export interface SessionDependencies extends OidcTokenOptions {
  /** STS client; default: createAwsClients for the input region, without explicit credentials. */
  sts?: STSClient
}

/** The error code of an SDK error: `InvalidIdentityTokenException` and `InvalidIdentityToken` alike. */
function errorCode(error: unknown): string {
  return String((error as Error)?.name ?? '').replace(/Exception$/, '')
}

function errorMessage(error: unknown): string {
  return (error as Error)?.message || String(error)
}

function checkAllowedAccount(accountId: string, allowedAccountIds: string[], what: string): void {
  if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(accountId)) {
    throw new ActionError(
      `${what} is in account ${accountId}, which is not in allowed-account-ids (${allowedAccountIds.join(', ')}); nothing was changed.\n` +
        'Check role-to-assume and the credentials of this job, or add the account to allowed-account-ids if it is intended.'
    )
  }
}

/** The trust policy that would accept this token, as data: the example an AccessDenied shows. */
export function exampleTrustPolicy(
  claims: OidcClaims,
  partition: Partition,
  accountId: string
): PolicyDocument {
  const issuer = (claims.iss ?? GITHUB_ISSUER).replace(/^https:\/\//, '')
  const audience = Array.isArray(claims.aud) ? (claims.aud[0] ?? '') : (claims.aud ?? '')
  return {
    Version: POLICY_VERSION,
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:${partition}:iam::${accountId}:oidc-provider/${issuer}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${issuer}:aud`]: audience },
          StringLike: { [`${issuer}:sub`]: claims.sub ?? '' }
        }
      }
    ]
  }
}

/** A China region with another audience than the usual one: say which one it usually is. */
function chinaAudienceHint(inputs: ActionInputs, hint: string): string {
  return inputs.partition === 'aws-cn' && inputs.audience !== CHINA_AUDIENCE ? ` ${hint}` : ''
}

function describeClaims(claims: OidcClaims): string[] {
  const names = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'] as const
  return names.map((name) => {
    const value = claims[name]
    return `  ${`${name}:`.padEnd(18)}${value === undefined ? '(not in the token)' : Array.isArray(value) ? value.join(', ') : value}`
  })
}

function accessDeniedMessage(
  error: unknown,
  token: string,
  inputs: ActionInputs,
  roleArn: string
): string {
  const lines = [
    `Not authorized to assume ${roleArn} with this workflow's OIDC token: the role's trust policy does not accept the token (or the role does not exist).`,
    `STS said: ${errorMessage(error)}`
  ]
  const claims = decodeTokenClaims(token)
  if (!claims) return lines.join('\n')
  const repository = claims.repository ?? 'ORG/REPO'
  lines.push(
    'The token carries these claims, which the trust policy conditions must match:',
    ...describeClaims(claims),
    'Usual causes:',
    `- sub changes with the trigger: repo:${repository}:environment:NAME when the job uses an environment, repo:${repository}:pull_request for pull requests, repo:${repository}:ref:refs/heads/BRANCH otherwise.`,
    `- sub is compared case-sensitively: the organization and repository must be written exactly as ${repository}.`,
    `- aud must equal the audience input (${inputs.audience}), and the account's IAM OIDC provider must list it as a client id.` +
      chinaAudienceHint(inputs, `In China regions it is usually ${CHINA_AUDIENCE}.`),
    `- the Principal must be the OIDC provider of account ${accountOfArn(roleArn)} for ${claims.iss ?? GITHUB_ISSUER}.`,
    'A trust policy that accepts exactly this token:',
    JSON.stringify(exampleTrustPolicy(claims, inputs.partition, accountOfArn(roleArn)), null, 2)
  )
  return lines.join('\n')
}

/** Turns an AssumeRoleWithWebIdentity failure into what the user must change; other errors pass. */
function explainAssumeRoleFailure(
  error: unknown,
  token: string,
  inputs: ActionInputs,
  roleArn: string
): unknown {
  const claims = decodeTokenClaims(token)
  const issuer = claims?.iss ?? GITHUB_ISSUER
  const audience = inputs.audience
  const accountId = accountOfArn(roleArn)
  switch (errorCode(error)) {
    case 'AccessDenied':
      return new ActionError(accessDeniedMessage(error, token, inputs, roleArn))
    case 'InvalidIdentityToken':
      return new ActionError(
        [
          `STS rejected the OIDC token (InvalidIdentityToken): ${errorMessage(error)}`,
          `Account ${accountId} needs an IAM OIDC identity provider for ${issuer} whose audiences (client ids) include ${audience}.` +
            chinaAudienceHint(
              inputs,
              `In China regions set audience: ${CHINA_AUDIENCE} and register that audience.`
            )
        ].join('\n')
      )
    case 'IDPRejectedClaim':
      return new ActionError(
        [
          `The OIDC identity provider rejected a claim of the token (IDPRejectedClaim): ${errorMessage(error)}`,
          ...(claims ? ['The token carries:', ...describeClaims(claims)] : [])
        ].join('\n')
      )
    case 'ExpiredToken':
      return new ActionError(
        `The OIDC token expired before STS accepted it (ExpiredToken): ${errorMessage(error)}\n` +
          "GitHub's tokens are short-lived; re-run the job, and check the runner's clock if it keeps happening."
      )
    case 'IDPCommunicationError':
      return new ActionError(
        `STS could not reach the OIDC issuer ${issuer}, even after retries (IDPCommunicationError): ${errorMessage(error)}\n` +
          'This is usually temporary; re-run the job.'
      )
    case 'ValidationError':
      if (/DurationSeconds|MaxSessionDuration/i.test(errorMessage(error))) {
        return new ActionError(
          `role-duration-seconds ${inputs.roleDurationSeconds} exceeds what ${roleArn} allows: ${errorMessage(error)}\n` +
            "Lower role-duration-seconds, or raise the role's maximum session duration (aws iam update-role --max-session-duration)."
        )
      }
      return error
    case 'RegionDisabled':
      return new ActionError(
        `STS is not activated in ${inputs.region} for account ${accountId}: ${errorMessage(error)}\n` +
          'Activate the region in the IAM account settings, or use another aws-region.'
      )
    default:
      return error
  }
}

async function assumeRoleWithOidc(
  inputs: ActionInputs,
  roleArn: string,
  sts: STSClient,
  dependencies: SessionDependencies
): Promise<AwsSession> {
  // Refuse a wrong account before any token or AWS call: the role ARN names it.
  checkAllowedAccount(accountOfArn(roleArn), inputs.allowedAccountIds, `role-to-assume ${roleArn}`)
  const token = await fetchOidcToken(inputs.audience, dependencies)
  log.info(
    `Assuming ${roleArn} with the workflow's OIDC token (session ${inputs.roleSessionName}).`
  )
  let response
  try {
    response = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: inputs.roleSessionName,
        WebIdentityToken: token,
        DurationSeconds: inputs.roleDurationSeconds
      })
    )
  } catch (error) {
    throw explainAssumeRoleFailure(error, token, inputs, roleArn)
  }
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = response.Credentials ?? {}
  for (const secret of [AccessKeyId, SecretAccessKey, SessionToken]) {
    if (secret) core.setSecret(secret)
  }
  const callerArn = response.AssumedRoleUser?.Arn
  if (!AccessKeyId || !SecretAccessKey || !SessionToken || !callerArn) {
    throw new ActionError(
      `STS answered AssumeRoleWithWebIdentity for ${roleArn} without credentials or AssumedRoleUser.`
    )
  }
  return {
    source: 'oidc',
    credentials: {
      accessKeyId: AccessKeyId,
      secretAccessKey: SecretAccessKey,
      sessionToken: SessionToken,
      expiration: Expiration
    },
    accountId: accountOfArn(callerArn),
    callerArn,
    callerRoleArn: roleArn
  }
}

function explainAmbientFailure(error: unknown): unknown {
  const code = errorCode(error)
  if (code === 'CredentialsProviderError') {
    return new ActionError(
      'No AWS credentials: role-to-assume is empty and none were found in the environment.\n' +
        'Set role-to-assume to a role ARN (the job needs `permissions: id-token: write`), or configure credentials in an earlier step (e.g. aws-actions/configure-aws-credentials).'
    )
  }
  if (['ExpiredToken', 'InvalidClientTokenId', 'SignatureDoesNotMatch'].includes(code)) {
    return new ActionError(
      `STS rejected the AWS credentials of the environment (${code}): ${errorMessage(error)}\n` +
        'They may have expired, or be incomplete (AWS_SESSION_TOKEN missing for temporary keys); refresh them or set role-to-assume.'
    )
  }
  return error
}

async function ambientSession(sts: STSClient): Promise<AwsSession> {
  log.info(
    'No role-to-assume: using the AWS credentials already in the environment (the SDK default chain).'
  )
  let identity
  try {
    identity = await sts.send(new GetCallerIdentityCommand({}))
  } catch (error) {
    throw explainAmbientFailure(error)
  }
  if (!identity.Account || !identity.Arn) {
    throw new ActionError('STS answered GetCallerIdentity without Account or Arn.')
  }
  return { source: 'ambient', accountId: identity.Account, callerArn: identity.Arn }
}

/**
 * The session the action acts in: role-to-assume through OIDC (credentials masked at once; the
 * account id comes from AssumedRoleUser, no extra round trip), else the ambient credentials.
 * Fails with ActionError when the account is not in allowed-account-ids.
 */
export async function resolveSession(
  inputs: ActionInputs,
  dependencies: SessionDependencies = {}
): Promise<AwsSession> {
  const sts = dependencies.sts ?? createAwsClients({ region: inputs.region }).sts
  const session = inputs.roleToAssume
    ? await assumeRoleWithOidc(inputs, inputs.roleToAssume, sts, dependencies)
    : await ambientSession(sts)
  checkAllowedAccount(
    session.accountId,
    inputs.allowedAccountIds,
    `The caller ${session.callerArn}`
  )
  log.info(`Acting as ${session.callerArn} in account ${session.accountId}.`)
  return session
}

/**
 * Exports the session's credentials (already masked) and the region for later steps, and records
 * their names for the post step, which clears them at the end of the job.
 */
export function exportSessionCredentials(session: AwsSession, region: string): void {
  const credentials = session.credentials
  const variables: Record<string, string> = {}
  if (credentials) {
    variables.AWS_ACCESS_KEY_ID = credentials.accessKeyId
    variables.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey
    if (credentials.sessionToken) variables.AWS_SESSION_TOKEN = credentials.sessionToken
  }
  variables.AWS_REGION = region
  variables.AWS_DEFAULT_REGION = region
  for (const [name, value] of Object.entries(variables)) core.exportVariable(name, value)
  core.saveState(EXPORTED_STATE, JSON.stringify(Object.keys(variables)))
}
