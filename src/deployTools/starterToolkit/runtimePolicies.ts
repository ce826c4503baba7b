// The runtime role's trust and permissions policies, as data exactly as roles.md lists them
// (statement order, Sids, conditions), so the role is interchangeable with the toolkit's.
import type { PolicyDocument, PolicyStatement } from '../../common/model.ts'
import {
  agentCore,
  agentCoreArn,
  arn,
  document,
  ecrRepositoryArn,
  logGroupArn,
  RUNTIME_LOG_GROUPS,
  TOKEN_VAULT,
  WORKLOAD_IDENTITY_DIRECTORY,
  type PolicyContext
} from './policyContext.ts'

export { runtimeTrustPolicy } from '../agentCoreArns.ts'

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

/** The agent's memory: the one it names, or the one the deploy creates (an id is the name, `-`, 10 letters or digits). */
const memoryResource = (ctx: PolicyContext): string | undefined =>
  ctx.memoryId !== undefined
    ? agentCoreArn(ctx, `memory/${ctx.memoryId}`)
    : ctx.memoryName !== undefined
      ? agentCoreArn(ctx, `memory/${ctx.memoryName}-${'?'.repeat(10)}`)
      : undefined

const memoryAccess = (ctx: PolicyContext, memory: string): PolicyStatement => ({
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
  Resource: [memory]
})

/**
 * What the toolkit's deploy puts on the role for an agent with credential providers (inline policy
 * AgentCoreIdentityAccess of operations/identity/helpers.py), granted up front, in the partition
 * of the region (the toolkit writes `arn:aws`).
 */
const credentialProviderAccess = (ctx: PolicyContext): PolicyStatement[] => {
  const providers = ctx.credentialProviders ?? []
  if (providers.length === 0) return []
  return [
    {
      Sid: 'WorkloadAccessTokenExchange',
      Effect: 'Allow',
      Action: agentCore(
        'GetWorkloadAccessToken',
        'GetWorkloadAccessTokenForJWT',
        'GetWorkloadAccessTokenForUserId'
      ),
      Resource: [
        agentCoreArn(ctx, WORKLOAD_IDENTITY_DIRECTORY),
        agentCoreArn(ctx, `${WORKLOAD_IDENTITY_DIRECTORY}/workload-identity/*`)
      ]
    },
    {
      Sid: 'ResourceOAuth2TokenAccess',
      Effect: 'Allow',
      Action: agentCore('GetResourceOauth2Token', 'GetResourceApiKey'),
      Resource: [agentCoreArn(ctx, TOKEN_VAULT), ...providers.map((provider) => provider.arn)]
    },
    {
      Sid: 'CredentialProviderSecrets',
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue'],
      Resource: providers.map((provider) =>
        arn(
          ctx,
          'secretsmanager',
          `secret:bedrock-agentcore-identity!default/oauth2/${provider.arn.split('/').pop() ?? provider.name}*`
        )
      )
    }
  ]
}

/** What the toolkit's deploy puts on the role for aws_jwt (inline policy AgentCoreAwsJwtAccess). */
const awsJwtAccess = (ctx: PolicyContext): PolicyStatement[] => {
  const jwt = ctx.awsJwt
  if (!jwt) return []
  const audiences = { 'ForAnyValue:StringEquals': { 'sts:IdentityTokenAudience': jwt.audiences } }
  return [
    {
      Sid: 'AllowGetWebIdentityToken',
      Effect: 'Allow',
      Action: 'sts:GetWebIdentityToken',
      Resource: '*',
      Condition: {
        ...audiences,
        NumericLessThanEquals: { 'sts:DurationSeconds': String(jwt.durationSeconds) },
        StringEquals: { 'sts:SigningAlgorithm': jwt.signingAlgorithm }
      }
    },
    {
      Sid: 'AllowTagGetWebIdentityToken',
      Effect: 'Allow',
      Action: 'sts:TagGetWebIdentityToken',
      Resource: '*',
      Condition: audiences
    }
  ]
}

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

/**
 * Model invocation as the toolkit grants it (every model, every profile, the account's Bedrock
 * resources); with the models input, on exactly those models and profiles, and guardrails apart.
 */
const modelInvocation = (ctx: PolicyContext): PolicyStatement[] =>
  ctx.models
    ? [
        {
          Sid: 'BedrockModelInvocation',
          Effect: 'Allow',
          Action: MODEL_INVOKE_ACTIONS,
          Resource: ctx.models.resources
        },
        {
          Sid: 'BedrockGuardrails',
          Effect: 'Allow',
          Action: ['bedrock:ApplyGuardrail'],
          Resource: [arn(ctx, 'bedrock', 'guardrail/*')]
        }
      ]
    : [
        {
          Sid: 'BedrockModelInvocation',
          Effect: 'Allow',
          Action: [...MODEL_INVOKE_ACTIONS, 'bedrock:ApplyGuardrail'],
          Resource: [
            foundationModels(ctx),
            `arn:${ctx.partition}:bedrock:*:*:inference-profile/*`,
            accountBedrockResources(ctx)
          ]
        }
      ]

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
const runtimeRequestedStatements = (ctx: PolicyContext): PolicyStatement[] => {
  const memory = memoryResource(ctx)
  return [
    ...(ctx.protocol === 'A2A' ? [a2aInvoke(ctx)] : []),
    ...(memory ? [memoryAccess(ctx, memory)] : [])
  ]
}

/** The toolkit's current runtime permissions policy: statements 1-18 of roles.md, in order. */
export function runtimePermissionsPolicy(ctx: PolicyContext): PolicyDocument {
  return document([
    ...runtimeBaseStatements(ctx),
    logDeliveryAccess,
    ...runtimeRequestedStatements(ctx),
    ...identityStatements(ctx),
    ...modelInvocation(ctx),
    marketplaceSubscribe,
    codeInterpreter(ctx),
    workloadIdentity(ctx),
    jwtFederation,
    ...credentialProviderAccess(ctx),
    ...awsJwtAccess(ctx)
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
      Resource: ctx.models?.resources ?? [foundationModels(ctx), accountBedrockResources(ctx)]
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
