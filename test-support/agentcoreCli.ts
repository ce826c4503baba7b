// The new AgentCore CLI's world for the tests: its project schema and its construct's grants
// (both derived from the published packages, __fixtures__/agentcore-cli/), a CDK bootstrap in the
// local account as `cdk bootstrap` makes it, and a deployer role allowed what the action and
// `agentcore deploy` need.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { PolicyDocument, PolicyStatement } from '../src/common/model.ts'
import { coverage } from '../src/policy/coverage.ts'
import { identityAllows, neverMatches } from './iamSimulateAnswers.ts'
import { document } from '../src/deployTools/agentCoreArns.ts'
import { BOOTSTRAP_ROLE_KINDS, bootstrapRoleName } from '../src/deployTools/agentcoreCli/naming.ts'
import {
  MANAGE_AGENTCORE_ROLE_ACTIONS,
  LIFECYCLE_STATEMENTS,
  POLICY_CHECK_STATEMENTS,
  type LocalAws
} from './localAws/server.ts'

const FIXTURES = join(process.cwd(), '__fixtures__', 'agentcore-cli')

export interface ConstructRole {
  agentName: string
  runtimeName: string
  trustPolicy: PolicyDocument
  policies: PolicyDocument[]
  ecrRepositoryName?: string
}

export interface ConstructGrants {
  account: string
  region: string
  partition: string
  project: string
  runtimes: Record<'Container' | 'CodeZip', ConstructRole>
  importedRole: { executionRoleArn: string; runtimes: Array<{ policies: PolicyDocument[] }> }
}

export const constructGrants = (): ConstructGrants =>
  JSON.parse(readFileSync(join(FIXTURES, 'construct-grants.json'), 'utf8')) as ConstructGrants

/** One project of __fixtures__/agentcore-cli/primitives.json, synthesized by the vended app. */
export interface PrimitiveProject {
  id: string
  primitive: string
  about: string
  spec: Record<string, unknown> & { runtimes: Array<{ name: string }> }
  deployedState?: unknown
  runtimes: Record<string, { policies: PolicyDocument[]; managedPolicyArns: string[] }>
  importedRole: { executionRoleArn: string; attached: PolicyDocument[]; warnings: string[] }
}

export const primitiveProjects = (): PrimitiveProject[] =>
  (
    JSON.parse(readFileSync(join(FIXTURES, 'primitives.json'), 'utf8')) as {
      projects: PrimitiveProject[]
    }
  ).projects

export const fixtureProvenance = (): { packages: Record<string, string> } =>
  JSON.parse(readFileSync(join(FIXTURES, 'PROVENANCE.json'), 'utf8'))

interface SafeParse {
  success: boolean
  error?: { issues: Array<{ path: unknown[]; message: string }> }
}

/** The CLI's own AgentCoreProjectSpecSchema (zod), vendored from @aws/agentcore. */
export function validateProjectSpec(text: string): string[] {
  const require = createRequire(join(FIXTURES, 'schema', 'index.js'))
  const schema = require(join(FIXTURES, 'schema', 'index.js')) as {
    AgentCoreProjectSpecSchema: { safeParse(value: unknown): SafeParse }
  }
  const result = schema.AgentCoreProjectSpecSchema.safeParse(JSON.parse(text))
  return result.success
    ? []
    : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

/** An agentcore.json as `agentcore create` and `agentcore add agent` leave it. */
export function projectSpec(
  runtimes: Array<{ name: string; build: 'Container' | 'CodeZip'; executionRoleArn?: string }>,
  name = 'Demo'
): string {
  const spec = {
    $schema: 'https://schema.agentcore.aws.dev/v1/agentcore.json',
    name,
    version: 1,
    managedBy: 'CDK',
    tags: { 'agentcore:created-by': 'agentcore-cli', team: 'agents' },
    runtimes: runtimes.map((runtime) => ({
      name: runtime.name,
      build: runtime.build,
      entrypoint: 'main.py',
      codeLocation: `app/${runtime.name}/`,
      runtimeVersion: 'PYTHON_3_12',
      networkMode: 'PUBLIC',
      protocol: 'HTTP',
      ...(runtime.executionRoleArn ? { executionRoleArn: runtime.executionRoleArn } : {})
    })),
    memories: [],
    credentials: [],
    evaluators: [],
    onlineEvalConfigs: [],
    agentCoreGateways: [],
    policyEngines: []
  }
  return JSON.stringify(spec, null, 2) + '\n'
}

const ADMINISTRATOR: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
}

/** The five roles of `cdk bootstrap`, the execution role with `policy` (default: administrator). */
export function seedCdkBootstrap(
  aws: LocalAws,
  region: string,
  options: { qualifier?: string; cfnExecPolicy?: PolicyDocument } = {}
): Record<string, string> {
  const qualifier = options.qualifier ?? 'hnb659fds'
  const arns: Record<string, string> = {}
  for (const kind of BOOTSTRAP_ROLE_KINDS) {
    const name = bootstrapRoleName(kind, qualifier, aws.accountId, region)
    const service = kind === 'cfn-exec' ? 'cloudformation.amazonaws.com' : undefined
    const role = aws.createRole({
      name,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: service ? { Service: service } : { AWS: aws.rootArn },
            Action: 'sts:AssumeRole'
          }
        ]
      },
      inlinePolicies:
        kind === 'cfn-exec' ? { execution: options.cfnExecPolicy ?? ADMINISTRATOR } : {}
    })
    arns[kind] = role.arn
  }
  return arns
}

/** The deployer of a new-CLI workflow: the action's IAM work and `agentcore deploy`'s roles. */
export function cliDeployerPolicy(
  aws: Pick<LocalAws, 'accountId' | 'partition'>,
  deployerArn: string
): PolicyDocument {
  const role = (pattern: string) => `arn:${aws.partition}:iam::${aws.accountId}:role/${pattern}`
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageAgentCoreRoles',
        Effect: 'Allow',
        Action: [...MANAGE_AGENTCORE_ROLE_ACTIONS],
        Resource: role('AmazonBedrockAgentCore*')
      },
      {
        Sid: 'ReadCdkBootstrap',
        Effect: 'Allow',
        Action: ['iam:GetRole', 'iam:SimulatePrincipalPolicy'],
        Resource: role('cdk-*')
      },
      {
        Sid: 'SimulateOwnPermissions',
        Effect: 'Allow',
        Action: 'iam:SimulatePrincipalPolicy',
        Resource: deployerArn
      },
      ...POLICY_CHECK_STATEMENTS(aws.partition, aws.accountId),
      ...LIFECYCLE_STATEMENTS(aws.partition, aws.accountId),
      {
        Sid: 'AssumeCdkBootstrapRoles',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: ['deploy', 'file-publishing', 'image-publishing', 'lookup'].map((kind) =>
          role(`cdk-*-${kind}-role-*`)
        )
      }
    ]
  }
}

/**
 * Request context under which a construct statement's conditions hold: for each key its first
 * value, a wildcard standing for a letter (`/facts/*` asks about `/facts/x`).
 */
function requestSatisfying(condition: PolicyStatement['Condition']): Record<string, string> {
  const context: Record<string, string> = {}
  for (const keys of Object.values(condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      context[key] = String([values].flat()[0]).replace(/[*?]/g, 'x')
    }
  }
  return context
}

/**
 * The construct's grants (every action on every resource pattern of its statements) that `policy`
 * does not allow, as iam-simulate judges them (patterns evaluated as patterns, per resource type);
 * kms:Decrypt is asked as ECR asks it (kms:ViaService).
 */
export async function uncoveredGrants(
  policy: PolicyDocument,
  construct: Pick<ConstructRole, 'policies'>,
  where: { account: string; region: string }
): Promise<string[]> {
  const { runSimulation } = await import('@cloud-copilot/iam-simulate')
  const missing: string[] = []
  const simulate = (action: string, resource: string, context: Record<string, string>) =>
    runSimulation(
      {
        identityPolicies: [{ name: 'role', policy }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        request: {
          action,
          principal: `arn:aws:iam::${where.account}:role/runtime`,
          resource: { accountId: where.account, resource },
          contextVariables: {
            ...(action.startsWith('kms:')
              ? { 'kms:ViaService': `ecr.${where.region}.amazonaws.com` }
              : {}),
            ...context
          }
        }
      },
      {}
    )
  for (const statement of construct.policies.flatMap((document) => document.Statement)) {
    const actions = [statement.Action ?? []].flat()
    const resources = [statement.Resource ?? []].flat()
    const context = requestSatisfying(statement.Condition)
    for (const action of actions) {
      for (const resource of resources) {
        const response = await simulate(action, resource, context)
        // A resource of no type the action authorizes on (CountTokens on an inference profile), or
        // an ARN for an action authorized on `*` only (logs:PutResourcePolicy): IAM never matches
        // such a grant, so there is nothing to cover (iam-simulate's service data decides).
        if (neverMatches(response)) continue
        // An action IAM does not have (the construct grants bedrock-agentcore:GetApiKeyCredential,
        // which no service authorization data lists): IAM never authorizes it, nothing to cover.
        if (
          response.resultType === 'error' &&
          /invalid\.action/.test(JSON.stringify(response.errors))
        ) {
          continue
        }
        // A condition key iam-simulate's service data lacks (namespacePath): the action's own
        // evaluator answers for that one grant, conditions compared as written.
        if (
          response.resultType === 'single' &&
          (response.result.ignoredContextKeys?.length ?? 0) > 0
        ) {
          const grant = { ...statement, Action: action, Resource: resource }
          if (!coverage(document([grant]), [policy]).covered)
            missing.push(`${action} on ${resource}`)
          continue
        }
        if (response.resultType === 'error') {
          throw new Error(
            `iam-simulate rejected ${action} on ${resource}: ${JSON.stringify(response.errors).slice(0, 300)}`
          )
        }
        // The role's own policy is the question (a KMS key's policy must allow too, but that
        // is the key's, made by the stack): the identity-policy part of IAM's answer.
        if (!identityAllows(response)) missing.push(`${action} on ${resource}`)
      }
    }
  }
  return missing
}
