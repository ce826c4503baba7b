// Policy documents as IAM returns them (URL-encoded JSON) or as a person writes them, parsed and
// checked for shape into the action's PolicyDocument type.
import type { ConditionBlock, PolicyDocument, PolicyStatement } from '../common/model.ts'

/** IAM's default when a document has no Version. */
const IMPLICIT_VERSION = '2008-10-17'

/**
 * Parses a policy document as IAM returns it (URL-encoded) or as a person writes it (JSON).
 * A single statement object becomes a one-element list; numbers in conditions become strings.
 */
export function parsePolicyDocument(text: string): PolicyDocument {
  const trimmed = text.trim()
  if (!/^%7b/i.test(trimmed)) {
    try {
      return validateDocument(JSON.parse(trimmed))
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
    }
  }
  return validateDocument(parseUrlEncodedJson(trimmed))
}

/**
 * IAM returns documents URL-encoded per RFC 3986 (a space is %20, a '+' may stay literal); some
 * encoders write a space as '+' instead, which leaves '+' outside JSON strings, so that reading is
 * the fallback.
 */
function parseUrlEncodedJson(text: string): unknown {
  const readings = [text, text.replace(/\+/g, ' ')]
  let failure: unknown
  for (const reading of readings) {
    try {
      return JSON.parse(decodeURIComponent(reading))
    } catch (error) {
      failure ??= error
    }
  }
  throw new Error(
    `policy document is neither JSON nor URL-encoded JSON (${(failure as Error).message}): ${excerpt(text)}`,
    { cause: failure }
  )
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function validateDocument(value: unknown): PolicyDocument {
  if (!isObject(value)) throw new Error('policy document must be a JSON object')
  const { Version, Id, Statement } = value
  if (Statement === undefined) throw new Error('policy document has no Statement')
  const statements = Array.isArray(Statement) ? Statement : [Statement]
  const document: PolicyDocument = {
    Version: typeof Version === 'string' ? Version : IMPLICIT_VERSION,
    Statement: statements.map((statement, index) => validateStatement(statement, index))
  }
  if (typeof Id === 'string') document.Id = Id
  return document
}

const STRING_LIST_FIELDS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const

function validateStatement(value: unknown, index: number): PolicyStatement {
  const where = `policy statement ${index + 1}`
  if (!isObject(value)) throw new Error(`${where} must be a JSON object`)
  if (value.Effect !== 'Allow' && value.Effect !== 'Deny') {
    throw new Error(`${where} needs "Effect": "Allow" or "Deny"`)
  }
  const statement: PolicyStatement = { Effect: value.Effect }
  if (value.Sid !== undefined) {
    if (typeof value.Sid !== 'string') throw new Error(`${where}: Sid must be a string`)
    statement.Sid = value.Sid
  }
  for (const field of STRING_LIST_FIELDS) {
    if (value[field] !== undefined)
      statement[field] = stringOrList(value[field], `${where} ${field}`)
  }
  if (value.Principal !== undefined) {
    statement.Principal = value.Principal === '*' ? '*' : principalMap(value.Principal, where)
  }
  if (value.NotPrincipal !== undefined) {
    statement.NotPrincipal = principalMap(value.NotPrincipal, `${where} NotPrincipal`)
  }
  if (value.Condition !== undefined) statement.Condition = conditionBlock(value.Condition, where)
  return statement
}

function stringOrList(value: unknown, where: string): string | string[] {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value
  throw new Error(`${where} must be a string or a list of strings`)
}

function principalMap(value: unknown, where: string): Record<string, string | string[]> {
  if (!isObject(value)) throw new Error(`${where}: Principal must be "*" or an object`)
  return Object.fromEntries(
    Object.entries(value).map(([type, ids]) => [
      type,
      stringOrList(ids, `${where} Principal.${type}`)
    ])
  )
}

function conditionBlock(value: unknown, where: string): ConditionBlock {
  if (!isObject(value)) throw new Error(`${where}: Condition must be an object`)
  const block: ConditionBlock = {}
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys)) throw new Error(`${where}: Condition.${operator} must be an object`)
    block[operator] = {}
    for (const [key, values] of Object.entries(keys)) {
      block[operator][key] = conditionValues(values, `${where} Condition.${operator}.${key}`)
    }
  }
  return block
}

function conditionValues(value: unknown, where: string): string | string[] | boolean {
  const scalar = (item: unknown): string | boolean => {
    if (typeof item === 'string' || typeof item === 'boolean') return item
    if (typeof item === 'number') return String(item)
    throw new Error(`${where} must be strings, numbers or booleans`)
  }
  if (Array.isArray(value)) return value.map((item) => String(scalar(item)))
  return scalar(value)
}
