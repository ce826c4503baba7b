// The trust and permissions policies of the two roles, built as data exactly as roles.md lists
// them (statement order, Sids, conditions), so the roles are interchangeable with the toolkit's.

import type {
  DeploymentType,
  Partition,
  PolicyDocument,
  PolicyStatement,
  Protocol
} from '../common/model.ts'
import { codebuildSourceBucket } from './naming.ts'

import { POLICY_VERSION } from '../common/model.ts'
export { POLICY_VERSION }
export const RUNTIME_SERVICE = 'bedrock-agentcore.amazonaws.com'
export const CODEBUILD_SERVICE = 'codebuild.amazonaws.com'

export interface PolicyContext {
  partition: Partition
  region: string
  accountId: string
  agentName: string
  deploymentType: DeploymentType
  protocol: Protocol
  memoryId?: string
  /** ECR repository name of the agent image. */
  ecrRepository: string
}

function document(statements: PolicyStatement[]): PolicyDocument {
  return { Version: POLICY_VERSION, Statement: statements }
}

/** `arn:{p}:{service}:{r}:{a}:{resource}` in the context's partition, region and account. */
function arn(ctx: PolicyContext, service: string, resource: string): string {
  return `arn:${ctx.partition}:${service}:${ctx.region}:${ctx.accountId}:${resource}`
}

const agentCoreArn = (ctx: PolicyContext, resource: string) =>
  arn(ctx, 'bedrock-agentcore', resource)
const logGroupArn = (ctx: PolicyContext, name: string) => arn(ctx, 'logs', `log-group:${name}`)
const ecrRepositoryArn = (ctx: PolicyContext) => arn(ctx, 'ecr', `repository/${ctx.ecrRepository}`)

const RUNTIME_LOG_GROUPS = '/aws/bedrock-agentcore/runtimes/*'
const WORKLOAD_IDENTITY_DIRECTORY = 'workload-identity-directory/default'
const TOKEN_VAULT = 'token-vault/default'

const agentCore = (...actions: string[]) => actions.map((action) => `bedrock-agentcore:${action}`)

export function runtimeTrustPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    {
      Sid: 'AssumeRolePolicy',
      Effect: 'Allow',
      Principal: { Service: RUNTIME_SERVICE },
      Action: 'sts:AssumeRole',
      Condition: {
        StringEquals: { 'aws:SourceAccount': ctx.accountId },
        ArnLike: { 'aws:SourceArn': agentCoreArn(ctx, '*') }
      }
    }
  ])
}

export function codebuildTrustPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    {
      Effect: 'Allow',
      Principal: { Service: CODEBUILD_SERVICE },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': ctx.accountId } }
    }
  ])
}

// The runtime statements, one builder each, shared by the full policy and the minimum one.

const ecrImageAccess = (ctx: PolicyContext): PolicyStatement => ({
  Sid: 'ECRImageAccess',
  Effect: 'Allow',
  Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
  Resource: [ecrRepositoryArn(ctx)]
})

const runtimeLogStatements = (ctx: PolicyContext): PolicyStatement[] => [
  {
    Effect: 'Allow',
    Action: ['logs:DescribeLogStreams', 'logs:CreateLogGroup'],
    Resource: [logGroupArn(ctx, RUNTIME_LOG_GROUPS)]
  },
  {
    Effect: 'Allow',
    Action: ['logs:DescribeLogGroups'],
    Resource: [logGroupArn(ctx, '*')]
  },
  {
    Effect: 'Allow',
    Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    Resource: [`${logGroupArn(ctx, RUNTIME_LOG_GROUPS)}:log-stream:*`]
  }
]

const ecrTokenAccess: PolicyStatement = {
  Sid: 'ECRTokenAccess',
  Effect: 'Allow',
  Action: ['ecr:GetAuthorizationToken'],
  Resource: '*'
}

const xrayAccess: PolicyStatement = {
  Effect: 'Allow',
  Action: [
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets'
  ],
  Resource: ['*']
}

const metricsAccess: PolicyStatement = {
  Effect: 'Allow',
  Resource: '*',
  Action: 'cloudwatch:PutMetricData',
  Condition: { StringEquals: { 'cloudwatch:namespace': 'bedrock-agentcore' } }
}

const logDeliveryAccess: PolicyStatement = {
  Effect: 'Allow',
  Action: [
    'logs:CreateLogGroup',
    'logs:PutDeliverySource',
    'logs:PutDeliveryDestination',
    'logs:CreateDelivery',
    'logs:GetDeliverySource',
    'logs:DeleteDeliverySource',
    'logs:DeleteDeliveryDestination'
  ],
  Resource: '*'
}

const a2aInvoke = (ctx: PolicyContext): PolicyStatement => ({
  Sid: 'BedrockAgentCoreRuntime',
  Effect: 'Allow',
  Action: agentCore('InvokeAgentRuntime', 'InvokeAgentRuntimeForUser'),
  Resource: [agentCoreArn(ctx, 'runtime/*')]
})

const memoryAccess = (ctx: PolicyContext, memoryId: string): PolicyStatement => ({
  Sid: 'BedrockAgentCoreMemory',
  Effect: 'Allow',
  Action: agentCore(
    'CreateEvent',
    'GetEvent',
    'GetMemory',
    'GetMemoryRecord',
    'ListActors',
    'ListEvents',
    'ListMemoryRecords',
    'ListSessions',
    'DeleteEvent',
    'DeleteMemoryRecord',
    'RetrieveMemoryRecords'
  ),
  Resource: [agentCoreArn(ctx, `memory/${memoryId}`)]
})

const identityStatements = (ctx: PolicyContext): PolicyStatement[] => [
  {
    Sid: 'BedrockAgentCoreIdentityGetResourceApiKey',
    Effect: 'Allow',
    Action: agentCore('GetResourceApiKey'),
    Resource: [
      agentCoreArn(ctx, TOKEN_VAULT),
      agentCoreArn(ctx, `${TOKEN_VAULT}/apikeycredentialprovider/*`),
      agentCoreArn(ctx, WORKLOAD_IDENTITY_DIRECTORY),
      agentCoreArn(ctx, `${WORKLOAD_IDENTITY_DIRECTORY}/workload-identity/*`)
    ]
  },
  {
    Sid: 'BedrockAgentCoreIdentityGetCredentialProviderClientSecret',
    Effect: 'Allow',
    Action: ['secretsmanager:GetSecretValue'],
    Resource: [
      arn(ctx, 'secretsmanager', 'secret:bedrock-agentcore-identity!default/oauth2/*'),
      arn(ctx, 'secretsmanager', 'secret:bedrock-agentcore-identity!default/apikey/*')
    ]
  },
  {
    Sid: 'BedrockAgentCoreIdentityGetResourceOauth2Token',
    Effect: 'Allow',
    Action: agentCore('GetResourceOauth2Token'),
    Resource: [
      agentCoreArn(ctx, TOKEN_VAULT),
      agentCoreArn(ctx, `${TOKEN_VAULT}/oauth2credentialprovider/*`),
      agentCoreArn(ctx, WORKLOAD_IDENTITY_DIRECTORY),
      agentCoreArn(ctx, `${WORKLOAD_IDENTITY_DIRECTORY}/workload-identity/${ctx.agentName}-*`)
    ]
  }
]

const MODEL_INVOKE_ACTIONS = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']
const foundationModels = (ctx: PolicyContext) =>
  `arn:${ctx.partition}:bedrock:*::foundation-model/*`
const accountBedrockResources = (ctx: PolicyContext) => arn(ctx, 'bedrock', '*')

const modelInvocation = (ctx: PolicyContext): PolicyStatement => ({
  Sid: 'BedrockModelInvocation',
  Effect: 'Allow',
  Action: [...MODEL_INVOKE_ACTIONS, 'bedrock:ApplyGuardrail'],
  Resource: [
    foundationModels(ctx),
    `arn:${ctx.partition}:bedrock:*:*:inference-profile/*`,
    accountBedrockResources(ctx)
  ]
})

const marketplaceSubscribe: PolicyStatement = {
  Sid: 'MarketplaceSubscribeOnFirstCall',
  Effect: 'Allow',
  Action: ['aws-marketplace:ViewSubscriptions', 'aws-marketplace:Subscribe'],
  Resource: '*',
  Condition: { StringEquals: { 'aws:CalledViaLast': 'bedrock.amazonaws.com' } }
}

const codeInterpreter = (ctx: PolicyContext): PolicyStatement => ({
  Sid: 'BedrockAgentCoreCodeInterpreter',
  Effect: 'Allow',
  Action: agentCore(
    'StartCodeInterpreterSession',
    'InvokeCodeInterpreter',
    'StopCodeInterpreterSession',
    'GetCodeInterpreter',
    'GetCodeInterpreterSession',
    'ListCodeInterpreterSessions'
  ),
  Resource: [
    `arn:${ctx.partition}:bedrock-agentcore:${ctx.region}:aws:code-interpreter/aws.codeinterpreter.v1`
  ]
})

const workloadIdentity = (ctx: PolicyContext): PolicyStatement => ({
  Sid: 'BedrockAgentCoreIdentity',
  Effect: 'Allow',
  Action: agentCore('CreateWorkloadIdentity', 'GetWorkloadAccessTokenForUserId'),
  Resource: [
    agentCoreArn(ctx, WORKLOAD_IDENTITY_DIRECTORY),
    agentCoreArn(ctx, `${WORKLOAD_IDENTITY_DIRECTORY}/workload-identity/*`)
  ]
})

const jwtFederation: PolicyStatement = {
  Sid: 'AwsJwtFederation',
  Effect: 'Allow',
  Action: ['sts:GetWebIdentityToken'],
  Resource: '*'
}

const isContainer = (ctx: PolicyContext) => ctx.deploymentType === 'container'

/** Image pull, logs, traces and metrics: what every runtime role needs (statements 1-7). */
const runtimeBaseStatements = (ctx: PolicyContext): PolicyStatement[] => [
  ...(isContainer(ctx) ? [ecrImageAccess(ctx)] : []),
  ...runtimeLogStatements(ctx),
  ...(isContainer(ctx) ? [ecrTokenAccess] : []),
  xrayAccess,
  metricsAccess
]

/** What the inputs ask for: A2A invocation and the agent's memory (statements 9-10). */
const runtimeRequestedStatements = (ctx: PolicyContext): PolicyStatement[] => [
  ...(ctx.protocol === 'A2A' ? [a2aInvoke(ctx)] : []),
  ...(ctx.memoryId ? [memoryAccess(ctx, ctx.memoryId)] : [])
]

/** The toolkit's current runtime permissions policy: statements 1-18 of roles.md, in order. */
export function runtimePermissionsPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    ...runtimeBaseStatements(ctx),
    logDeliveryAccess,
    ...runtimeRequestedStatements(ctx),
    ...identityStatements(ctx),
    modelInvocation(ctx),
    marketplaceSubscribe,
    codeInterpreter(ctx),
    workloadIdentity(ctx),
    jwtFederation
  ])
}

/**
 * What a runtime role this action does not manage must grant to verify as compatible: the
 * permissions of AWS's documented execution-role policy (seed 002, which users copy by hand) that
 * the toolkit's current policy still grants, plus what the inputs ask for (A2A, memory). The rest
 * of the current policy (identity/token vault, code interpreter, log delivery, guardrails,
 * cross-region inference profiles, marketplace, JWT federation) serves optional features added
 * later: a role without it still runs an agent, so its absence is reported, not a defect.
 * Every grant here is also granted by runtimePermissionsPolicy (a test proves it).
 */
export function runtimeMinimumPermissionsPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    ...runtimeBaseStatements(ctx),
    ...runtimeRequestedStatements(ctx),
    {
      Sid: 'BedrockModelInvocation',
      Effect: 'Allow',
      Action: MODEL_INVOKE_ACTIONS,
      Resource: [foundationModels(ctx), accountBedrockResources(ctx)]
    },
    {
      Sid: 'GetAgentAccessToken',
      Effect: 'Allow',
      Action: agentCore('GetWorkloadAccessTokenForUserId'),
      Resource: [
        agentCoreArn(ctx, WORKLOAD_IDENTITY_DIRECTORY),
        agentCoreArn(ctx, `${WORKLOAD_IDENTITY_DIRECTORY}/workload-identity/${ctx.agentName}-*`)
      ]
    }
  ])
}

// CodeBuild statements, shared by the full policy and the minimum one.

const codebuildEcrToken: PolicyStatement = {
  Effect: 'Allow',
  Action: ['ecr:GetAuthorizationToken'],
  Resource: '*'
}

const codebuildEcrPush = (ctx: PolicyContext): PolicyStatement => ({
  Effect: 'Allow',
  Action: [
    'ecr:BatchCheckLayerAvailability',
    'ecr:BatchGetImage',
    'ecr:GetDownloadUrlForLayer',
    'ecr:PutImage',
    'ecr:InitiateLayerUpload',
    'ecr:UploadLayerPart',
    'ecr:CompleteLayerUpload'
  ],
  Resource: ecrRepositoryArn(ctx)
})

const codebuildLogs = (ctx: PolicyContext): PolicyStatement => ({
  Effect: 'Allow',
  Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
  Resource: [logGroupArn(ctx, '/aws/codebuild/bedrock-agentcore-*')]
})

const sourceBucketArn = (ctx: PolicyContext) =>
  `arn:${ctx.partition}:s3:::${codebuildSourceBucket(ctx.accountId, ctx.region)}`
const sameAccountResource = (ctx: PolicyContext) => ({
  StringEquals: { 's3:ResourceAccount': ctx.accountId }
})

export function codebuildPermissionsPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    codebuildEcrToken,
    codebuildEcrPush(ctx),
    codebuildLogs(ctx),
    {
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
      Resource: [sourceBucketArn(ctx), `${sourceBucketArn(ctx)}/*`],
      Condition: sameAccountResource(ctx)
    }
  ])
}

/**
 * What a CodeBuild role this action does not manage must grant: the toolkit's statements, except
 * that of the source bucket only reading the sources is needed (AWS's documented CodeBuild policy
 * grants s3:GetObject on the bucket's objects and nothing more).
 */
export function codebuildMinimumPermissionsPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    codebuildEcrToken,
    codebuildEcrPush(ctx),
    codebuildLogs(ctx),
    {
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: [`${sourceBucketArn(ctx)}/*`],
      Condition: sameAccountResource(ctx)
    }
  ])
}
