// What one runtime of an agentcore.json project needs from its execution role: the one model its
// policy is built from (runtimePolicies.ts). Each need names the primitive it comes from and the
// resource, resolved as far as it can be before the deploy: the ARN `agentcore deploy` recorded
// for the target, else the pattern that covers the one the stack will make (AgentCore ids are the
// resource's name, `-`, and ten letters or digits; gateway and payment-manager ids in lower case).
import type { ArnContext } from '../agentCoreArns.ts'
import { agentCoreArn } from '../agentCoreArns.ts'
import type { CliBuild } from './runtimePolicies.ts'
import type { CliPrimitives, CliRuntimePrimitives } from './primitives.ts'
import type { DeployedResources } from './deployedState.ts'

const ID_SUFFIX = '-??????????'

export type RuntimeNeed =
  | {
      kind: 'memory'
      from: string
      arn: string
      access: 'read' | 'readwrite'
      namespaces: string[]
    }
  /** AgentCore Identity for the project's credentials (the construct's grantCredentialAccess). */
  | { kind: 'identity'; from: string }
  | { kind: 'gateway-invoke'; from: string; arn: string }
  /** A CUSTOM_JWT gateway of the project: its OAuth provider's tokens. */
  | { kind: 'gateway-token'; from: string; providerArn: string }
  /** An external gateway reached with OAuth: token exchange, the workload identity, its secret. */
  | { kind: 'gateway-oauth'; from: string; providerArn: string }
  | { kind: 'runtime-invoke'; from: string; arn: string; exec: boolean }
  | { kind: 'browser' | 'code-interpreter'; from: string; arn: string }
  | { kind: 'payment'; from: string; managerArn: string; processPaymentRoleArn: string }
  | { kind: 'efs' | 's3files'; from: string; accessPointArn: string }

export interface CliRuntimeNeeds {
  name: string
  build: CliBuild
  /** The ECR repository of a Container runtime (the CLI's stack makes it). */
  ecrRepository: string
  needs: RuntimeNeed[]
  /** What the file declares for this runtime that the action does not turn into grants. */
  unhandled: string[]
}

export interface NeedsContext extends ArnContext {
  project: string
  /** The deploy target of this account and region (aws-targets.json), if there is one. */
  target?: string
  deployed: DeployedResources
}

/** The CLI's stack name, `AgentCore-{project}-{target}` with `_` as `-` (its bin/cdk.ts). */
export function cliStackName(project: string, target: string): string {
  return `AgentCore-${project}-${target}`.replace(/_/g, '-')
}

function projectNeeds(
  runtime: string,
  primitives: CliPrimitives,
  ctx: NeedsContext,
  paymentEligible: boolean
): RuntimeNeed[] {
  const needs: RuntimeNeed[] = []
  // Every memory of the project, read and write, for every runtime (AgentCoreApplication).
  for (const memory of primitives.memories) {
    needs.push({
      kind: 'memory',
      from: `memory ${memory.name}`,
      arn:
        ctx.deployed.memories[memory.name] ??
        agentCoreArn(ctx, `memory/${ctx.project}_${memory.name}${ID_SUFFIX}`),
      access: 'readwrite',
      namespaces: memory.namespaces
    })
  }
  if (primitives.hasCredentials) needs.push({ kind: 'identity', from: 'credentials' })
  for (const gateway of primitives.gateways) {
    const from = `gateway ${gateway.name} (${gateway.authorizerType})`
    if (gateway.authorizerType === 'AWS_IAM') {
      needs.push({
        kind: 'gateway-invoke',
        from,
        arn:
          ctx.deployed.gateways[gateway.name] ??
          agentCoreArn(ctx, `gateway/${gateway.awsName.toLowerCase()}${ID_SUFFIX}`)
      })
    } else if (gateway.authorizerType === 'CUSTOM_JWT') {
      // The CLI makes the gateway's OAuth provider, `{gateway}-oauth`, before it deploys.
      const credential = `${gateway.name}-oauth`
      needs.push({
        kind: 'gateway-token',
        from,
        providerArn:
          ctx.deployed.credentials[credential] ??
          agentCoreArn(ctx, `token-vault/default/oauth2credentialprovider/${credential}`)
      })
    }
  }
  // The vended app makes MCP runtime tools only in a project with a gateway (its bin/cdk.ts).
  if (primitives.gateways.length > 0) {
    for (const tool of primitives.mcpTools.filter((t) => t.boundTo.includes(runtime))) {
      needs.push({
        kind: 'runtime-invoke',
        from: `MCP runtime tool ${tool.name}`,
        arn:
          ctx.deployed.mcpRuntimes[tool.name] ??
          agentCoreArn(ctx, `runtime/${tool.runtimeName}${ID_SUFFIX}`),
        exec: false
      })
    }
  }
  if (paymentEligible) {
    for (const payment of primitives.payments) {
      const deployed = ctx.deployed.payments[payment]
      // Before the first deploy: any role of the project's stack in this account (only the
      // ProcessPayment role trusts the account; the stack's other roles trust services).
      const stack = cliStackName(ctx.project, ctx.target ?? '*')
      needs.push({
        kind: 'payment',
        from: `payment ${payment}`,
        managerArn:
          deployed?.managerArn ??
          agentCoreArn(ctx, `payment-manager/${payment.toLowerCase()}${ID_SUFFIX}`),
        processPaymentRoleArn:
          deployed?.processPaymentRoleArn ??
          `arn:${ctx.partition}:iam::${ctx.accountId}:role/${stack}-*`
      })
    }
  }
  return needs
}

function runtimeOwnNeeds(own: CliRuntimePrimitives, ctx: ArnContext): RuntimeNeed[] {
  const needs: RuntimeNeed[] = []
  for (const connection of own.connections) {
    const from = `connection ${connection.id}`
    switch (connection.type) {
      case 'memory':
        needs.push({
          kind: 'memory',
          from,
          arn: connection.arn,
          access: connection.access,
          namespaces: connection.namespaces
        })
        break
      case 'gateway':
        if (connection.auth === 'awsIam')
          needs.push({ kind: 'gateway-invoke', from, arn: connection.arn })
        if (connection.auth === 'oauth' && connection.providerArn) {
          needs.push({ kind: 'gateway-oauth', from, providerArn: connection.providerArn })
        }
        break
      case 'runtime':
        needs.push({ kind: 'runtime-invoke', from, arn: connection.arn, exec: connection.exec })
        break
      case 'browser':
      case 'codeInterpreter': {
        const kind = connection.type === 'browser' ? 'browser' : 'code-interpreter'
        // Without an ARN: the AWS-managed default tool of the region.
        const arn =
          connection.arn ?? `arn:${ctx.partition}:bedrock-agentcore:${ctx.region}:aws:${kind}/*`
        needs.push({ kind, from, arn })
        break
      }
    }
  }
  for (const filesystem of own.filesystems) {
    if (filesystem.kind === 'other') continue
    needs.push({
      kind: filesystem.kind,
      from: `filesystem ${filesystem.accessPointArn}`,
      accessPointArn: filesystem.accessPointArn
    })
  }
  return needs
}

/** The needs of one runtime: the project's primitives, then its own connections and mounts. */
export function cliRuntimeNeeds(
  runtime: { name: string; build: CliBuild; primitives: CliRuntimePrimitives },
  primitives: CliPrimitives,
  ecrRepository: string,
  ctx: NeedsContext
): CliRuntimeNeeds {
  return {
    name: runtime.name,
    build: runtime.build,
    ecrRepository,
    needs: [
      ...projectNeeds(runtime.name, primitives, ctx, runtime.primitives.paymentEligible),
      ...runtimeOwnNeeds(runtime.primitives, ctx)
    ],
    unhandled: [...primitives.unknown, ...runtime.primitives.unhandled]
  }
}
