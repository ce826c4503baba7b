// Semantic comparison of IAM policy documents: parsing IAM's URL-encoded form, a canonical form
// in which equivalent documents are equal, and coverage (does a set of policies grant at least
// what a required policy grants?).

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

// ---------------------------------------------------------------------------------------------
// Canonical form

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

const sortedUnique = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value])

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

function canonicalStatement(statement: PolicyStatement): CanonicalStatement {
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

// ---------------------------------------------------------------------------------------------
// Wildcard patterns (IAM's * and ?)

/**
 * True when every string matched by `required` (a pattern itself; a plain string matches only
 * itself) is matched by `pattern`. A '*' or '?' in `required` is only covered by a wildcard of
 * `pattern` that matches at least as much, never by a literal character.
 */
export function patternCovers(pattern: string, required: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern
  const r = ignoreCase ? required.toLowerCase() : required
  const memo = new Map<number, boolean>()
  const covers = (i: number, j: number): boolean => {
    const key = i * (r.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (i === p.length) result = j === r.length
    else if (p[i] === '*') result = covers(i + 1, j) || (j < r.length && covers(i, j + 1))
    else if (j === r.length || r[j] === '*') result = false
    else if (p[i] === '?') result = covers(i + 1, j + 1)
    else result = r[j] !== '?' && p[i] === r[j] && covers(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return covers(0, 0)
}

/** True when some string is matched by both patterns. */
export function patternsOverlap(a: string, b: string, ignoreCase = false): boolean {
  const x = ignoreCase ? a.toLowerCase() : a
  const y = ignoreCase ? b.toLowerCase() : b
  const memo = new Map<number, boolean>()
  const overlap = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (i === x.length && j === y.length) result = true
    else if (x[i] === '*') result = overlap(i + 1, j) || (j < y.length && overlap(i, j + 1))
    else if (y[j] === '*') result = overlap(i, j + 1) || (i < x.length && overlap(i + 1, j))
    else if (i === x.length || j === y.length) result = false
    else result = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && overlap(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return overlap(0, 0)
}

// ---------------------------------------------------------------------------------------------
// Coverage

/** One grant (action on resource, under conditions) a required policy has and the others lack. */
export interface MissingGrant {
  sid?: string
  effect: 'Allow' | 'Deny'
  /** One action; for a statement that can only be matched whole, its NotAction list. */
  action: string
  /** One resource; for a statement that can only be matched whole, its NotResource list. */
  resource: string
  condition?: Record<string, Record<string, string[]>>
  /** Granted, but an explicit Deny of the granted policies takes it away. */
  denied: boolean
}

export interface Coverage {
  covered: boolean
  missing: MissingGrant[]
}

/** How a statement's Action/NotAction (or Resource/NotResource) relates to one required value. */
function elementMatches(
  values: string[] | undefined,
  notValues: string[] | undefined,
  required: string,
  ignoreCase: boolean,
  mode: 'grants-all' | 'touches'
): boolean {
  // 'grants-all': the element applies to every string the required value stands for (used for
  // Allow); 'touches': it applies to at least one of them (used for Deny, which wins if it might).
  if (values !== undefined) {
    return values.some((value) =>
      mode === 'grants-all'
        ? patternCovers(value, required, ignoreCase)
        : patternsOverlap(value, required, ignoreCase)
    )
  }
  if (notValues !== undefined) {
    return !notValues.some((value) =>
      mode === 'grants-all'
        ? patternsOverlap(value, required, ignoreCase)
        : patternCovers(value, required, ignoreCase)
    )
  }
  return false
}

function appliesTo(
  statement: CanonicalStatement,
  action: string,
  resource: string,
  mode: 'grants-all' | 'touches'
): boolean {
  return (
    elementMatches(statement.Action, statement.NotAction, action, true, mode) &&
    elementMatches(statement.Resource, statement.NotResource, resource, false, mode)
  )
}

/**
 * Are the required values at least as narrow as the granted ones, for one operator? Values are
 * ORed: for a positive operator every required value must be allowed by some granted value; for a
 * negated one (StringNotEquals, ArnNotLike, NotIpAddress...) every granted exclusion must also be
 * excluded by the required side. Like/Arn operators compare values as wildcard patterns.
 */
function valuesImplied(operator: string, granted: string[], required: string[]): boolean {
  const wildcard = /like|arn/i.test(operator)
  const ignoreCase = /ignorecase/i.test(operator)
  const covers = (outer: string, inner: string) =>
    wildcard
      ? patternCovers(outer, inner, ignoreCase)
      : ignoreCase
        ? outer.toLowerCase() === inner.toLowerCase()
        : outer === inner
  if (/not/i.test(operator)) return granted.every((g) => required.some((r) => covers(r, g)))
  return required.every((r) => granted.some((g) => covers(g, r)))
}

/**
 * True when the `granted` conditions are no more restrictive than the `required` ones: each of
 * the granted constraints (operator, key, values) is also imposed by the required conditions.
 */
export function conditionsImplied(
  granted: CanonicalStatement['Condition'],
  required: CanonicalStatement['Condition']
): boolean {
  for (const [operator, keys] of Object.entries(granted ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      const requiredValues = required?.[operator]?.[key]
      if (requiredValues === undefined || !valuesImplied(operator, values, requiredValues)) {
        return false
      }
    }
  }
  return true
}

/** Statements with Action and Resource split into grants; others (NotAction...) compare whole. */
const expandable = (s: CanonicalStatement) => s.Action !== undefined && s.Resource !== undefined

/**
 * Does the set of `granted` policies grant everything `required` grants?
 *
 * Each (action, resource) of each required statement must be granted by one granted statement of
 * the same Effect whose Action/NotAction and Resource/NotResource apply to it (IAM wildcards,
 * actions case-insensitive; a wildcard in the required value is taken literally, so a granted
 * `repository/*` covers a required `repository/x` but not the reverse) and whose Condition is no
 * more restrictive than the required statement's. For Allow, a granted Deny that might apply
 * (patterns overlap) and whose conditions hold whenever the required ones do takes the grant
 * away; a Deny with other conditions applies only to some requests and is not counted. Required
 * statements using NotAction/NotResource cannot be split into grants and must be present whole
 * (equal in canonical form, Sid aside). Principals are not compared: these are identity policies.
 */
export function coverage(required: PolicyDocument, granted: PolicyDocument[]): Coverage {
  const grantedStatements = granted.flatMap((document) => normalizePolicy(document).Statement)
  const missing: MissingGrant[] = []
  // Required statements in document order, actions and resources as written, so that findings
  // read like the policy; matching itself uses the canonical form.
  for (const written of required.Statement) {
    const statement = canonicalStatement(written)
    const base = {
      ...(statement.Sid !== undefined ? { sid: statement.Sid } : {}),
      effect: statement.Effect,
      ...(statement.Condition !== undefined ? { condition: conditionAsWritten(written) } : {})
    }
    if (!expandable(statement)) {
      const unlabelled = JSON.stringify({ ...statement, Sid: undefined })
      if (!grantedStatements.some((g) => JSON.stringify({ ...g, Sid: undefined }) === unlabelled)) {
        missing.push({
          ...base,
          action: describeElement(written.Action, written.NotAction),
          resource: describeElement(written.Resource, written.NotResource),
          denied: false
        })
      }
      continue
    }
    for (const action of uniqueIgnoringCase(asList(written.Action ?? []))) {
      for (const resource of new Set(asList(written.Resource ?? []))) {
        const granting = grantedStatements.some(
          (g) =>
            g.Effect === statement.Effect &&
            appliesTo(g, action, resource, 'grants-all') &&
            conditionsImplied(g.Condition, statement.Condition)
        )
        const denied =
          statement.Effect === 'Allow' &&
          grantedStatements.some(
            (g) =>
              g.Effect === 'Deny' &&
              appliesTo(g, action, resource, 'touches') &&
              conditionsImplied(g.Condition, statement.Condition)
          )
        if (!granting || denied) missing.push({ ...base, action, resource, denied: granting })
      }
    }
  }
  return { covered: missing.length === 0, missing }
}

/** The statement's conditions with keys as written, values as sorted string lists. */
const conditionAsWritten = (statement: PolicyStatement) =>
  Object.fromEntries(
    Object.entries(statement.Condition ?? {}).map(([operator, keys]) => [
      operator,
      Object.fromEntries(
        Object.entries(keys).map(([key, values]) => [
          key,
          sortedUnique([values].flat().map(String))
        ])
      )
    ])
  )

const uniqueIgnoringCase = (values: string[]) =>
  values.filter(
    (value, index) => values.findIndex((v) => v.toLowerCase() === value.toLowerCase()) === index
  )

function describeElement(
  values: string | string[] | undefined,
  notValues: string | string[] | undefined
): string {
  if (values !== undefined) return asList(values).join(', ')
  if (notValues !== undefined) return `anything but ${asList(notValues).join(', ')}`
  return '(none)'
}

/** One line for a person: `Deny s3:GetObject on arn:… when StringEquals aws:x = a | b`. */
export function describeGrant(grant: MissingGrant): string {
  const effect = grant.effect === 'Deny' ? 'Deny ' : ''
  const conditions = Object.entries(grant.condition ?? {}).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, values]) => `${operator} ${key} = ${values.join(' | ')}`)
  )
  const when = conditions.length > 0 ? ` when ${conditions.join(' and ')}` : ''
  return `${effect}${grant.action} on ${grant.resource}${when}`
}

/**
 * Lines for a person, fewer than one per grant: grants sharing Sid, Effect, conditions and
 * denial are written as one `actions on resources` line when they are exactly all combinations
 * of those actions and resources, else one line each.
 */
export function summarizeGrants(grants: MissingGrant[]): string[] {
  const groups = new Map<string, MissingGrant[]>()
  for (const grant of grants) {
    const key = JSON.stringify([grant.sid, grant.effect, grant.condition, grant.denied])
    groups.set(key, [...(groups.get(key) ?? []), grant])
  }
  return [...groups.values()].flatMap((group) => {
    const actions = [...new Set(group.map((grant) => grant.action))]
    const resources = [...new Set(group.map((grant) => grant.resource))]
    const first = group[0] as MissingGrant
    return actions.length * resources.length === group.length
      ? [describeGrant({ ...first, action: actions.join(', '), resource: resources.join(', ') })]
      : group.map(describeGrant)
  })
}

// ---------------------------------------------------------------------------------------------
// Trust policies

const principalNames = (statement: CanonicalStatement, type: string) =>
  (statement.Principal?.[type] ?? []).map((name) => name.toLowerCase())

/**
 * Does the `current` trust policy let the services of `desired` assume the role?
 *
 * `exact` (toolkit-named roles): the documents must be equal in canonical form, Sid and Version
 * included, because the toolkit rejects an auto-named runtime role whose trust policy differs.
 * Otherwise (a role the user named) each desired Allow statement needs a current Allow statement
 * naming the desired service principals, allowing the desired actions, with conditions no looser
 * than the desired ones (each desired constraint imposed, possibly more narrowly); and no current
 * Deny for that service (or every principal) whose conditions hold whenever those do.
 */
export function trustSatisfied(
  desired: PolicyDocument,
  current: PolicyDocument,
  options: { exact: boolean }
): boolean {
  if (options.exact) return policiesEqual(desired, current)
  const currentStatements = normalizePolicy(current).Statement
  return normalizePolicy(desired)
    .Statement.filter((statement) => statement.Effect === 'Allow')
    .every((wanted) => {
      const services = principalNames(wanted, 'Service')
      const actions = wanted.Action ?? []
      const deniedWhen = (candidate: CanonicalStatement) =>
        currentStatements.some(
          (deny) =>
            deny.Effect === 'Deny' &&
            (principalNames(deny, 'AWS').includes('*') ||
              services.some((service) => principalNames(deny, 'Service').includes(service))) &&
            actions.some((action) =>
              elementMatches(deny.Action, deny.NotAction, action, true, 'touches')
            ) &&
            conditionsImplied(deny.Condition, candidate.Condition)
        )
      return currentStatements.some(
        (candidate) =>
          candidate.Effect === 'Allow' &&
          services.every((service) => principalNames(candidate, 'Service').includes(service)) &&
          actions.every((action) =>
            elementMatches(candidate.Action, candidate.NotAction, action, true, 'grants-all')
          ) &&
          conditionsImplied(wanted.Condition, candidate.Condition) &&
          !deniedWhen(candidate)
      )
    })
}
