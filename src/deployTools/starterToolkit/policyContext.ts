// What the starter toolkit's policies are built from, and the ARN helpers they share.

import type {
  DeploymentType,
  Partition,
  PolicyDocument,
  PolicyStatement,
  Protocol
} from '../../common/model.ts'

import { POLICY_VERSION } from '../../common/model.ts'
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

export function document(statements: PolicyStatement[]): PolicyDocument {
  return { Version: POLICY_VERSION, Statement: statements }
}

/** `arn:{p}:{service}:{r}:{a}:{resource}` in the context's partition, region and account. */
export function arn(ctx: PolicyContext, service: string, resource: string): string {
  return `arn:${ctx.partition}:${service}:${ctx.region}:${ctx.accountId}:${resource}`
}

export const agentCoreArn = (ctx: PolicyContext, resource: string) =>
  arn(ctx, 'bedrock-agentcore', resource)
export const logGroupArn = (ctx: PolicyContext, name: string) =>
  arn(ctx, 'logs', `log-group:${name}`)
export const ecrRepositoryArn = (ctx: PolicyContext) =>
  arn(ctx, 'ecr', `repository/${ctx.ecrRepository}`)

export const RUNTIME_LOG_GROUPS = '/aws/bedrock-agentcore/runtimes/*'
export const WORKLOAD_IDENTITY_DIRECTORY = 'workload-identity-directory/default'
export const TOKEN_VAULT = 'token-vault/default'

export const agentCore = (...actions: string[]) =>
  actions.map((action) => `bedrock-agentcore:${action}`)
