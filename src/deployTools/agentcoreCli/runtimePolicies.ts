// The permissions of the runtime role for a runtime of the new AgentCore CLI, as data: at least
// what the CLI's own construct (@aws/agentcore-cdk AgentCoreRuntime) grants the role it makes for
// that build type, in this partition and region. The construct's grants are the test oracle
// (__fixtures__/agentcore-cli/construct-grants.json, derived from the published package).
import type { PolicyDocument, PolicyStatement } from '../../common/model.ts'
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

const common = (ctx: CliPolicyContext): PolicyStatement[] => [
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

const container = (ctx: CliPolicyContext): PolicyStatement[] => [
  // GetAuthorizationToken has no resource-level permissions.
  { Sid: 'ECRTokenAccess', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
  {
    Sid: 'ECRImageAccess',
    Effect: 'Allow',
    Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
    Resource: [arn(ctx, 'ecr', `repository/${ctx.ecrRepository}`)]
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

export function cliRuntimePermissionsPolicy(ctx: CliPolicyContext): PolicyDocument {
  return document([...common(ctx), ...(ctx.build === 'Container' ? container(ctx) : [])])
}
