// What the starter toolkit's policies are built from, and the ARN helpers they share.

import type { DeploymentType, Partition, Protocol } from '../../common/model.ts'

import { arn } from '../agentCoreArns.ts'
import type { ModelScope } from '../../desired/modelScope.ts'

export {
  agentCoreArn,
  arn,
  document,
  logGroupArn,
  RUNTIME_LOG_GROUPS,
  RUNTIME_SERVICE
} from '../agentCoreArns.ts'
export const CODEBUILD_SERVICE = 'codebuild.amazonaws.com'

export interface PolicyContext {
  partition: Partition
  region: string
  accountId: string
  agentName: string
  deploymentType: DeploymentType
  protocol: Protocol | 'AGUI'
  /** The agent's memory, when its id is known. */
  memoryId?: string
  /** The memory the toolkit's deploy will create (no id yet): `{name}-` and 10 letters or digits. */
  memoryName?: string
  /** ECR repository name of the agent image. */
  ecrRepository: string
  /** identity.credential_providers: the toolkit's deploy grants the role their tokens. */
  credentialProviders?: Array<{ name: string; arn: string }>
  /** The models input, resolved: the only resources model invocation is granted on. */
  models?: ModelScope
  /** aws_jwt, when enabled with audiences: the toolkit's deploy grants GetWebIdentityToken. */
  awsJwt?: { audiences: string[]; signingAlgorithm: string; durationSeconds: number }
}

export const ecrRepositoryArn = (ctx: PolicyContext) =>
  arn(ctx, 'ecr', `repository/${ctx.ecrRepository}`)

export const WORKLOAD_IDENTITY_DIRECTORY = 'workload-identity-directory/default'
export const TOKEN_VAULT = 'token-vault/default'

export const agentCore = (...actions: string[]) =>
  actions.map((action) => `bedrock-agentcore:${action}`)
