// The permissions of the runtime role for a runtime of the new AgentCore CLI, as data: at least
// what the CLI's own construct (@aws/agentcore-cdk AgentCoreRuntime) grants the role it makes for
// that build type, in this partition and region. The construct's grants are the test oracle
// (__fixtures__/agentcore-cli/construct-grants.json, derived from the published package).
import type { ConditionBlock, PolicyDocument, PolicyStatement } from '../../common/model.ts'
import type { CliRuntimeNeeds, RuntimeNeed } from './runtimeNeeds.ts'
import {
  arn,
  document,
  logGroupArn,
  RUNTIME_LOG_GROUPS,
  type ArnContext
} from '../agentCoreArns.ts'

export type CliBuild = 'Container' | 'CodeZip'

export interface CliPolicyContext extends ArnContext {
  build: CliBuild
  /** The ECR repository of a Container runtime (the CLI's stack makes it). */
  ecrRepository: string
}

const dnsSuffix = (ctx: ArnContext) =>
  ctx.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'

const common = (ctx: ArnContext): PolicyStatement[] => [
  {
    Sid: 'BedrockModelInvocation',
    Effect: 'Allow',
    Action: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream', 'bedrock:CountTokens'],
    Resource: [
      `arn:${ctx.partition}:bedrock:*::foundation-model/*`,
      `arn:${ctx.partition}:bedrock:*:${ctx.accountId}:inference-profile/*`
    ]
  },
  {
    Sid: 'XRayTracing',
    Effect: 'Allow',
    Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
    Resource: '*'
  },
  // DescribeLogGroups has no resource-level permissions.
  { Sid: 'LogGroupDiscovery', Effect: 'Allow', Action: ['logs:DescribeLogGroups'], Resource: '*' },
  {
    Sid: 'RuntimeLogs',
    Effect: 'Allow',
    Action: [
      'logs:CreateLogGroup',
      'logs:CreateLogStream',
      'logs:DescribeLogStreams',
      'logs:PutLogEvents',
      'logs:GetLogEvents',
      'logs:FilterLogEvents',
      'logs:PutResourcePolicy'
    ],
    Resource: [logGroupArn(ctx, RUNTIME_LOG_GROUPS)]
  },
  {
    Sid: 'ConfigurationBundles',
    Effect: 'Allow',
    Action: [
      'bedrock-agentcore:GetConfigurationBundle',
      'bedrock-agentcore:GetConfigurationBundleVersion',
      'bedrock-agentcore:ListConfigurationBundles',
      'bedrock-agentcore:ListConfigurationBundleVersions',
      'bedrock-agentcore:CreateConfigurationBundle',
      'bedrock-agentcore:UpdateConfigurationBundle',
      'bedrock-agentcore:DeleteConfigurationBundle'
    ],
    Resource: [`arn:${ctx.partition}:bedrock-agentcore:*:*:configuration-bundle/*`]
  }
]

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
const IDENTITY_ACTIONS = [
  'bedrock-agentcore:CreateWorkloadIdentity',
  'bedrock-agentcore:GetWorkloadAccessTokenForUserId',
  'bedrock-agentcore:GetApiKeyCredential',
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

const container = (ctx: ArnContext, ecrRepository: string): PolicyStatement[] => [
  // GetAuthorizationToken has no resource-level permissions.
  { Sid: 'ECRTokenAccess', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
  {
    Sid: 'ECRImageAccess',
    Effect: 'Allow',
    Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
    Resource: [arn(ctx, 'ecr', `repository/${ecrRepository}`)]
  },
  // The stack encrypts the repository with a key it makes, whose id exists only after the first
  // deploy: any key of the account, used only through ECR in this region.
  {
    Sid: 'ECRImageDecryption',
    Effect: 'Allow',
    Action: ['kms:Decrypt'],
    Resource: [arn(ctx, 'kms', 'key/*')],
    Condition: { StringEquals: { 'kms:ViaService': `ecr.${ctx.region}.${dnsSuffix(ctx)}` } }
  }
]

/** The statements of one primitive's need, as the CLI's construct grants them. */
function needStatements(need: RuntimeNeed, ctx: ArnContext, sid: string): PolicyStatement[] {
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
function needSid(need: RuntimeNeed, used: Set<string>): string {
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

export interface CliRuntimePermissions {
  document: PolicyDocument
  /** What each statement is for, by Sid: the primitive of agentcore.json that needs it. */
  purposes: Record<string, string>
}

/** The runtime role's permissions: the build type's grants, then each primitive's. */
export function cliRuntimePermissions(
  ctx: ArnContext,
  runtime: CliRuntimeNeeds
): CliRuntimePermissions {
  const base = [
    ...common(ctx),
    ...(runtime.build === 'Container' ? container(ctx, runtime.ecrRepository) : [])
  ]
  const used = new Set(base.map((statement) => statement.Sid as string))
  const purposes: Record<string, string> = {}
  const seen = new Set<string>()
  const statements: PolicyStatement[] = []
  for (const need of runtime.needs) {
    const sid = needSid(need, used)
    for (const statement of needStatements(need, ctx, sid)) {
      // Shared statements (the Describe calls of several mounts) are written once.
      const key = JSON.stringify({ ...statement, Sid: undefined })
      if (seen.has(key)) continue
      seen.add(key)
      used.add(statement.Sid as string)
      purposes[statement.Sid as string] = need.from
      statements.push(statement)
    }
  }
  return { document: document([...base, ...statements]), purposes }
}

/** Only the build type's grants (a runtime of a project without primitives). */
export function cliRuntimePermissionsPolicy(ctx: CliPolicyContext): PolicyDocument {
  return cliRuntimePermissions(ctx, {
    name: '',
    build: ctx.build,
    ecrRepository: ctx.ecrRepository,
    needs: [],
    unhandled: []
  }).document
}
