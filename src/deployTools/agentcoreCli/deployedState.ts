// What `agentcore deploy` recorded in agentcore/.cli/deployed-state.json, per target: the ARNs of
// the resources its stack made. Once a resource exists, the runtime role is scoped to its ARN
// instead of the pattern that covers the one the stack will make. Each ARN is checked against the
// target's account and region and must name one resource (no wildcard), so a tampered file cannot
// widen a role; a file that is absent or not JSON is no deployed state.
import type { CliTarget } from './projectFile.ts'

export interface DeployedResources {
  memories: Record<string, string>
  gateways: Record<string, string>
  /** MCP runtime tools' runtimes, by tool name. */
  mcpRuntimes: Record<string, string>
  payments: Record<string, { managerArn: string; processPaymentRoleArn: string }>
  /** Credential providers, by credential name. */
  credentials: Record<string, string>
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const ID = '[A-Za-z0-9][A-Za-z0-9_-]*'

/** One resource's ARN in this target, by the kind of resource; no wildcard. */
function arnPattern(kind: string, target: CliTarget): RegExp {
  const where = `[^:*?]+:(bedrock-agentcore):${target.region}:${target.account}`
  const patterns: Record<string, string> = {
    memory: `^arn:${where}:memory/${ID}$`,
    gateway: `^arn:${where}:gateway/${ID}$`,
    runtime: `^arn:${where}:runtime/${ID}$`,
    manager: `^arn:${where}:payment-manager/${ID}$`,
    provider: `^arn:${where}:token-vault/${ID}/[a-z0-9]+credentialprovider/[A-Za-z0-9_.-]+$`,
    role: `^arn:[^:*?]+:iam::${target.account}:role/[\\w+=,.@/-]+$`
  }
  return new RegExp(patterns[kind] as string)
}

/** `{ name: { key: arn } }` as `{ name: arn }`, each ARN checked; throws naming the key. */
function arns(
  value: unknown,
  key: string,
  kind: string,
  target: CliTarget,
  where: string
): Record<string, string> {
  if (!isObject(value)) return {}
  const out: Record<string, string> = {}
  for (const [name, entry] of Object.entries(value)) {
    const arn = isObject(entry) ? entry[key] : undefined
    if (arn === undefined) continue
    if (typeof arn !== 'string' || !arnPattern(kind, target).test(arn)) {
      throw new Error(
        `${where}.${name}.${key} is not the ARN of one ${kind} in account ${target.account}, ${target.region}; ` +
          'it is what `agentcore deploy` recorded: deploy again, or delete the file'
      )
    }
    out[name] = arn
  }
  return out
}

/** The resources recorded for each target of aws-targets.json; checked, before any AWS call. */
export function deployedResources(
  data: unknown,
  targets: CliTarget[],
  file: string
): Record<string, DeployedResources> {
  const recorded = isObject(data) && isObject(data['targets']) ? data['targets'] : {}
  const out: Record<string, DeployedResources> = {}
  for (const target of targets) {
    const state = recorded[target.name]
    const resources = isObject(state) && isObject(state['resources']) ? state['resources'] : {}
    const where = `${file}: targets.${target.name}.resources`
    const mcp = isObject(resources['mcp']) ? resources['mcp'] : {}
    const payments = isObject(resources['payments']) ? resources['payments'] : {}
    const managers = arns(payments, 'managerArn', 'manager', target, `${where}.payments`)
    const roles = arns(payments, 'processPaymentRoleArn', 'role', target, `${where}.payments`)
    out[target.name] = {
      memories: arns(resources['memories'], 'memoryArn', 'memory', target, `${where}.memories`),
      gateways: {
        ...arns(mcp['gateways'], 'gatewayArn', 'gateway', target, `${where}.mcp.gateways`),
        ...arns(resources['gateways'], 'gatewayArn', 'gateway', target, `${where}.gateways`)
      },
      mcpRuntimes: arns(mcp['runtimes'], 'runtimeArn', 'runtime', target, `${where}.mcp.runtimes`),
      payments: Object.fromEntries(
        Object.entries(managers).flatMap(([name, managerArn]) => {
          const processPaymentRoleArn = roles[name]
          return processPaymentRoleArn ? [[name, { managerArn, processPaymentRoleArn }]] : []
        })
      ),
      credentials: arns(
        resources['credentials'],
        'credentialProviderArn',
        'provider',
        target,
        `${where}.credentials`
      )
    }
  }
  return out
}

export const NO_DEPLOYED_RESOURCES: DeployedResources = {
  memories: {},
  gateways: {},
  mcpRuntimes: {},
  payments: {},
  credentials: {}
}
