// Names of the roles and of the resources their policies point at, derived exactly as the AgentCore
// starter toolkit derives them, so a role made here is interchangeable with one the toolkit made.

import { createHash } from 'node:crypto'

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
