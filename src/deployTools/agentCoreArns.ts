// What every deploy tool's AgentCore roles share: the service the runtime role is passed to, its
// trust policy (with the confused-deputy conditions), and the ARN builders the policies use.
import type { Partition, PolicyDocument, PolicyStatement } from '../common/model.ts'
import { POLICY_VERSION } from '../common/model.ts'

export const RUNTIME_SERVICE = 'bedrock-agentcore.amazonaws.com'
export const RUNTIME_LOG_GROUPS = '/aws/bedrock-agentcore/runtimes/*'

/** Where a role's resources are: partition, region, account. */
export interface ArnContext {
  partition: Partition
  region: string
  accountId: string
}

export function document(statements: PolicyStatement[]): PolicyDocument {
  return { Version: POLICY_VERSION, Statement: statements }
}

/** `arn:{p}:{service}:{r}:{a}:{resource}` in the context's partition, region and account. */
export function arn(ctx: ArnContext, service: string, resource: string): string {
  return `arn:${ctx.partition}:${service}:${ctx.region}:${ctx.accountId}:${resource}`
}

export const agentCoreArn = (ctx: ArnContext, resource: string) =>
  arn(ctx, 'bedrock-agentcore', resource)
export const logGroupArn = (ctx: ArnContext, name: string) => arn(ctx, 'logs', `log-group:${name}`)

/**
 * The runtime role's trust: bedrock-agentcore.amazonaws.com, only for this account's AgentCore
 * resources in this region (aws:SourceAccount, aws:SourceArn), as AWS documents it.
 */
export function runtimeTrustPolicy(ctx: ArnContext): PolicyDocument {
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
