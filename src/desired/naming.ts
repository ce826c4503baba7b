// Names of the roles and of the resources their policies point at, derived exactly as the AgentCore
// starter toolkit derives them, so a role made here is interchangeable with one the toolkit made.

import { createHash } from 'node:crypto'
import { parseIamResourceArn, roleArn } from '../common/arn.ts'
import type { Partition } from '../common/model.ts'

/** The tag marking roles this action created; only such roles are rewritten without opt-in. */
export const MANAGED_BY_TAG = { key: 'managed-by', value: 'agentcore-role-action' } as const

/** First 10 hex characters of SHA-256 over the agent name alone (no region, no account). */
export function roleNameSuffix(agentName: string): string {
  return createHash('sha256').update(agentName, 'utf8').digest('hex').slice(0, 10)
}

export function runtimeRoleName(region: string, agentName: string): string {
  return `AmazonBedrockAgentCoreSDKRuntime-${region}-${roleNameSuffix(agentName)}`
}

export function codebuildRoleName(region: string, agentName: string): string {
  return `AmazonBedrockAgentCoreSDKCodeBuild-${region}-${roleNameSuffix(agentName)}`
}

/**
 * The agent name as the toolkit puts it into ECR repository and CodeBuild project names:
 * lower-cased, characters ECR rejects replaced by '-', a leading non-alphanumeric prefixed with
 * 'a', runs of two or more '-'/'_' collapsed to one '-' (a single '_' stays), trailing '-'/'_'
 * stripped, and names shorter than two characters padded with '-agent'.
 */
function sanitizeForEcr(agentName: string): string {
  let name = agentName.toLowerCase().replace(/[^a-z0-9_\-/]/g, '-')
  if (!/^[a-z0-9]/.test(name)) name = `a${name}`
  name = name.replace(/[-_]{2,}/g, '-').replace(/[-_]+$/, '')
  return name.length < 2 ? `${name}-agent` : name
}

export function ecrRepositoryName(agentName: string): string {
  return `bedrock-agentcore-${sanitizeForEcr(agentName)}`
}

export function codebuildProjectName(agentName: string): string {
  return `bedrock-agentcore-${sanitizeForEcr(agentName)}-builder`
}

export function codebuildSourceBucket(accountId: string, region: string): string {
  return `bedrock-agentcore-codebuild-sources-${accountId}-${region}`
}

export { roleArn } from '../common/arn.ts'

export interface RoleReference {
  name: string
  path: string
  arn: string
}

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
const IAM_PATH = /^\/(?:[\x21-\x7e]*\/)?$/

/**
 * A role the user named (`execution-role` / `codebuild-role`): a bare name (path `/` assumed; the
 * real path comes back from iam:GetRole) or a role ARN, which carries its path. The ARN must be in
 * the caller's partition and account: AgentCore and CodeBuild only take roles of their own account.
 */
export function parseRoleReference(
  nameOrArn: string,
  partition: Partition,
  accountId: string
): RoleReference {
  const value = nameOrArn.trim()
  if (value.startsWith('arn:')) {
    const role = parseIamResourceArn(value, 'role')
    if (
      !role ||
      !/^\d{12}$/.test(role.accountId) ||
      !IAM_PATH.test(role.path) ||
      !ROLE_NAME.test(role.name)
    )
      throw new Error(
        `"${value}" is not an IAM role ARN (arn:<partition>:iam::<account>:role/<path/>name)`
      )
    const { path, name } = role
    if (role.partition !== partition || role.accountId !== accountId) {
      throw new Error(
        `role ${value} is not in this account and partition (arn:${partition}:iam::${accountId}:…)`
      )
    }
    return { name, path, arn: value }
  }
  if (!ROLE_NAME.test(value)) {
    throw new Error(`"${value}" is not a valid IAM role name (1-64 of letters, digits and +=,.@_-)`)
  }
  return { name: value, path: '/', arn: roleArn(partition, accountId, '/', value) }
}
