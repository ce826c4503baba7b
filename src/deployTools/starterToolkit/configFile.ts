// Hands the two role ARNs to the AgentCore starter toolkit through its `.bedrock_agentcore.yaml`.
//
// The file belongs to the user and to `agentcore configure`: only the keys this action owns are
// touched, everything else (comments, blank lines, quoting, key order, indentation) stays byte for
// byte. The yaml package's Document API locates the nodes; the change itself is a splice of the
// original text at those nodes' offsets, because re-serialising the document normalises spacing,
// comments and sequence indentation.
//
// The action never creates the file nor an agent entry: the toolkit's schema requires the agent's
// `entrypoint`, which this action does not know, and an entry without it makes every toolkit
// command that loads the file (`agentcore configure` included) fail validation.

import { isDeepStrictEqual } from 'node:util'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import {
  applyEdits,
  blockIndent,
  collectEdits,
  describe,
  nodeStart,
  plainData,
  withDesired,
  type DesiredMap,
  type EditContext
} from './yamlEdit.ts'
import { workspaceRoot } from '../../common/workspaceFile.ts'
import { plannedUpdate, readConfigFileText } from '../configFiles.ts'
import type { ConfigFileUpdate } from '../deployTool.ts'
import { declaredAgent, type DeclaredAgent } from './agentNeeds.ts'

export type { ConfigFileUpdate } from '../deployTool.ts'

export interface ConfigFileRoles {
  agentName: string
  executionRoleArn: string
  /** Omitted when this action does not manage the CodeBuild role. */
  codebuildRoleArn?: string
  accountId: string
  region: string
}

/** What the toolkit reads to skip its own IAM calls (see roles.md, `.bedrock_agentcore.yaml`). */
function desiredAgentKeys(roles: ConfigFileRoles): DesiredMap {
  const desired: DesiredMap = {
    aws: {
      execution_role: roles.executionRoleArn,
      execution_role_auto_create: false,
      account: roles.accountId,
      region: roles.region
    }
  }
  if (roles.codebuildRoleArn !== undefined) {
    desired.codebuild = { execution_role: roles.codebuildRoleArn }
  }
  return desired
}

/**
 * Reads the file and computes the updated text and its diff. Writes nothing. A relative path
 * resolves against the workspace (GITHUB_WORKSPACE), where the user's repository is checked out,
 * whatever the action's working directory.
 */
export async function planConfigFileUpdate(
  path: string,
  roles: ConfigFileRoles | ConfigFileRoles[],
  workspace = workspaceRoot()
): Promise<ConfigFileUpdate> {
  const agents = Array.isArray(roles) ? roles : [roles]
  const { file, text: before } = await readToolkitConfig(
    path,
    workspace,
    agents[0]?.agentName ?? '<agent>'
  )
  // Every agent's keys, one after the other, into one text: one write for the whole step.
  const after = agents.reduce((text, agent) => updateConfigText(path, text, agent), before)
  return plannedUpdate(path, file, before, after)
}

/** The agents the file lists (the keys of its `agents` map), for agent-name `*`. */
export async function listConfigAgents(
  path: string,
  workspace = workspaceRoot()
): Promise<string[]> {
  const { text } = await readToolkitConfig(path, workspace, '<agent>')
  const doc = parseDocument(text)
  const agents = isMap(doc.contents) ? doc.contents.get('agents', true) : undefined
  const names = isMap(agents)
    ? agents.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []))
    : []
  if (doc.errors.length > 0 || names.length === 0) {
    throw new Error(
      `config-file ${path}: lists no agents under \`agents\` (agent-name "*" means every agent of the file); run \`agentcore configure -n <agent> ...\` first, or name the agents`
    )
  }
  return names
}

export { writeConfigFileUpdate } from '../configFiles.ts'

/**
 * What the file declares for each of its agents (deployment type, protocol, ECR repository,
 * memory, identity, AWS JWT), read once. A file that is not valid YAML is left to the update,
 * which says where.
 */
export async function readToolkitProject(
  path: string,
  workspace = workspaceRoot()
): Promise<Map<string, DeclaredAgent>> {
  const { text } = await readToolkitConfig(path, workspace, '<agent>')
  const doc = parseDocument(text)
  const project = new Map<string, DeclaredAgent>()
  if (doc.errors.length > 0) return project
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch {
    // An alias bomb: the update of the file says so, in one line.
    return project
  }
  const agents =
    typeof data === 'object' && data !== null ? (data as { agents?: unknown }).agents : undefined
  if (typeof agents !== 'object' || agents === null || Array.isArray(agents)) return project
  for (const [name, entry] of Object.entries(agents)) {
    project.set(name, declaredAgent(path, name, entry))
  }
  return project
}

/** The file and its text; one line saying what is wrong and which command writes it otherwise. */
function readToolkitConfig(path: string, workspace: string, agentName: string) {
  return readConfigFileText(path, workspace, (error) =>
    error.code === 'ENOENT'
      ? `not found; run \`agentcore configure -n ${agentName} ...\` first ` +
        '(it writes the agent entry, with its entrypoint, that this action then updates)'
      : `${error.reason}; give the path of the .bedrock_agentcore.yaml in the repository, relative to the workspace`
  )
}

/** Pure: the file's text with the agent's role keys set. */
export function updateConfigText(path: string, source: string, roles: ConfigFileRoles): string {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter })
  const fail = (offset: number, reason: string): Error => {
    const { line, col } = lineCounter.linePos(offset)
    return new Error(`config-file ${path}:${line}:${col}: ${reason}`)
  }

  const [yamlError] = doc.errors
  if (yamlError) {
    const reason = (yamlError.message.split('\n')[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      ''
    )
    throw fail(yamlError.pos[0], `not valid YAML: ${reason}`)
  }
  const root = doc.contents
  if (!isMap(root)) {
    throw fail(root?.range?.[0] ?? 0, 'the file is not a map with an `agents` key')
  }
  const agents = root.get('agents', true)
  if (agents === undefined) {
    throw fail(0, `no \`agents\` map; run \`agentcore configure -n ${roles.agentName} ...\` first`)
  }
  if (!isMap(agents)) {
    throw fail(
      nodeStart(agents),
      `\`agents\` must be a map of agent names, found ${describe(agents)}`
    )
  }
  const agent = agents.get(roles.agentName, true)
  if (agent === undefined) {
    const known = agents.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key))
    throw fail(
      nodeStart(agents),
      `no agent \`${roles.agentName}\` under \`agents\` (found: ${known.join(', ') || 'none'}); ` +
        `run \`agentcore configure -n ${roles.agentName} ...\` first`
    )
  }
  if (!isMap(agent)) {
    throw fail(
      nodeStart(agent),
      `\`agents.${roles.agentName}\` must be a map, found ${describe(agent)}`
    )
  }

  const desired = desiredAgentKeys(roles)
  // The agent map sits two levels deep (agents -> name): its column gives the file's indent step.
  const context: EditContext = {
    source,
    step: Math.max(1, Math.round(blockIndent(source, agent) / 2)),
    edits: [],
    fail
  }
  collectEdits(context, agent, desired, ['agents', roles.agentName])
  const updated = applyEdits(source, context.edits)

  // Postcondition: the result parses, and to a YAML reader it is the old content with exactly the
  // desired keys set. Anything else (an exotic layout the splice misjudged) must not be written.
  const check = parseDocument(updated)
  const expected = withDesired(plainData(doc, path), ['agents', roles.agentName], desired)
  if (check.errors.length > 0 || !isDeepStrictEqual(plainData(check, path), expected)) {
    throw new Error(
      `config-file ${path}: this file's layout cannot be updated safely; set ` +
        `agents.${roles.agentName}.aws.execution_role and codebuild.execution_role by hand`
    )
  }
  return updated
}
