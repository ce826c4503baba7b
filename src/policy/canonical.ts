// A canonical form of policy documents in which equivalent documents are equal: order of
// statements, actions and resources ignored, a string equal to a one-element list, action names and
// condition keys compared without case. Policy equivalence lives here and nowhere else.
import type { ConditionBlock, PolicyDocument, PolicyStatement } from '../common/model.ts'

/** A statement in canonical form: every list a sorted, de-duplicated array. */
export interface CanonicalStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: Record<string, string[]>
  NotPrincipal?: Record<string, string[]>
  Action?: string[]
  NotAction?: string[]
  Resource?: string[]
  NotResource?: string[]
  Condition?: Record<string, Record<string, string[]>>
}

export interface CanonicalPolicy {
  Version: string
  Id?: string
  Statement: CanonicalStatement[]
}

export const sortedUnique = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

export const asList = (value: string | string[]): string[] =>
  Array.isArray(value) ? value : [value]

function canonicalPrincipal(principal: '*' | Record<string, string | string[]>) {
  // IAM treats "Principal": "*" as {"AWS": "*"}.
  const map = principal === '*' ? { AWS: '*' } : principal
  return Object.fromEntries(
    Object.keys(map)
      .sort()
      .map((type) => [type, sortedUnique(asList(map[type] ?? []))])
  )
}

/**
 * Condition keys are case-insensitive in IAM, operators are not; values are ORed, so their order
 * does not matter; booleans and numbers compare as their string form.
 */
function canonicalCondition(condition: ConditionBlock) {
  const block: Record<string, Record<string, string[]>> = {}
  for (const operator of Object.keys(condition).sort()) {
    const keys: Record<string, string[]> = {}
    for (const [key, values] of Object.entries(condition[operator] ?? {})) {
      const lower = key.toLowerCase()
      const strings = (Array.isArray(values) ? values : [values]).map(String)
      keys[lower] = sortedUnique([...(keys[lower] ?? []), ...strings])
    }
    block[operator] = Object.fromEntries(
      Object.keys(keys)
        .sort()
        .map((key) => [key, keys[key] ?? []])
    )
  }
  return block
}

/** Action names are case-insensitive in IAM (service prefix and action alike). */
const canonicalActions = (actions: string | string[]) =>
  sortedUnique(asList(actions).map((action) => action.toLowerCase()))

export function canonicalStatement(statement: PolicyStatement): CanonicalStatement {
  const canonical: CanonicalStatement = {
    ...(statement.Sid !== undefined && statement.Sid !== '' ? { Sid: statement.Sid } : {}),
    Effect: statement.Effect
  }
  if (statement.Principal !== undefined) {
    canonical.Principal = canonicalPrincipal(statement.Principal)
  }
  if (statement.NotPrincipal !== undefined) {
    canonical.NotPrincipal = canonicalPrincipal(statement.NotPrincipal)
  }
  if (statement.Action !== undefined) {
    canonical.Action = canonicalActions(statement.Action)
  }
  if (statement.NotAction !== undefined) {
    canonical.NotAction = canonicalActions(statement.NotAction)
  }
  if (statement.Resource !== undefined) {
    canonical.Resource = sortedUnique(asList(statement.Resource))
  }
  if (statement.NotResource !== undefined) {
    canonical.NotResource = sortedUnique(asList(statement.NotResource))
  }
  if (statement.Condition !== undefined && Object.keys(statement.Condition).length > 0) {
    canonical.Condition = canonicalCondition(statement.Condition)
  }
  return canonical
}

/** Sort key of a canonical statement: statements with a Sid first, by Sid; the rest by content. */
function statementKey(statement: CanonicalStatement): string {
  return statement.Sid !== undefined ? `0${statement.Sid}` : `1${JSON.stringify(statement)}`
}

/**
 * The canonical form: equal for documents IAM treats alike up to the order of statements, actions,
 * resources and condition values, a string versus a one-element list, the case of action names and
 * condition keys, the Principal "*" shorthand, and duplicate statements. Keys come in a fixed order.
 */
export function normalizePolicy(document: PolicyDocument): CanonicalPolicy {
  const byKey = new Map<string, CanonicalStatement>()
  for (const statement of document.Statement) {
    const canonical = canonicalStatement(statement)
    byKey.set(`${statementKey(canonical)}\u0000${JSON.stringify(canonical)}`, canonical)
  }
  const Statement = sortedUnique(byKey.keys()).map((key) => byKey.get(key) as CanonicalStatement)
  const { Version, Id } = document
  return Id !== undefined ? { Version, Id, Statement } : { Version, Statement }
}

/** Equal in canonical form, Sid and Version included. */
export function policiesEqual(a: PolicyDocument, b: PolicyDocument): boolean {
  return JSON.stringify(normalizePolicy(a)) === JSON.stringify(normalizePolicy(b))
}

/** Equal in canonical form once Sids and Version are ignored: they do not change access. */
export function policiesEquivalent(a: PolicyDocument, b: PolicyDocument): boolean {
  const withoutLabels = (document: PolicyDocument): PolicyDocument => ({
    Version: '',
    Statement: document.Statement.map(({ Sid: _sid, ...rest }) => rest)
  })
  return policiesEqual(withoutLabels(a), withoutLabels(b))
}

/** Values without repeats that differ only in case (the first spelling kept). */
export const uniqueIgnoringCase = (values: string[]) =>
  values.filter(
    (value, index) => values.findIndex((v) => v.toLowerCase() === value.toLowerCase()) === index
  )

/** An element (Action, Resource...) as a person reads it; its Not- form as `anything but ...`. */
export function describeElement(
  values: string | string[] | undefined,
  notValues: string | string[] | undefined
): string {
  if (values !== undefined) return asList(values).join(', ')
  if (notValues !== undefined) return `anything but ${asList(notValues).join(', ')}`
  return '(none)'
}
