// The permissions of the runtime role for a runtime of the new AgentCore CLI, as data: at least
// what the CLI's own construct (@aws/agentcore-cdk AgentCoreRuntime) grants the role it makes for
// that build type, in this partition and region. The construct's grants are the test oracle
// (__fixtures__/agentcore-cli/construct-grants.json, derived from the published package).
import type { PolicyDocument, PolicyStatement } from '../../common/model.ts'
import type { CliRuntimeNeeds } from './runtimeNeeds.ts'
import { needSid, needStatements } from './primitiveGrants.ts'
import type { ModelScope } from '../../desired/modelScope.ts'
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

const common = (ctx: ArnContext, models?: ModelScope): PolicyStatement[] => [
  {
    Sid: 'BedrockModelInvocation',
    Effect: 'Allow',
    Action: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream', 'bedrock:CountTokens'],
    // The models input names them: exactly those; else every model, as the construct grants.
    Resource: models?.resources ?? [
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

export interface CliRuntimePermissions {
  document: PolicyDocument
  /** What each statement is for, by Sid: the primitive of agentcore.json that needs it. */
  purposes: Record<string, string>
}

/** The runtime role's permissions: the build type's grants, then each primitive's. */
export function cliRuntimePermissions(
  ctx: ArnContext,
  runtime: CliRuntimeNeeds,
  models?: ModelScope
): CliRuntimePermissions {
  const base = [
    ...common(ctx, models),
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
