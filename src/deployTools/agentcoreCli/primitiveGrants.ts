// What each primitive of agentcore.json adds to a runtime's role, as the CLI's construct grants it
// (@aws/agentcore-cdk 0.1.0-alpha.45: memory-actions.js, wire-connections.js,
// AgentCoreRuntime.grantCredentialAccess, and the vended cdk-stack.ts for payments), on the
// resources runtimeNeeds.ts resolved. Data and one pure function; held against the synthesized
// templates by the tests.
import type { ConditionBlock, PolicyStatement } from '../../common/model.ts'
import { arn, type ArnContext } from '../agentCoreArns.ts'
import type { RuntimeNeed } from './runtimeNeeds.ts'

// The construct's actions per primitive (@aws/agentcore-cdk: memory-actions.js,
// wire-connections.js, AgentCoreRuntime.grantCredentialAccess, the vended cdk-stack.ts).
const MEMORY_NAMESPACE_ACTIONS = [
  'bedrock-agentcore:ListMemoryRecords',
  'bedrock-agentcore:RetrieveMemoryRecords'
]
const NAMESPACE_KEYS = ['bedrock-agentcore:namespace', 'bedrock-agentcore:namespacePath']
const MEMORY_READ = [
  'bedrock-agentcore:GetEvent',
  'bedrock-agentcore:GetMemory',
  'bedrock-agentcore:GetMemoryRecord',
  'bedrock-agentcore:ListActors',
  'bedrock-agentcore:ListEvents',
  'bedrock-agentcore:ListSessions'
]
const MEMORY_WRITE = [
  'bedrock-agentcore:CreateEvent',
  'bedrock-agentcore:DeleteEvent',
  'bedrock-agentcore:DeleteMemoryRecord'
]
// The construct also grants bedrock-agentcore:GetApiKeyCredential, which is no IAM action (the
// service authorization reference has none of that name; IAM Access Analyzer reports it as
// INVALID_ACTION): IAM never authorizes it, so it is not granted here.
const IDENTITY_ACTIONS = [
  'bedrock-agentcore:CreateWorkloadIdentity',
  'bedrock-agentcore:GetWorkloadAccessTokenForUserId',
  'bedrock-agentcore:GetResourceApiKey',
  'bedrock-agentcore:GetResourceOauth2Token'
]
const TOKEN_ACTIONS = [
  'bedrock-agentcore:GetResourceOauth2Token',
  'bedrock-agentcore:GetWorkloadAccessToken'
]
const tokenResources = (ctx: ArnContext) => [
  arn(ctx, 'bedrock-agentcore', 'workload-identity-directory/default'),
  arn(ctx, 'bedrock-agentcore', 'workload-identity-directory/default/workload-identity/*'),
  arn(ctx, 'bedrock-agentcore', 'token-vault/default')
]
const INVOKE_RUNTIME = [
  'bedrock-agentcore:InvokeAgentRuntime',
  'bedrock-agentcore:InvokeAgentRuntimeForUser'
]
const BROWSER_ACTIONS = [
  'bedrock-agentcore:StartBrowserSession',
  'bedrock-agentcore:StopBrowserSession',
  'bedrock-agentcore:GetBrowserSession',
  'bedrock-agentcore:ListBrowserSessions',
  'bedrock-agentcore:UpdateBrowserStream',
  'bedrock-agentcore:ConnectBrowserAutomationStream',
  'bedrock-agentcore:ConnectBrowserLiveViewStream'
]
const CODE_INTERPRETER_ACTIONS = [
  'bedrock-agentcore:StartCodeInterpreterSession',
  'bedrock-agentcore:StopCodeInterpreterSession',
  'bedrock-agentcore:GetCodeInterpreterSession',
  'bedrock-agentcore:ListCodeInterpreterSessions',
  'bedrock-agentcore:InvokeCodeInterpreter'
]
const PAYMENT_ACTIONS = [
  'bedrock-agentcore:GetPaymentInstrument',
  'bedrock-agentcore:ListPaymentInstruments',
  'bedrock-agentcore:GetPaymentInstrumentBalance',
  'bedrock-agentcore:GetPaymentSession',
  'bedrock-agentcore:ListPaymentSessions',
  'bedrock-agentcore:CreatePaymentSession',
  'bedrock-agentcore:ProcessPayment'
]

/** The statements of one primitive's need, as the CLI's construct grants them. */
export function needStatements(need: RuntimeNeed, ctx: ArnContext, sid: string): PolicyStatement[] {
  const allow = (
    suffix: string,
    actions: string[],
    resource: string | string[],
    condition?: ConditionBlock
  ): PolicyStatement => ({
    Sid: `${sid}${suffix}`,
    Effect: 'Allow',
    Action: actions,
    Resource: resource,
    ...(condition ? { Condition: condition } : {})
  })
  switch (need.kind) {
    case 'memory': {
      const scoped =
        need.namespaces.length > 0
          ? NAMESPACE_KEYS.map((key, index) =>
              allow(index === 0 ? 'Records' : 'RecordPaths', MEMORY_NAMESPACE_ACTIONS, need.arn, {
                StringLike: { [key]: need.namespaces }
              })
            )
          : [allow('Records', MEMORY_NAMESPACE_ACTIONS, need.arn)]
      const actions = need.access === 'read' ? MEMORY_READ : [...MEMORY_READ, ...MEMORY_WRITE]
      return [...scoped, allow('', actions, need.arn)]
    }
    case 'identity':
      return [
        allow('', IDENTITY_ACTIONS, [
          `arn:${ctx.partition}:bedrock-agentcore:*:${ctx.accountId}:workload-identity-directory/*`,
          `arn:${ctx.partition}:bedrock-agentcore:*:${ctx.accountId}:token-vault/*`,
          `arn:${ctx.partition}:bedrock-agentcore:*:${ctx.accountId}:apikeycredentialprovider/*`
        ]),
        allow(
          'Secrets',
          ['secretsmanager:GetSecretValue'],
          [
            `arn:${ctx.partition}:secretsmanager:*:${ctx.accountId}:secret:bedrock-agentcore-identity!*`
          ]
        )
      ]
    case 'gateway-invoke':
      return [allow('', ['bedrock-agentcore:InvokeGateway'], need.arn)]
    case 'gateway-token':
      return [allow('', TOKEN_ACTIONS, [...tokenResources(ctx), need.providerArn])]
    case 'gateway-oauth':
      return [
        allow(
          '',
          [
            ...TOKEN_ACTIONS,
            'bedrock-agentcore:CreateWorkloadIdentity',
            'bedrock-agentcore:GetWorkloadAccessTokenForUserId'
          ],
          [...tokenResources(ctx), need.providerArn]
        ),
        allow(
          'Secret',
          ['secretsmanager:GetSecretValue'],
          [arn(ctx, 'secretsmanager', 'secret:bedrock-agentcore-identity!*')]
        )
      ]
    case 'runtime-invoke':
      return [
        allow(
          '',
          [
            ...INVOKE_RUNTIME,
            ...(need.exec ? ['bedrock-agentcore:InvokeAgentRuntimeCommand'] : [])
          ],
          need.arn
        )
      ]
    case 'browser':
      return [allow('', BROWSER_ACTIONS, need.arn)]
    case 'code-interpreter':
      return [allow('', CODE_INTERPRETER_ACTIONS, need.arn)]
    case 'payment':
      return [
        allow('Role', ['sts:AssumeRole'], need.processPaymentRoleArn),
        allow('', PAYMENT_ACTIONS, [need.managerArn, `${need.managerArn}/*`])
      ]
    case 'efs':
      return [
        allow(
          '',
          ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
          need.accessPointArn.replace(/:access-point\/fsap-[0-9a-f]{8,40}$/, ':file-system/*'),
          { ArnEquals: { 'elasticfilesystem:AccessPointArn': need.accessPointArn } }
        ),
        allow(
          'Describe',
          ['elasticfilesystem:DescribeAccessPoints', 'elasticfilesystem:DescribeMountTargets'],
          '*'
        )
      ]
    case 's3files':
      return [
        allow(
          '',
          ['s3files:ClientMount', 's3files:ClientWrite'],
          need.accessPointArn.replace(/\/access-point\/[^/]+$/, ''),
          { ArnEquals: { 's3files:AccessPointArn': need.accessPointArn } }
        ),
        allow(
          'Describe',
          [
            's3files:GetAccessPoint',
            's3files:ListMountTargets',
            's3files:GetMountTarget',
            's3files:GetFileSystem'
          ],
          '*'
        )
      ]
  }
}

const SID_PREFIX: Record<RuntimeNeed['kind'], string> = {
  memory: 'Memory',
  identity: 'Identity',
  'gateway-invoke': 'Gateway',
  'gateway-token': 'GatewayToken',
  'gateway-oauth': 'GatewayOAuth',
  'runtime-invoke': 'InvokeRuntime',
  browser: 'Browser',
  'code-interpreter': 'CodeInterpreter',
  payment: 'Payment',
  efs: 'Efs',
  s3files: 'S3Files'
}

/** The Sid of a need: its kind, then the primitive's name in letters and digits; unique. */
export function needSid(need: RuntimeNeed, used: Set<string>): string {
  const name = need.from
    .replace(/^\S+\s+/, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 40)
  const base = `${SID_PREFIX[need.kind]}${need.kind === 'identity' ? '' : name}`
  let sid = base
  for (let n = 2; used.has(sid); n++) sid = `${base}${n}`
  used.add(sid)
  return sid
}
