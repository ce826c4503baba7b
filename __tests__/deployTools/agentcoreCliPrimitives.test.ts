// Every primitive of agentcore.json, held against the CLI's own construct: for each project of
// __fixtures__/agentcore-cli/primitives.json (synthesized with the CLI's vended CDK app and
// @aws/agentcore-cdk by scripts/refresh-agentcore-cli-fixtures.mjs), the role this action makes
// for a runtime allows every grant the construct gives the role it would make, resolved; and the
// construct gives an imported role (executionRoleArn, which this action writes) nothing at all.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { PolicyDocument } from '../../src/common/model.ts'
import { deployedResources } from '../../src/deployTools/agentcoreCli/deployedState.ts'
import { cliEcrRepositoryName } from '../../src/deployTools/agentcoreCli/naming.ts'
import { PROJECT_KEYS, RUNTIME_KEYS } from '../../src/deployTools/agentcoreCli/primitives.ts'
import { parseProject } from '../../src/deployTools/agentcoreCli/projectFile.ts'
import { cliRuntimeNeeds } from '../../src/deployTools/agentcoreCli/runtimeNeeds.ts'
import { cliRuntimePermissions } from '../../src/deployTools/agentcoreCli/runtimePolicies.ts'
import {
  primitiveProjects,
  uncoveredGrants,
  validateProjectSpec,
  type PrimitiveProject
} from '../../test-support/agentcoreCli.ts'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const where = { account: ACCOUNT, region: REGION }
const projects = primitiveProjects()

/** The action's role for one runtime of a fixture project, as the action builds it. */
function actionRole(project: PrimitiveProject, runtimeName: string) {
  const path = 'agentcore/agentcore.json'
  const { project: parsed } = parseProject(path, JSON.stringify(project.spec))
  const target = { name: 'default', account: ACCOUNT, region: REGION }
  const deployed = deployedResources(project.deployedState, [target], 'deployed-state.json')
  const runtime = parsed.runtimes.find((entry) => entry.name === runtimeName)
  if (!runtime) throw new Error(`no runtime ${runtimeName}`)
  const ctx = { partition: 'aws' as const, region: REGION, accountId: ACCOUNT }
  const needs = cliRuntimeNeeds(
    runtime,
    parsed.primitives,
    cliEcrRepositoryName(parsed.name, runtime.name),
    { ...ctx, project: parsed.name, target: 'default', deployed: deployed['default']! }
  )
  return { needs, ...cliRuntimePermissions(ctx, needs) }
}

const cases = projects.flatMap((project) =>
  Object.entries(project.runtimes).map(([runtime, construct]) => ({
    id: project.id,
    project,
    runtime,
    construct
  }))
)

describe.each(cases)('$id, runtime $runtime', ({ project, runtime, construct }) => {
  it('covers every grant the construct gives its own role', async () => {
    const { document } = actionRole(project, runtime)
    expect(await uncoveredGrants(document, construct, where)).toEqual([])
  })

  it('needs nothing the action does not know', () => {
    expect(actionRole(project, runtime).needs.unhandled).toEqual([])
  })
})

describe('the fixture projects', () => {
  it('cover every primitive that grants, and the CLI accepts each file', () => {
    const shown = new Set(projects.flatMap((project) => project.primitive.split(/,\s*/)))
    for (const key of PROJECT_KEYS.granting) expect(shown).toContain(key)
    for (const key of RUNTIME_KEYS.granting) expect(shown).toContain(`runtimes[].${key}`)
    for (const project of projects.filter((p) => p.id !== 'mcp-runtime-tool')) {
      expect(validateProjectSpec(JSON.stringify(project.spec))).toEqual([])
    }
  })

  it('show that an imported role gets nothing from the stack, warned or not', () => {
    for (const project of projects) expect(project.importedRole.attached).toEqual([])
    const warned = (id: string) =>
      projects.find((project) => project.id === id)!.importedRole.warnings.length > 0
    // Memories, gateways and connections are named in a synth warning; credentials, payments and
    // MCP tools are dropped without one: only this action's verification tells.
    expect(['memory', 'gateway-aws-iam', 'connections'].every(warned)).toBe(true)
    expect(['credential-api-key', 'payment', 'mcp-runtime-tool'].some(warned)).toBe(false)
  })

  it('grant something on the runtime role where the primitive says so', () => {
    const adds = (id: string) => {
      const project = projects.find((p) => p.id === id)!
      const actions = Object.values(project.runtimes)
        .flatMap((role) => role.policies)
        .flatMap((policy: PolicyDocument) => policy.Statement)
        .flatMap((statement) => [statement.Action ?? []].flat())
      return actions.some(
        (action) => !/^(bedrock|xray|logs|ecr|kms):|ConfigurationBundle/.test(action)
      )
    }
    for (const id of [
      'memory',
      'credential-oauth',
      'gateway-aws-iam',
      'payment',
      'connections',
      'mcp-runtime-tool',
      'filesystems'
    ]) {
      expect([id, adds(id)]).toEqual([id, true])
    }
    for (const id of ['gateway-none', 'no-runtime-grants'])
      expect([id, adds(id)]).toEqual([id, false])
  })
})

describe('what a check that can fail looks like', () => {
  it('finds the memory grant missing when the memory statements are dropped', async () => {
    const project = projects.find((p) => p.id === 'memory')!
    const { document } = actionRole(project, 'agent')
    const without = {
      ...document,
      Statement: document.Statement.filter((statement) => !statement.Sid?.startsWith('Memory'))
    }
    expect(await uncoveredGrants(without, project.runtimes['agent']!, where)).toContain(
      `bedrock-agentcore:CreateEvent on arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:memory/Demo_chat-a1B2c3D4e5`
    )
  })
})

describe('the keys this action knows', () => {
  const schema = createRequire(import.meta.url)(
    join(process.cwd(), '__fixtures__', 'agentcore-cli', 'schema', 'index.js')
  ) as Record<string, unknown>
  const shape = (zod: unknown): Record<string, unknown> => {
    let node = zod as {
      shape?: Record<string, unknown>
      _def?: Record<string, unknown>
      def?: Record<string, unknown>
    }
    for (let depth = 0; depth < 6 && !node.shape; depth++) {
      node = (node._def?.['schema'] ??
        node._def?.['innerType'] ??
        node.def?.['in'] ??
        node) as typeof node
    }
    return node.shape ?? {}
  }

  it('are every key of the CLI schema: a new key fails here until it is judged', () => {
    expect(new Set(Object.keys(shape(schema['AgentCoreProjectSpecSchema'])))).toEqual(
      new Set([...PROJECT_KEYS.granting, ...PROJECT_KEYS.other])
    )
    expect(new Set(Object.keys(shape(schema['AgentEnvSpecSchema'])))).toEqual(
      new Set([...RUNTIME_KEYS.granting, ...RUNTIME_KEYS.unhandled, ...RUNTIME_KEYS.other])
    )
  })
})
