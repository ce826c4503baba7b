// The local AWS endpoint: IAM and STS over the query protocol plus GitHub's OIDC token service,
// on 127.0.0.1, with the seeding API tests use to set up an account.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import type { CurrentRole, Partition, PolicyDocument } from '../../src/common/model.ts'
import { authorize, resolveCaller, type Caller } from './authorization.ts'
import { CallLog } from './callLog.ts'
import { Faults } from './faults.ts'
import {
  GITHUB_PROVIDER_HOST,
  GithubOidc,
  githubClaims,
  type GithubRunIdentity
} from './githubOidc.ts'
import { iamOperations } from './iam.ts'
import type { Operation, OperationContext } from './operation.ts'
import {
  AwsError,
  errorXml,
  isoDate,
  newRequestId,
  parseQueryBody,
  successXml,
  type AwsService
} from './queryProtocol.ts'
import { parseAuthorization, signatureMatches } from './sigv4.ts'
import { IamStore, type Credentials, type KeyOwner, type Role } from './store.ts'
import { stsOperations } from './sts.ts'
import { InferenceProfiles } from './bedrock.ts'
import { AgentRuntimes } from './agentRuntimes.ts'
import { restError, restRoute } from './restJson.ts'

export const OIDC_TOKEN_PATH = '/_oidc/token'

const OPERATIONS: Record<AwsService, Record<string, Operation>> = {
  iam: iamOperations,
  sts: stsOperations
}

/** A policy given to the seeding API: a document (serialised as JSON) or its exact text. */
export type PolicyInput = PolicyDocument | string

export interface SeedRole {
  name: string
  path?: string
  trustPolicy: PolicyInput
  description?: string
  maxSessionDuration?: number
  tags?: Record<string, string>
  permissionsBoundary?: string
  inlinePolicies?: Record<string, PolicyInput>
  managedPolicyArns?: string[]
}

export interface SeedUser {
  path?: string
  inlinePolicies?: Record<string, PolicyInput>
  managedPolicyArns?: string[]
  permissionsBoundary?: string
}

export interface GithubDeployerRoleOptions {
  name?: string
  path?: string
  /** Inline policies replacing the default one that grants what the action needs. */
  policies?: Record<string, PolicyInput>
  /** The `sub` the trust policy accepts (StringLike). Default `repo:octo-org/octo-repo:*`. */
  subject?: string
  /** The `aud` the trust policy accepts. Default `sts.amazonaws.com`. */
  audience?: string
  /** A permissions boundary: an existing managed policy ARN, or a document to create one from. */
  boundary?: PolicyInput
  maxSessionDuration?: number
}

/** A role as the test API reports it: its documents decoded and parsed. */
export interface RoleSnapshot extends Omit<
  CurrentRole,
  'attachedPolicies' | 'permissionsBoundaryPolicy' | 'unreadablePolicies'
> {
  roleId: string
  maxSessionDuration: number
  createDate: string
  /** The trust policy's exact text, as it was written. */
  trustPolicyText: string
}

export interface LocalAws {
  url: string
  accountId: string
  partition: Partition
  rootArn: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL for the runner environment (audience is appended by the client). */
  oidcRequestUrl: string
  oidc: GithubOidc
  oidcProviderArn: string
  faults: Faults
  calls: CallLog
  createRole(role: SeedRole): RoleSnapshot
  putRolePolicy(roleName: string, policyName: string, document: PolicyInput): void
  updateAssumeRolePolicy(roleName: string, document: PolicyInput): void
  tagRole(roleName: string, tags: Record<string, string>): void
  attachRolePolicy(roleName: string, policyArn: string): void
  createManagedPolicy(
    name: string,
    document: PolicyInput,
    options?: { path?: string; description?: string }
  ): string
  createUser(name: string, user?: SeedUser): { name: string; arn: string }
  /** Keys acting as a user, a role (a session named `local-session`) or the account root. */
  createAccessKey(principalArn: string): Credentials
  /** The OIDC-trusted role a workflow assumes, allowed what the action needs by default. */
  createGithubDeployerRole(options?: GithubDeployerRoleOptions): RoleSnapshot
  /** A GitHub OIDC ID token for the given run, signed by the local issuer. */
  idToken(identity?: GithubRunIdentity, audience?: string, lifetimeSeconds?: number): string
  /** An AgentCore runtime running as `roleArn`; its id. */
  createAgentRuntime(name: string, roleArn: string): string
  deleteAgentRuntime(id: string): void
  /** Marks a role as last used on this day (GetRole RoleLastUsed). */
  setRoleLastUsed(roleName: string, isoDate: string): void
  /** A Bedrock application inference profile routing to these models; its ARN. */
  createApplicationInferenceProfile(name: string, region: string, modelArns: string[]): string
  getRole(name: string): RoleSnapshot | undefined
  /** Every role of the account, in creation order. */
  listRoles(): RoleSnapshot[]
  /**
   * Every secret the endpoint has handed out so far: OIDC request and ID tokens, access key ids,
   * secret keys and session tokens. None may show up in a run's log, summary or outputs.
   */
  issuedSecrets(): string[]
  close(): Promise<void>
}

export interface LocalAwsOptions {
  accountId?: string
  partition?: Partition
}

function documentText(document: PolicyInput): string {
  return typeof document === 'string' ? document : JSON.stringify(document)
}

function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

function snapshot(role: Role): RoleSnapshot {
  return {
    name: role.name,
    path: role.path,
    arn: role.arn,
    roleId: role.roleId,
    description: role.description,
    maxSessionDuration: role.maxSessionDuration,
    createDate: isoDate(role.createDate),
    trustPolicy: JSON.parse(role.trustPolicy),
    trustPolicyText: role.trustPolicy,
    inlinePolicies: Object.fromEntries(
      [...role.inlinePolicies].map(([name, document]) => [name, JSON.parse(document)])
    ),
    attachedPolicyArns: [...role.attachedPolicyArns],
    tags: Object.fromEntries(role.tags),
    permissionsBoundary: role.permissionsBoundary
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The IAM actions the action uses on the AgentCore roles it manages (reads and writes). */
export const MANAGE_AGENTCORE_ROLE_ACTIONS = [
  'iam:GetRole',
  'iam:CreateRole',
  'iam:UpdateAssumeRolePolicy',
  'iam:UpdateRole',
  'iam:PutRolePolicy',
  'iam:GetRolePolicy',
  'iam:ListRolePolicies',
  'iam:ListAttachedRolePolicies',
  'iam:TagRole',
  'iam:UntagRole',
  'iam:ListRoleTags',
  'iam:PutRolePermissionsBoundary'
] as const

/** What the deployer role needs for the action: manage the AgentCore roles, pass them, simulate itself. */
function deployerPolicy(store: IamStore, roleArn: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageAgentCoreRoles',
        Effect: 'Allow',
        Action: [...MANAGE_AGENTCORE_ROLE_ACTIONS],
        Resource: store.roleArn('*BedrockAgentCore*', '/')
      },
      {
        Sid: 'ReadAttachedPolicies',
        Effect: 'Allow',
        Action: ['iam:GetPolicy', 'iam:GetPolicyVersion'],
        Resource: [store.arn('iam', 'policy/*'), `arn:${store.partition}:iam::aws:policy/*`]
      },
      {
        Sid: 'SimulateOwnPermissions',
        Effect: 'Allow',
        Action: 'iam:SimulatePrincipalPolicy',
        Resource: roleArn
      },
      {
        Sid: 'PassAgentCoreRoles',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: store.roleArn('AmazonBedrockAgentCore*', '/')
      },
      ...POLICY_CHECK_STATEMENTS(store.partition, store.accountId),
      ...LIFECYCLE_STATEMENTS(store.partition, store.accountId)
    ]
  }
}

/** What mode delete and the roles-left-over report need: deletions, and who uses a role. */
export const LIFECYCLE_STATEMENTS = (
  partition: string,
  accountId: string
): PolicyDocument['Statement'] => [
  {
    Sid: 'DeleteAgentCoreRoles',
    Effect: 'Allow',
    Action: ['iam:DeleteRole', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy'],
    Resource: `arn:${partition}:iam::${accountId}:role/AmazonBedrockAgentCore*`
  },
  { Sid: 'FindRolesLeftOver', Effect: 'Allow', Action: 'iam:ListRoles', Resource: '*' },
  {
    Sid: 'FindRuntimesUsingRoles',
    Effect: 'Allow',
    Action: ['bedrock-agentcore:ListAgentRuntimes', 'bedrock-agentcore:GetAgentRuntime'],
    Resource: '*'
  }
]

/** What the policy checks read: AWS's validator, and where the models' profiles route. */
export const POLICY_CHECK_STATEMENTS = (
  partition: string,
  accountId: string
): PolicyDocument['Statement'] => [
  {
    Sid: 'ValidatePolicies',
    Effect: 'Allow',
    Action: ['access-analyzer:ValidatePolicy', 'access-analyzer:CheckNoNewAccess'],
    Resource: '*'
  },
  {
    Sid: 'ReadInferenceProfiles',
    Effect: 'Allow',
    Action: 'bedrock:GetInferenceProfile',
    Resource: [
      `arn:${partition}:bedrock:*:${accountId}:inference-profile/*`,
      `arn:${partition}:bedrock:*:${accountId}:application-inference-profile/*`
    ]
  }
]

export async function startLocalAws(options: LocalAwsOptions = {}): Promise<LocalAws> {
  const store = new IamStore(options.accountId ?? '111122223333', options.partition ?? 'aws')
  const oidc = new GithubOidc()
  const faults = new Faults()
  const calls = new CallLog()
  const profiles = new InferenceProfiles(store.partition, store.accountId)
  const runtimes = new AgentRuntimes(store.partition, store.accountId)
  const oidcProviderArn = store.arn('iam', `oidc-provider/${GITHUB_PROVIDER_HOST}`)

  function authenticate(request: IncomingMessage, body: Buffer): Caller {
    const auth = parseAuthorization(request.headers.authorization)
    if (!auth) {
      throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token')
    }
    const key = store.findAccessKey(auth.accessKeyId)
    const sessionToken = request.headers['x-amz-security-token']
    if (
      !key ||
      key.sessionToken !== sessionToken ||
      partitionOfRegion(auth.region) !== store.partition
    ) {
      throw new AwsError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.'
      )
    }
    const signed = {
      method: request.method ?? 'POST',
      url: request.url ?? '/',
      headers: request.headers,
      body
    }
    if (!signatureMatches(auth, key.secretAccessKey, signed)) {
      throw new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
      )
    }
    if (key.owner.kind === 'role-session' && key.owner.expiresAt <= Date.now()) {
      throw new AwsError('ExpiredToken', 'The security token included in the request is expired')
    }
    return resolveCaller(store, key)
  }

  async function answerAws(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request)
    const params = parseQueryBody(body.toString('utf8'))
    const action = params.get('Action') ?? ''
    const signedFor = parseAuthorization(request.headers.authorization)?.service
    const service: AwsService =
      signedFor === 'iam' || signedFor === 'sts'
        ? signedFor
        : action in stsOperations
          ? 'sts'
          : 'iam'
    const record = calls.begin(service, action)
    if (faults.silences(action, service)) return
    const requestId = newRequestId()
    let status = 200
    let errorCode: string | undefined
    let xml: string
    try {
      const delay = faults.delayFor(action)
      if (delay > 0) await sleep(delay)
      faults.runHooksBefore(action, params)
      const fault = faults.errorFor(action, service)
      if (fault) throw fault
      const operation = Object.hasOwn(OPERATIONS[service], action)
        ? OPERATIONS[service][action]
        : undefined
      if (!operation) {
        const version = service === 'iam' ? '2010-05-08' : '2011-06-15'
        throw new AwsError(
          'InvalidAction',
          `Could not find operation ${action} for version ${version}`
        )
      }
      const caller =
        action === 'AssumeRoleWithWebIdentity' ? undefined : authenticate(request, body)
      record.caller = caller?.arn
      const context: OperationContext = {
        params,
        store,
        caller,
        faults,
        oidc,
        authorize: (iamAction, resourceArn, requestContext) =>
          caller
            ? authorize(store, caller, iamAction, resourceArn, requestContext)
            : Promise.resolve()
      }
      xml = successXml(service, action, await operation(context), requestId)
    } catch (thrown) {
      const error =
        thrown instanceof AwsError
          ? thrown
          : new AwsError(
              'ServiceFailure',
              `Local endpoint failure: ${(thrown as Error).stack ?? String(thrown)}`
            )
      status = error.status
      errorCode = error.code
      xml = errorXml(service, error, requestId)
    }
    response.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId })
    response.end(xml, () => {
      calls.end(record, status, errorCode)
      if (record.write && status === 200) faults.writeAnswered()
    })
  }

  function answerOidc(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const record = calls.begin('oidc', 'GetIdToken')
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    const claims = bearer === undefined ? undefined : oidc.claimsForRequestToken(bearer)
    const [status, payload] = claims
      ? [
          200,
          {
            count: 1,
            value: oidc.mintToken(
              claims,
              url.searchParams.get('audience') ?? `https://github.com/${claims.repository_owner}`
            )
          }
        ]
      : [401, { message: 'Unauthorized: the request token is not valid.' }]
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(payload), () => calls.end(record, status))
  }

  /** Access Analyzer and Bedrock: REST-JSON, routed by path; undefined when not theirs. */
  async function answerRestJson(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL
  ): Promise<boolean> {
    const signed = parseAuthorization(request.headers.authorization)
    const service = signed?.service
    if (
      !signed ||
      (service !== 'access-analyzer' && service !== 'bedrock' && service !== 'bedrock-agentcore')
    ) {
      return false
    }
    const body = await readBody(request)
    const route = restRoute(request.method ?? 'GET', url.pathname, body.toString('utf8'), {
      partition: store.partition,
      region: signed.region,
      accountId: store.accountId,
      profiles,
      runtimes,
      query: url.searchParams
    })
    const record = calls.begin(service, route?.operation ?? url.pathname)
    const requestId = newRequestId()
    let status = 200
    let errorCode: string | undefined
    let headers: Record<string, string> = { 'content-type': 'application/json' }
    let payload: string
    try {
      if (!route) throw new AwsError('UnknownOperationException', `No operation at ${url.pathname}`)
      const delay = faults.delayFor(route.operation)
      if (delay > 0) await sleep(delay)
      const fault = faults.errorFor(route.operation, service)
      if (fault) throw fault
      const caller = authenticate(request, body)
      record.caller = caller.arn
      await authorize(store, caller, route.action, route.resource)
      payload = JSON.stringify(await route.answer())
    } catch (thrown) {
      const error =
        thrown instanceof AwsError
          ? thrown
          : new AwsError('InternalServerException', `Local endpoint failure: ${String(thrown)}`)
      const answer = restError(error)
      status = answer.status
      errorCode = answer.headers['x-amzn-errortype']
      headers = answer.headers
      payload = answer.body
    }
    response.writeHead(status, { ...headers, 'x-amzn-requestid': requestId })
    response.end(payload, () => calls.end(record, status, errorCode))
    return true
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (request.method === 'GET' && url.pathname === OIDC_TOKEN_PATH) {
      answerOidc(request, response, url)
      return
    }
    if (url.pathname !== '/') {
      answerRestJson(request, response, url)
        .then((answered) => {
          if (!answered) return answerAws(request, response)
        })
        .catch((error: unknown) => response.destroy(error as Error))
      return
    }
    answerAws(request, response).catch((error: unknown) => {
      response.destroy(error as Error)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  /** Who a key made for this ARN acts as: the root, a user, or a session of a role. */
  function keyOwnerFor(principalArn: string): KeyOwner {
    if (principalArn === store.rootArn) return { kind: 'root' }
    const name = principalArn.split('/').pop() ?? ''
    if (store.findUser(name)?.arn === principalArn) return { kind: 'user', userName: name }
    if (store.findRole(name)?.arn === principalArn) {
      const expiresAt = Date.now() + 12 * 3600 * 1000
      return { kind: 'role-session', roleName: name, sessionName: 'local-session', expiresAt }
    }
    throw new Error(`No principal ${principalArn} in the local account.`)
  }

  function createRole(role: SeedRole): RoleSnapshot {
    const created = store.createRole({ ...role, trustPolicy: documentText(role.trustPolicy) })
    for (const [name, document] of Object.entries(role.inlinePolicies ?? {})) {
      store.putRolePolicy(created.name, name, documentText(document))
    }
    for (const arn of role.managedPolicyArns ?? []) store.attachRolePolicy(created.name, arn)
    return snapshot(created)
  }

  return {
    url,
    accountId: store.accountId,
    partition: store.partition,
    rootArn: store.rootArn,
    oidcRequestUrl: `${url}${OIDC_TOKEN_PATH}?api-version=2.0`,
    oidc,
    oidcProviderArn,
    faults,
    calls,
    createRole,
    putRolePolicy: (roleName, policyName, document) =>
      store.putRolePolicy(roleName, policyName, documentText(document)),
    updateAssumeRolePolicy: (roleName, document) =>
      store.updateTrustPolicy(roleName, documentText(document)),
    tagRole: (roleName, tags) => store.tagRole(roleName, new Map(Object.entries(tags))),
    attachRolePolicy: (roleName, policyArn) => store.attachRolePolicy(roleName, policyArn),
    createManagedPolicy: (name, document, policyOptions) =>
      store.createManagedPolicy(name, documentText(document), policyOptions).arn,
    createUser(name, user = {}) {
      const created = store.createUser(name, user)
      for (const [policyName, document] of Object.entries(user.inlinePolicies ?? {})) {
        store.putUserPolicy(name, policyName, documentText(document))
      }
      for (const arn of user.managedPolicyArns ?? []) store.attachUserPolicy(name, arn)
      return { name: created.name, arn: created.arn }
    },
    createAccessKey(principalArn) {
      const key = store.addAccessKey(keyOwnerFor(principalArn))
      return {
        accessKeyId: key.accessKeyId,
        secretAccessKey: key.secretAccessKey,
        sessionToken: key.sessionToken
      }
    },
    createGithubDeployerRole(deployer = {}) {
      const name = deployer.name ?? 'github-deployer'
      const path = deployer.path ?? '/'
      const boundary =
        deployer.boundary === undefined
          ? undefined
          : typeof deployer.boundary === 'string' && deployer.boundary.startsWith('arn:')
            ? deployer.boundary
            : store.createManagedPolicy(`${name}-boundary`, documentText(deployer.boundary)).arn
      return createRole({
        name,
        path,
        maxSessionDuration: deployer.maxSessionDuration,
        permissionsBoundary: boundary,
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: oidcProviderArn },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: {
                StringEquals: {
                  [`${GITHUB_PROVIDER_HOST}:aud`]: deployer.audience ?? 'sts.amazonaws.com'
                },
                StringLike: {
                  [`${GITHUB_PROVIDER_HOST}:sub`]: deployer.subject ?? 'repo:octo-org/octo-repo:*'
                }
              }
            }
          ]
        },
        inlinePolicies: deployer.policies ?? {
          'agentcore-role-action': deployerPolicy(store, store.roleArn(name, path))
        }
      })
    },
    idToken: (identity, audience = 'sts.amazonaws.com', lifetimeSeconds) =>
      oidc.mintToken(githubClaims(identity), audience, lifetimeSeconds),
    createAgentRuntime: (name, roleArn) => runtimes.create(name, roleArn).agentRuntimeId,
    deleteAgentRuntime: (id) => runtimes.delete(id),
    setRoleLastUsed(roleName, isoDate) {
      const role = store.findRole(roleName)
      if (!role) throw new Error(`No role ${roleName} in the local account.`)
      role.lastUsed = { date: Date.parse(isoDate), region: 'us-east-1' }
    },
    createApplicationInferenceProfile: (name, region, modelArns) =>
      profiles.createApplicationProfile(name, region, modelArns),
    getRole(name) {
      const role = store.findRole(name)
      return role && snapshot(role)
    },
    listRoles: () => store.allRoles().map(snapshot),
    issuedSecrets: () => [
      ...oidc.issuedTokens(),
      ...store
        .allAccessKeys()
        .flatMap((key) => [key.accessKeyId, key.secretAccessKey, key.sessionToken ?? ''])
        .filter(Boolean)
    ],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}
