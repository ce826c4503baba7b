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

import { randomBytes } from 'node:crypto'
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml'
import type { Document, Node, Pair, YAMLMap } from 'yaml'
import { locateWorkspaceFile, WorkspaceFileError } from '../../common/workspaceFile.ts'
import type { ConfigFileUpdate } from '../deployTool.ts'

export type { ConfigFileUpdate } from '../deployTool.ts'

export interface ConfigFileRoles {
  agentName: string
  executionRoleArn: string
  /** Omitted when this action does not manage the CodeBuild role. */
  codebuildRoleArn?: string
  accountId: string
  region: string
}

type DesiredValue = string | boolean | DesiredMap
interface DesiredMap {
  [key: string]: DesiredValue
}

interface TextEdit {
  start: number
  end: number
  text: string
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
  roles: ConfigFileRoles,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd()
): Promise<ConfigFileUpdate> {
  const file = locateConfigFile(path, workspace, roles.agentName)
  const before = await readConfigFile(file, path)
  const after = updateConfigText(path, before, roles)
  const changed = after !== before
  const diff = changed
    ? createTwoFilesPatch(path, path, before, after, undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY
      })
    : ''
  return { path, file, changed, before, after, diff }
}

/**
 * Writes a planned update atomically (temporary file in the same directory, then rename), keeping
 * the file's mode. Refuses when the file changed on disk since it was planned.
 */
export async function writeConfigFileUpdate(update: ConfigFileUpdate): Promise<void> {
  if (!update.changed) return
  const current = await readFile(update.file, 'utf8')
  if (current !== update.before) {
    throw new Error(
      `config-file ${update.path}: changed on disk since it was read; not overwritten`
    )
  }
  const { mode } = await stat(update.file)
  const temporary = join(
    dirname(update.file),
    `.${basename(update.file)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    await writeFile(temporary, update.after, { encoding: 'utf8', flag: 'wx' })
    await chmod(temporary, mode)
    await rename(temporary, update.file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/** The file's real path inside the workspace; one line saying what is wrong otherwise. */
function locateConfigFile(path: string, workspace: string, agentName: string): string {
  try {
    return locateWorkspaceFile(path, workspace).real
  } catch (error) {
    if (!(error instanceof WorkspaceFileError)) throw error
    if (error.code === 'ENOENT') {
      throw new Error(
        `config-file ${path}: not found; run \`agentcore configure -n ${agentName} ...\` first ` +
          '(it writes the agent entry, with its entrypoint, that this action then updates)',
        { cause: error }
      )
    }
    throw new Error(
      `config-file ${path}: ${error.reason}; give the path of the .bedrock_agentcore.yaml in the repository, relative to the workspace`,
      { cause: error }
    )
  }
}

async function readConfigFile(file: string, path: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new Error(`config-file ${path}: cannot be read (${code})`, { cause: error })
  }
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

interface EditContext {
  source: string
  step: number
  edits: TextEdit[]
  fail: (offset: number, reason: string) => Error
}

function collectEdits(
  context: EditContext,
  map: YAMLMap,
  desired: DesiredMap,
  path: string[]
): void {
  const { source, edits, fail } = context
  const missing: Array<[string, DesiredValue]> = []
  for (const [key, want] of Object.entries(desired)) {
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
    if (!pair) {
      missing.push([key, want])
      continue
    }
    const keyPath = [...path, key]
    const node = pair.value as Node | null
    if (typeof want === 'object') {
      if (isMap(node)) {
        collectEdits(context, node, want, keyPath)
      } else if (isScalar(node) && node.value === null && node.range) {
        edits.push(replaceNullWithMap(context, node.range, want, map))
      } else {
        throw fail(
          nodeStart(node ?? pair),
          `\`${keyPath.join('.')}\` must be a map, found ${describe(node)}`
        )
      }
    } else if (isScalar(node) && node.range) {
      if (node.value !== want) edits.push(replaceScalar(source, node, want))
    } else {
      throw fail(
        nodeStart(node ?? pair),
        `\`${keyPath.join('.')}\` must be a scalar, found ${describe(node)}`
      )
    }
  }
  if (missing.length > 0) edits.push(insertPairs(context, map, missing))
}

/** Replaces a scalar value in place, keeping its quote style when it had one. */
function replaceScalar(source: string, node: Scalar, want: string | boolean): TextEdit {
  const [start, end] = node.range as [number, number, number]
  let text = renderScalar(want, node.type)
  // Block scalars (| or >) own their trailing line break; the replacement must keep it.
  if (end > start && source[end - 1] === '\n') text += '\n'
  // `key:` with no value: the value's range is empty, right after the colon.
  if (start === end) text = ` ${text}`
  return { start, end, text }
}

/** `aws:` or `aws: null` becomes a map with the desired keys. */
function replaceNullWithMap(
  { source, step }: EditContext,
  range: [number, number, number],
  want: DesiredMap,
  parent: YAMLMap
): TextEdit {
  if (parent.flow) return { start: range[0], end: range[1], text: renderFlowMap(want) }
  // `aws: null` -> `aws:` + new lines: drop the space that separated the colon from the value.
  let start = range[0]
  while (start > 0 && source[start - 1] === ' ') start--
  const lines = renderBlockPairs(Object.entries(want), blockIndent(source, parent) + step, step)
  return { start, end: range[1], text: lines.map((line) => `\n${line}`).join('') }
}

/** Adds keys after the last entry of a map (block: new lines at its indentation; flow: `, k: v`). */
function insertPairs(
  { source, step }: EditContext,
  map: YAMLMap,
  missing: Array<[string, DesiredValue]>
): TextEdit {
  const last = map.items.at(-1)
  if (map.flow) {
    const entries = missing.map(([key, value]) => `${renderScalar(key)}: ${renderFlowValue(value)}`)
    if (!last) {
      const close = source.lastIndexOf('}', (map.range as [number, number, number])[1])
      return { start: close, end: close, text: entries.join(', ') }
    }
    const end = lastEnd(last)
    return { start: end, end, text: entries.map((entry) => `, ${entry}`).join('') }
  }
  const lines = renderBlockPairs(missing, blockIndent(source, map), step)
  const end = last ? lastEnd(last) : (map.range as [number, number, number])[1]
  if (end > 0 && source[end - 1] === '\n') {
    return { start: end, end, text: lines.map((line) => `${line}\n`).join('') }
  }
  const lineEnd = source.indexOf('\n', end)
  const at = lineEnd === -1 ? source.length : lineEnd
  return { start: at, end: at, text: lines.map((line) => `\n${line}`).join('') }
}

function lastEnd(pair: Pair): number {
  const node = (pair.value ?? pair.key) as Node
  return (node.range as [number, number, number])[1]
}

function applyEdits(source: string, edits: TextEdit[]): string {
  // Stable sort: edits at the same offset keep their collection order, so keys added to an inner
  // map land before a sibling block added to its parent at that same offset.
  const ordered = [...edits].sort((a, b) => a.start - b.start)
  let result = ''
  let cursor = 0
  for (const edit of ordered) {
    result += source.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return result + source.slice(cursor)
}

/**
 * The document as plain JSON data (no realm- or library-specific prototypes), for comparison. The
 * yaml package refuses documents whose aliases expand beyond 100 (a "billion laughs" file).
 */
function plainData(doc: Document, path: string): unknown {
  try {
    return JSON.parse(JSON.stringify(doc.toJS()))
  } catch (error) {
    throw new Error(
      `config-file ${path}: its YAML aliases expand too far to read safely (${(error as Error).name}); remove the aliases the toolkit does not write`,
      { cause: error }
    )
  }
}

/** `data` (plain, owned by the caller) with the desired keys set under `path`. */
function withDesired(data: unknown, path: string[], desired: DesiredMap): unknown {
  let target = data as Record<string, unknown>
  for (const key of path) target = target[key] as Record<string, unknown>
  const assign = (into: Record<string, unknown>, values: DesiredMap): void => {
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'object') {
        const existing = into[key]
        const child = existing !== null && typeof existing === 'object' ? existing : {}
        into[key] = child
        assign(child as Record<string, unknown>, value)
      } else {
        into[key] = value
      }
    }
  }
  assign(target, desired)
  return data
}

// Rendering: the same shapes PyYAML (the toolkit) writes: plain where unambiguous, single quotes
// where a plain scalar would read as another type (the account id as a number, `no` as a boolean).
const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_.:/@+=-]*$/
const YAML_1_1_KEYWORDS = /^(y|yes|n|no|true|false|on|off|null)$/i

function renderScalar(value: string | boolean, existingType?: Scalar['type']): string {
  if (typeof value === 'boolean') return String(value)
  if (existingType === Scalar.QUOTE_DOUBLE) return JSON.stringify(value)
  if (existingType === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`
  const plain = PLAIN_SAFE.test(value) && !YAML_1_1_KEYWORDS.test(value) && !value.endsWith(':')
  return plain ? value : `'${value.replaceAll("'", "''")}'`
}

function renderFlowValue(value: DesiredValue): string {
  return typeof value === 'object' ? renderFlowMap(value) : renderScalar(value)
}

function renderFlowMap(map: DesiredMap): string {
  const entries = Object.entries(map).map(
    ([key, value]) => `${renderScalar(key)}: ${renderFlowValue(value)}`
  )
  return `{${entries.join(', ')}}`
}

function renderBlockPairs(
  entries: Array<[string, DesiredValue]>,
  indent: number,
  step: number
): string[] {
  const pad = ' '.repeat(indent)
  return entries.flatMap(([key, value]) =>
    typeof value === 'object'
      ? [
          `${pad}${renderScalar(key)}:`,
          ...renderBlockPairs(Object.entries(value), indent + step, step)
        ]
      : [`${pad}${renderScalar(key)}: ${renderScalar(value)}`]
  )
}

/** Column of a block map's keys. */
function blockIndent(source: string, map: YAMLMap): number {
  const start = nodeStart(map)
  return start - (source.lastIndexOf('\n', start - 1) + 1)
}

function nodeStart(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range
  if (range) return range[0]
  const key = (node as { key?: { range?: [number, number, number] } } | null)?.key
  return key?.range?.[0] ?? 0
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing'
  if (isScalar(node))
    return node.value === null ? 'null' : `the ${typeof node.value} ${JSON.stringify(node.value)}`
  if (isMap(node)) return 'a map'
  if (isSeq(node)) return 'a sequence'
  return isAlias(node) ? 'an alias' : 'an unexpected node'
}
