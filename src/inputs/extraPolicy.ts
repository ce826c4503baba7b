// The extra-policy input: read (inline JSON, or a file inside the workspace) and each statement
// validated, once, before any AWS call.
import { readFileSync } from 'node:fs'
import { POLICY_VERSION } from '../common/model.ts'
import type { ConditionBlock, PolicyStatement } from '../common/model.ts'
import {
  jsonErrorPosition,
  locateWorkspaceFile,
  workspaceRoot,
  WorkspaceFileError
} from '../common/workspaceFile.ts'
import { fail, show } from './messages.ts'

const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
])
const POLICY_VERSIONS = new Set([POLICY_VERSION, '2008-10-17'])
const ACTION_PATTERN = /^(?:\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+)$/
const SID_PATTERN = /^[a-zA-Z0-9]*$/

/** Reads extra-policy: inline JSON, or a file inside the workspace (path relative to it). */
function readExtraPolicyText(
  raw: string,
  env: NodeJS.ProcessEnv
): { text: string; source: string; file: boolean } {
  if (raw.startsWith('{') || raw.startsWith('[')) {
    return { text: raw, source: 'inline JSON', file: false }
  }
  try {
    const { real } = locateWorkspaceFile(raw, workspaceRoot(env))
    return { text: readFileSync(real, 'utf8'), source: `file ${show(raw)}`, file: true }
  } catch (error) {
    const reason =
      error instanceof WorkspaceFileError
        ? error.reason
        : (FILE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''] ?? 'cannot be read')
    return fail(
      'extra-policy',
      `cannot read the file ${show(raw)} (${reason}); give a JSON policy inline or a path relative to the workspace.`
    )
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'a directory, not a file'
}

function statementLabel(index: number, statement: Record<string, unknown>): string {
  const sid =
    typeof statement.Sid === 'string' && statement.Sid ? ` (Sid ${show(statement.Sid)})` : ''
  return `statement ${index + 1}${sid}`
}

function stringOrList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    return value
  }
  return undefined
}

/** Exactly one of the two keys, a string or a non-empty list of strings, each checked. */
function checkElement(
  label: string,
  statement: Record<string, unknown>,
  keys: readonly [string, string],
  isValid: (item: string) => boolean,
  expected: string
): void {
  const present = keys.filter((key) => key in statement)
  if (present.length !== 1) {
    fail(
      'extra-policy',
      present.length === 0
        ? `${label} has neither ${keys[0]} nor ${keys[1]}; give one of them.`
        : `${label} has both ${keys[0]} and ${keys[1]}; keep one.`
    )
  }
  const key = present[0] ?? keys[0]
  const items = stringOrList(statement[key])
  if (!items)
    fail('extra-policy', `${label}: ${key} must be a string or a non-empty list of strings.`)
  const bad = items.find((item) => !isValid(item))
  if (bad !== undefined) fail('extra-policy', `${label}: ${key} ${show(bad)} is not ${expected}.`)
}

function checkCondition(label: string, condition: unknown): ConditionBlock {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
  if (!isObject(condition)) {
    return fail(
      'extra-policy',
      `${label}: Condition must be an object like {"StringEquals": {"key": "value"}}.`
    )
  }
  const block: ConditionBlock = {}
  for (const [operator, entries] of Object.entries(condition)) {
    if (!isObject(entries)) {
      fail(
        'extra-policy',
        `${label}: Condition ${show(operator)} must map condition keys to values.`
      )
    }
    const values: ConditionBlock[string] = {}
    for (const [key, value] of Object.entries(entries)) {
      const normalized =
        typeof value === 'number'
          ? String(value)
          : typeof value === 'boolean'
            ? value
            : stringOrList(value)
      if (normalized === undefined) {
        fail(
          'extra-policy',
          `${label}: Condition ${operator} ${show(key)} must be a string, a list of strings or a boolean.`
        )
      }
      values[key] = typeof value === 'string' ? value : normalized
    }
    block[operator] = values
  }
  return block
}

function checkStatement(value: unknown, index: number): PolicyStatement {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('extra-policy', `statement ${index + 1} is not a JSON object.`)
  }
  const statement = value as Record<string, unknown>
  const label = statementLabel(index, statement)
  for (const key of ['Principal', 'NotPrincipal']) {
    if (key in statement) {
      fail(
        'extra-policy',
        `${label} has ${key}; the runtime role's permissions policy cannot name principals, remove it.`
      )
    }
  }
  const unknownKey = Object.keys(statement).find((key) => !STATEMENT_KEYS.has(key))
  if (unknownKey !== undefined) {
    fail(
      'extra-policy',
      `${label} has the unknown key ${show(unknownKey)}; allowed: ${[...STATEMENT_KEYS].join(', ')}.`
    )
  }
  if (
    'Sid' in statement &&
    (typeof statement.Sid !== 'string' || !SID_PATTERN.test(statement.Sid))
  ) {
    fail('extra-policy', `${label}: Sid must contain only letters and digits.`)
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    fail(
      'extra-policy',
      `${label}: Effect must be "Allow" or "Deny", not ${JSON.stringify(statement.Effect ?? null)}.`
    )
  }
  checkElement(
    label,
    statement,
    ['Action', 'NotAction'],
    (item) => ACTION_PATTERN.test(item),
    'an action like "s3:GetObject" or "*"'
  )
  checkElement(
    label,
    statement,
    ['Resource', 'NotResource'],
    (item) => item === '*' || item.startsWith('arn:'),
    'an ARN or "*"'
  )
  const checked: PolicyStatement = { ...(statement as unknown as PolicyStatement) }
  if ('Condition' in statement) checked.Condition = checkCondition(label, statement.Condition)
  return checked
}

/** extra-policy: a policy document, a list of statements, or one statement. */
export function parseExtraPolicy(raw: string, env: NodeJS.ProcessEnv): PolicyStatement[] {
  if (raw === '') return []
  const { text, source, file } = readExtraPolicyText(raw, env)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    // A file's content is not echoed (the path may point at something secret); inline JSON is the input itself.
    const why = file ? jsonErrorPosition(error, text) : (error as Error).message
    return fail('extra-policy', `${source} is not valid JSON: ${why}.`)
  }
  let statements: unknown
  if (Array.isArray(parsed)) {
    statements = parsed
  } else if (typeof parsed === 'object' && parsed !== null && 'Statement' in parsed) {
    const document = parsed as { Version?: unknown; Statement: unknown }
    if (document.Version !== undefined && !POLICY_VERSIONS.has(String(document.Version))) {
      fail(
        'extra-policy',
        `Version ${JSON.stringify(document.Version)} is not a policy language version; use "2012-10-17".`
      )
    }
    statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement]
  } else if (typeof parsed === 'object' && parsed !== null && 'Effect' in parsed) {
    statements = [parsed]
  } else {
    return fail(
      'extra-policy',
      `${source} is neither a policy document {Version, Statement}, a list of statements nor one statement.`
    )
  }
  const list = statements as unknown[]
  if (list.length === 0) fail('extra-policy', `${source} has no statements.`)
  return list.map(checkStatement)
}
