// Names of the new AgentCore CLI's world: the runtime role this action makes for a runtime of an
// `agentcore.json` project, the ECR repository the CLI's stack makes for it, and the CDK
// bootstrap's roles that deploy the stack.
import { createHash } from 'node:crypto'

/**
 * The runtime role's name: `AmazonBedrockAgentCoreCLIRuntime-{region}-{10 hex}`, the hex the
 * first characters of SHA-256 over `{project}/{runtime}`. Deterministic, at most 58 characters,
 * covered by the documented `AmazonBedrockAgentCore*` PassRole pattern, and never one of the
 * starter toolkit's names (`AmazonBedrockAgentCoreSDK...`).
 */
export function cliRuntimeRoleName(region: string, project: string, runtime: string): string {
  const hash = createHash('sha256').update(`${project}/${runtime}`, 'utf8').digest('hex')
  return `AmazonBedrockAgentCoreCLIRuntime-${region}-${hash.slice(0, 10)}`
}

/** The repository the CLI's stack makes for a Container runtime (AgentEcrRepository). */
export function cliEcrRepositoryName(project: string, runtime: string): string {
  return `${project}/${runtime}`.toLowerCase()
}

export const CDK_DEFAULT_QUALIFIER = 'hnb659fds'

/** What `cdk bootstrap --qualifier` accepts: letters, digits, - and _, at most 10. */
export const CDK_QUALIFIER_PATTERN = /^[A-Za-z0-9_-]{1,10}$/

/** The roles `cdk bootstrap` makes, by the part of their name that says what they do. */
export const BOOTSTRAP_ROLE_KINDS = [
  'cfn-exec',
  'deploy',
  'file-publishing',
  'image-publishing',
  'lookup'
] as const
export type BootstrapRoleKind = (typeof BOOTSTRAP_ROLE_KINDS)[number]

/** `cdk-{qualifier}-{kind}-role-{account}-{region}`, as the bootstrap template names them. */
export function bootstrapRoleName(
  kind: BootstrapRoleKind,
  qualifier: string,
  accountId: string,
  region: string
): string {
  return `cdk-${qualifier}-${kind}-role-${accountId}-${region}`
}
