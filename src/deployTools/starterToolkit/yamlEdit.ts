// Edits YAML text in place: the yaml package's Document API locates the nodes, and the change is a
// splice of the original text at their offsets, so comments, blank lines, quoting, key order and
// indentation stay byte for byte (re-serialising the document would normalise them).
import { isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml'
import type { Document, Node, Pair, YAMLMap } from 'yaml'

export type DesiredValue = string | boolean | DesiredMap
export interface DesiredMap {
  [key: string]: DesiredValue
}

export interface TextEdit {
  start: number
  end: number
  text: string
}

export interface EditContext {
  source: string
  step: number
  edits: TextEdit[]
  fail: (offset: number, reason: string) => Error
}

export function collectEdits(
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

export function applyEdits(source: string, edits: TextEdit[]): string {
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
export function plainData(doc: Document, path: string): unknown {
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
export function withDesired(data: unknown, path: string[], desired: DesiredMap): unknown {
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
export function blockIndent(source: string, map: YAMLMap): number {
  const start = nodeStart(map)
  return start - (source.lastIndexOf('\n', start - 1) + 1)
}

export function nodeStart(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range
  if (range) return range[0]
  const key = (node as { key?: { range?: [number, number, number] } } | null)?.key
  return key?.range?.[0] ?? 0
}

export function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing'
  if (isScalar(node))
    return node.value === null ? 'null' : `the ${typeof node.value} ${JSON.stringify(node.value)}`
  if (isMap(node)) return 'a map'
  if (isSeq(node)) return 'a sequence'
  return isAlias(node) ? 'an alias' : 'an unexpected node'
}
