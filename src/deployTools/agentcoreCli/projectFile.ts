// The new AgentCore CLI's project file, `agentcore/agentcore.json`, and its deployment targets,
// `agentcore/aws-targets.json` beside it.
//
// The file is the CLI's interface for a ready role: `runtimes[].executionRoleArn` ("ARN of an
// existing IAM execution role to use instead of creating a new one"). The CLI writes the file as
// `JSON.stringify(data, null, 2)`; so does this action, with that one key set and every other key,
// value and key order as they were. What the action reads and writes is checked here, before any
// AWS call; the whole file is the CLI's to validate (its AgentCoreProjectSpecSchema, which the
// tests hold every written file against).
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { jsonErrorPosition, workspaceRoot } from '../../common/workspaceFile.ts'
import { AGENT_NAME_PATTERN } from '../../inputs/runInputs.ts'
import { plannedUpdate, readConfigFileText } from '../configFiles.ts'
import type { ConfigFileUpdate } from '../deployTool.ts'
import { CDK_QUALIFIER_PATTERN } from './naming.ts'
import type { CliBuild } from './runtimePolicies.ts'
import {
  projectPrimitives,
  runtimePrimitives,
  type CliPrimitives,
  type CliRuntimePrimitives
} from './primitives.ts'
import { deployedResources, type DeployedResources } from './deployedState.ts'

export interface CliRuntime {
  name: string
  build: CliBuild
  executionRoleArn?: string
  /** What the entry declares for its own role: connections, filesystem mounts. */
  primitives: CliRuntimePrimitives
}

export interface CliTarget {
  name: string
  account: string
  region: string
}

export interface CliProject {
  /** The project's name (`name`), which the CLI puts in its stack and repository names. */
  name: string
  runtimes: CliRuntime[]
  /** The project's primitives that reach its runtimes' roles (memories, gateways...). */
  primitives: CliPrimitives
  /** aws-targets.json beside the project file; empty when there is none. */
  targets: CliTarget[]
  /** What `agentcore deploy` recorded per target (.cli/deployed-state.json); empty without it. */
  deployed: Record<string, DeployedResources>
  /** The CDK bootstrap qualifier of the project's CDK app (cdk/cdk.json), when it sets one. */
  cdkQualifier?: string
}

/** The CLI's own rule for project names (ProjectNameSchema; runtimes follow AgentNameSchema). */
const PROJECT_NAME = /^[A-Za-z][A-Za-z0-9]{0,22}$/
const BUILDS: readonly CliBuild[] = ['Container', 'CodeZip']

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** One line naming the file; how to fix it when there is an obvious fix. */
function fileError(path: string, problem: string): Error {
  return new Error(`config-file ${path}: ${problem}`)
}

/** The project file and its text; one line saying what is wrong otherwise. */
async function readWorkspaceText(path: string, workspace: string): Promise<[string, string]> {
  const { file, text } = await readConfigFileText(
    path,
    workspace,
    (error) =>
      error.reason +
      (error.code === 'ENOENT'
        ? '; run `agentcore create` first (it writes agentcore/agentcore.json), or fix the path'
        : '; give the path of agentcore/agentcore.json in the repository, relative to the workspace')
  )
  return [file, text]
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw fileError(path, `is not valid JSON (${jsonErrorPosition(error, text)})`)
  }
}

/** The runtimes and the project name, checked as far as the action relies on them. */
export function parseProject(path: string, text: string): { data: Json; project: CliProject } {
  const fail = (problem: string): never => {
    throw fileError(path, problem)
  }
  const data = parseJson(path, text)
  if (!isObject(data)) throw fileError(path, 'is not a JSON object (an AgentCore project spec)')
  const name = data['name']
  if (typeof name !== 'string' || !PROJECT_NAME.test(name)) {
    throw fileError(
      path,
      '`name` is not an AgentCore project name (a letter, then up to 22 letters or digits); is this the agentcore.json of `agentcore create`?'
    )
  }
  const runtimes = data['runtimes'] ?? []
  if (!Array.isArray(runtimes)) throw fileError(path, '`runtimes` is not a list')
  const seen = new Set<string>()
  const parsed = runtimes.map((entry: unknown, index): CliRuntime => {
    const where = `runtimes[${index}]`
    if (!isObject(entry)) throw fileError(path, `${where} is not an object`)
    const { name: runtimeName, build, executionRoleArn } = entry
    if (typeof runtimeName !== 'string' || !AGENT_NAME_PATTERN.test(runtimeName)) {
      throw fileError(path, `${where}.name is not an AgentCore runtime name`)
    }
    if (seen.has(runtimeName)) throw fileError(path, `runtime ${runtimeName} is listed twice`)
    seen.add(runtimeName)
    if (!BUILDS.includes(build as CliBuild)) {
      throw fileError(path, `${where}.build is neither Container nor CodeZip`)
    }
    if (executionRoleArn !== undefined && typeof executionRoleArn !== 'string') {
      throw fileError(path, `${where}.executionRoleArn is not a string`)
    }
    return {
      name: runtimeName,
      build: build as CliBuild,
      ...(executionRoleArn !== undefined ? { executionRoleArn } : {}),
      primitives: runtimePrimitives(entry, `runtimes[${runtimeName}]`, fail)
    }
  })
  const primitives = projectPrimitives(data, name, fail)
  return { data, project: { name, runtimes: parsed, primitives, targets: [], deployed: {} } }
}

/** A JSON file beside the project file that the CLI may or may not have; unreadable is absent. */
async function readOptionalJson(projectFile: string, ...path: string[]): Promise<unknown> {
  const text = await readFile(join(dirname(projectFile), ...path), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The CLI's rule for target names (DeploymentTargetNameSchema), so a name is a shell word. */
const TARGET_NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/

/** aws-targets.json beside the project file: `[{ name, account, region }]`; none is no targets. */
async function readTargets(projectFile: string): Promise<CliTarget[]> {
  const data = await readOptionalJson(projectFile, 'aws-targets.json')
  return Array.isArray(data)
    ? data.filter(
        (target): target is CliTarget =>
          isObject(target) &&
          typeof target['name'] === 'string' &&
          TARGET_NAME.test(target['name']) &&
          typeof target['account'] === 'string' &&
          typeof target['region'] === 'string'
      )
    : []
}

/**
 * The qualifier the CLI's CDK app deploys with: context `@aws-cdk/core:bootstrapQualifier` of
 * cdk/cdk.json beside the project file (DefaultStackSynthesizer reads it), when valid.
 */
async function readCdkQualifier(projectFile: string): Promise<string | undefined> {
  const data = await readOptionalJson(projectFile, 'cdk', 'cdk.json')
  const context = isObject(data) ? data['context'] : undefined
  const qualifier = isObject(context) ? context['@aws-cdk/core:bootstrapQualifier'] : undefined
  return typeof qualifier === 'string' && CDK_QUALIFIER_PATTERN.test(qualifier)
    ? qualifier
    : undefined
}

/** Reads and checks the project (and its targets and CDK qualifier) of config-file. */
export async function readProject(path: string, workspace = workspaceRoot()): Promise<CliProject> {
  const [real, text] = await readWorkspaceText(path, workspace)
  const { project } = parseProject(path, text)
  const [targets, cdkQualifier, state] = await Promise.all([
    readTargets(real),
    readCdkQualifier(real),
    readOptionalJson(real, '.cli', 'deployed-state.json')
  ])
  const stateFile = join(dirname(path), '.cli', 'deployed-state.json')
  const deployed = deployedResources(state, targets, stateFile)
  return { ...project, targets, deployed, ...(cdkQualifier ? { cdkQualifier } : {}) }
}

/** A runtime of the project, or one line saying which ones there are. */
export function runtimeOf(path: string, project: CliProject, name: string): CliRuntime {
  const runtime = project.runtimes.find((entry) => entry.name === name)
  if (runtime) return runtime
  const known = project.runtimes.map((entry) => entry.name).join(', ') || 'none'
  throw new Error(
    `Input agent-name: ${path} has no runtime named ${name} (runtimes: ${known}); name one of them, or add it with \`agentcore add agent\``
  )
}

/** Pure: the file's text with each named runtime's executionRoleArn set, in the CLI's format. */
export function withExecutionRoles(
  path: string,
  text: string,
  roles: Array<{ runtime: string; executionRoleArn: string }>
): string {
  const { data } = parseProject(path, text)
  const runtimes = (data['runtimes'] ?? []) as Json[]
  let changed = false
  for (const { runtime, executionRoleArn } of roles) {
    const entry = runtimes.find((candidate) => candidate['name'] === runtime)
    if (!entry) throw new Error(`config-file ${path}: has no runtime named ${runtime}`)
    if (entry['executionRoleArn'] === executionRoleArn) continue
    entry['executionRoleArn'] = executionRoleArn
    changed = true
  }
  if (!changed) return text
  // The CLI's own writer: JSON.stringify(data, null, 2); the file's final newline, if any, kept.
  return JSON.stringify(data, null, 2) + (text.endsWith('\n') ? '\n' : '')
}

/** Pure: the file's text with the runtimes' executionRoleArn removed where it names a deleted role. */
export function withoutExecutionRoles(
  path: string,
  text: string,
  removals: Array<{ agentName: string; arns: string[] }>
): string {
  const { data } = parseProject(path, text)
  const runtimes = (data['runtimes'] ?? []) as Json[]
  let changed = false
  for (const { agentName, arns } of removals) {
    const entry = runtimes.find((candidate) => candidate['name'] === agentName)
    const arn = entry?.['executionRoleArn']
    if (entry && typeof arn === 'string' && arns.includes(arn)) {
      delete entry['executionRoleArn']
      changed = true
    }
  }
  return changed ? JSON.stringify(data, null, 2) + (text.endsWith('\n') ? '\n' : '') : text
}

export async function planProjectRemoval(
  path: string,
  removals: Array<{ agentName: string; arns: string[] }>,
  workspace = workspaceRoot()
): Promise<ConfigFileUpdate> {
  const [file, before] = await readWorkspaceText(path, workspace)
  return plannedUpdate(path, file, before, withoutExecutionRoles(path, before, removals))
}

/** Reads the file and plans the update; writes nothing. */
export async function planProjectUpdate(
  path: string,
  roles: Array<{ runtime: string; executionRoleArn: string }>,
  workspace = workspaceRoot()
): Promise<ConfigFileUpdate> {
  const [file, before] = await readWorkspaceText(path, workspace)
  const after = withExecutionRoles(path, before, roles)
  return plannedUpdate(path, file, before, after)
}
