// The CodeBuild role's trust and permissions policies, as data exactly as roles.md lists them.
import type { PolicyDocument, PolicyStatement } from '../../common/model.ts'
import {
  document,
  ecrRepositoryArn,
  logGroupArn,
  CODEBUILD_SERVICE,
  type PolicyContext
} from './policyContext.ts'
import { codebuildSourceBucket } from './naming.ts'

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
