import type { Partition, PolicyDocument } from '../../src/common/model.ts'
import {
  codebuildMinimumPermissionsPolicy,
  codebuildPermissionsPolicy,
  codebuildTrustPolicy
} from '../../src/deployTools/starterToolkit/codebuildPolicies.ts'
import type { PolicyContext } from '../../src/deployTools/starterToolkit/policyContext.ts'
import {
  runtimeMinimumPermissionsPolicy,
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from '../../src/deployTools/starterToolkit/runtimePolicies.ts'
import { coverage } from '../../src/policy/coverage.ts'

const A = '111122223333'

function context(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return {
    partition: 'aws',
    region: 'us-east-1',
    accountId: A,
    agentName: 'my_agent',
    deploymentType: 'container',
    protocol: 'HTTP',
    ecrRepository: 'bedrock-agentcore-my_agent',
    ...overrides
  }
}

const sids = (document: PolicyDocument) => document.Statement.map((s) => s.Sid ?? '-')
const resources = (document: PolicyDocument) => document.Statement.flatMap((s) => s.Resource ?? [])

const PARTITIONS: [Partition, string][] = [
  ['aws', 'us-east-1'],
  ['aws-cn', 'cn-north-1'],
  ['aws-us-gov', 'us-gov-west-1']
]

describe('runtime trust policy', () => {
  it.each(PARTITIONS)('is the toolkit statement in %s', (partition, region) => {
    expect(runtimeTrustPolicy(context({ partition, region }))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AssumeRolePolicy',
          Effect: 'Allow',
          Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: { 'aws:SourceAccount': A },
            ArnLike: { 'aws:SourceArn': `arn:${partition}:bedrock-agentcore:${region}:${A}:*` }
          }
        }
      ]
    })
  })
})

describe('runtime permissions policy', () => {
  it('has the statements of roles.md in order for a container HTTP agent', () => {
    const policy = runtimePermissionsPolicy(context())
    expect(policy.Version).toBe('2012-10-17')
    expect(sids(policy)).toEqual([
      'ECRImageAccess',
      '-',
      '-',
      '-',
      'ECRTokenAccess',
      '-',
      '-',
      '-',
      'BedrockAgentCoreIdentityGetResourceApiKey',
      'BedrockAgentCoreIdentityGetCredentialProviderClientSecret',
      'BedrockAgentCoreIdentityGetResourceOauth2Token',
      'BedrockModelInvocation',
      'MarketplaceSubscribeOnFirstCall',
      'BedrockAgentCoreCodeInterpreter',
      'BedrockAgentCoreIdentity',
      'AwsJwtFederation'
    ])
    expect(policy.Statement[0]).toEqual({
      Sid: 'ECRImageAccess',
      Effect: 'Allow',
      Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: [`arn:aws:ecr:us-east-1:${A}:repository/bedrock-agentcore-my_agent`]
    })
    expect(policy.Statement.slice(1, 4).map((s) => [s.Action, s.Resource])).toEqual([
      [
        ['logs:DescribeLogStreams', 'logs:CreateLogGroup'],
        [`arn:aws:logs:us-east-1:${A}:log-group:/aws/bedrock-agentcore/runtimes/*`]
      ],
      [['logs:DescribeLogGroups'], [`arn:aws:logs:us-east-1:${A}:log-group:*`]],
      [
        ['logs:CreateLogStream', 'logs:PutLogEvents'],
        [`arn:aws:logs:us-east-1:${A}:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*`]
      ]
    ])
    expect(policy.Statement[6]).toEqual({
      Effect: 'Allow',
      Resource: '*',
      Action: 'cloudwatch:PutMetricData',
      Condition: { StringEquals: { 'cloudwatch:namespace': 'bedrock-agentcore' } }
    })
    expect(policy.Statement[7]?.Action).toHaveLength(7)
    const byId = (sid: string) => policy.Statement.find((s) => s.Sid === sid)
    expect(byId('BedrockAgentCoreIdentityGetResourceOauth2Token')?.Resource).toContain(
      `arn:aws:bedrock-agentcore:us-east-1:${A}:workload-identity-directory/default/workload-identity/my_agent-*`
    )
    expect(byId('BedrockModelInvocation')).toEqual({
      Sid: 'BedrockModelInvocation',
      Effect: 'Allow',
      Action: [
        'bedrock:InvokeModel',
        'bedrock:InvokeModelWithResponseStream',
        'bedrock:ApplyGuardrail'
      ],
      Resource: [
        'arn:aws:bedrock:*::foundation-model/*',
        'arn:aws:bedrock:*:*:inference-profile/*',
        `arn:aws:bedrock:us-east-1:${A}:*`
      ]
    })
    expect(byId('MarketplaceSubscribeOnFirstCall')?.Condition).toEqual({
      StringEquals: { 'aws:CalledViaLast': 'bedrock.amazonaws.com' }
    })
    expect(byId('BedrockAgentCoreCodeInterpreter')?.Resource).toEqual([
      'arn:aws:bedrock-agentcore:us-east-1:aws:code-interpreter/aws.codeinterpreter.v1'
    ])
    expect(byId('BedrockAgentCoreIdentityGetCredentialProviderClientSecret')?.Resource).toEqual([
      `arn:aws:secretsmanager:us-east-1:${A}:secret:bedrock-agentcore-identity!default/oauth2/*`,
      `arn:aws:secretsmanager:us-east-1:${A}:secret:bedrock-agentcore-identity!default/apikey/*`
    ])
  })

  it('drops the ECR statements for direct_code_deploy', () => {
    const policy = runtimePermissionsPolicy(context({ deploymentType: 'direct_code_deploy' }))
    expect(sids(policy)).not.toContain('ECRImageAccess')
    expect(sids(policy)).not.toContain('ECRTokenAccess')
    expect(policy.Statement).toHaveLength(14)
    expect(JSON.stringify(policy)).not.toContain('ecr:')
  })

  it('adds A2A invocation before memory, and memory for the given id', () => {
    const policy = runtimePermissionsPolicy(context({ protocol: 'A2A', memoryId: 'mem-123' }))
    const list = sids(policy)
    expect(list.slice(8, 10)).toEqual(['BedrockAgentCoreRuntime', 'BedrockAgentCoreMemory'])
    expect(policy.Statement[8]?.Resource).toEqual([
      `arn:aws:bedrock-agentcore:us-east-1:${A}:runtime/*`
    ])
    expect(policy.Statement[9]?.Resource).toEqual([
      `arn:aws:bedrock-agentcore:us-east-1:${A}:memory/mem-123`
    ])
    expect(policy.Statement[9]?.Action).toHaveLength(11)
    expect(sids(runtimePermissionsPolicy(context({ protocol: 'MCP' })))).not.toContain(
      'BedrockAgentCoreRuntime'
    )
  })

  it.each(PARTITIONS)('puts every ARN in partition %s and region %s', (partition, region) => {
    const ctx = context({ partition, region, protocol: 'A2A', memoryId: 'm' })
    for (const document of [runtimePermissionsPolicy(ctx), codebuildPermissionsPolicy(ctx)]) {
      for (const resource of resources(document)) {
        if (resource === '*') continue
        expect(resource.startsWith(`arn:${partition}:`)).toBe(true)
        if (!/::|:\*:/.test(resource)) expect(resource).toContain(`:${region}:`)
      }
    }
  })
})

describe('minimum policies', () => {
  const variants: Partial<PolicyContext>[] = [
    {},
    { deploymentType: 'direct_code_deploy' },
    { protocol: 'A2A', memoryId: 'mem-1' },
    { partition: 'aws-cn', region: 'cn-north-1' }
  ]

  it.each(variants)('are granted by the full policies (%o)', (overrides) => {
    const ctx = context(overrides)
    expect(coverage(runtimeMinimumPermissionsPolicy(ctx), [runtimePermissionsPolicy(ctx)])).toEqual(
      {
        covered: true,
        missing: []
      }
    )
    expect(
      coverage(codebuildMinimumPermissionsPolicy(ctx), [codebuildPermissionsPolicy(ctx)]).covered
    ).toBe(true)
  })

  it('keep what the inputs ask for (memory, A2A) and drop the optional features', () => {
    const minimum = runtimeMinimumPermissionsPolicy(context({ protocol: 'A2A', memoryId: 'mem-1' }))
    expect(sids(minimum)).toEqual(
      expect.arrayContaining(['BedrockAgentCoreRuntime', 'BedrockAgentCoreMemory'])
    )
    const text = JSON.stringify(minimum)
    for (const optional of [
      'secretsmanager',
      'aws-marketplace',
      'CodeInterpreter',
      'PutDeliverySource',
      'sts:GetWebIdentityToken',
      'ApplyGuardrail'
    ]) {
      expect(text).not.toContain(optional)
    }
  })
})

describe('CodeBuild role', () => {
  it('trusts codebuild.amazonaws.com from the account, without Sid', () => {
    expect(codebuildTrustPolicy(context({ partition: 'aws-cn', region: 'cn-north-1' }))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'codebuild.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': A } }
        }
      ]
    })
  })

  it('grants ECR push, build logs and the source bucket', () => {
    const policy = codebuildPermissionsPolicy(
      context({ partition: 'aws-us-gov', region: 'us-gov-west-1' })
    )
    expect(policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
        {
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
          Resource: `arn:aws-us-gov:ecr:us-gov-west-1:${A}:repository/bedrock-agentcore-my_agent`
        },
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: [
            `arn:aws-us-gov:logs:us-gov-west-1:${A}:log-group:/aws/codebuild/bedrock-agentcore-*`
          ]
        },
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
          Resource: [
            `arn:aws-us-gov:s3:::bedrock-agentcore-codebuild-sources-${A}-us-gov-west-1`,
            `arn:aws-us-gov:s3:::bedrock-agentcore-codebuild-sources-${A}-us-gov-west-1/*`
          ],
          Condition: { StringEquals: { 's3:ResourceAccount': A } }
        }
      ]
    })
  })
})
