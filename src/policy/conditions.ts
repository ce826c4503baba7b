// IAM condition operators, evaluated against the values a request carries: the one place the
// action decides whether a Condition holds. Used by the evaluator (evaluator.ts) both for a
// concrete request (the PassRole fallback: every key of the request is known) and for a required
// grant whose conditions pin some keys to values (verification: other keys are unknown).
//
// IAM's rules (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Condition
// with multiple context keys or values"): condition key names ignore case, values do not (but for
// *IgnoreCase operators); values of one key are ORed, keys and operators ANDed; a key absent from
// the request fails a condition, except `...IfExists`, negated operators, `ForAllValues:` and
// `Null`; negated operators hold when no value matches.
import { BlockList, isIP } from 'node:net'
import { patternCovers } from './patterns.ts'

export type ConditionAnswer = 'holds' | 'fails' | 'unknown'

/** What a request carries: condition keys (lower case) and their values. */
export interface RequestContext {
  values: Record<string, string[]>
  /** True when every key of the request is known: a missing key is absent, not unknown. */
  complete: boolean
}

type Compare = (requestValue: string, policyValue: string) => boolean | undefined

const asNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value))
const asDate = (value: string) => (/^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value))

function ordered(
  read: (value: string) => number,
  test: (a: number, b: number) => boolean
): Compare {
  return (requestValue, policyValue) => {
    const a = read(requestValue)
    const b = read(policyValue)
    return Number.isNaN(a) || Number.isNaN(b) ? false : test(a, b)
  }
}

/** ARNs compare field by field; the resource field (which may hold colons) as a whole. */
function arnMatches(requestValue: string, policyValue: string, like: boolean): boolean {
  const split = (arn: string) => {
    const fields = arn.split(':')
    return fields.length < 6 ? undefined : [...fields.slice(0, 5), fields.slice(5).join(':')]
  }
  const request = split(requestValue)
  const policy = split(policyValue)
  if (!request || !policy) return false
  return policy.every((field, index) =>
    like ? patternCovers(field, request[index] as string, false) : field === request[index]
  )
}

function ipMatches(requestValue: string, policyValue: string): boolean | undefined {
  const [address, bits] = policyValue.split('/')
  const type = isIP(address ?? '')
  if (type === 0 || isIP(requestValue) === 0) return undefined
  const family = type === 4 ? 'ipv4' : 'ipv6'
  const list = new BlockList()
  const prefix = bits === undefined ? (type === 4 ? 32 : 128) : Number(bits)
  list.addSubnet(address as string, prefix, family)
  return list.check(requestValue, isIP(requestValue) === 4 ? 'ipv4' : 'ipv6')
}

/** The comparison of a base operator (no set prefix, no IfExists), or undefined when unknown. */
function comparison(base: string): { compare: Compare; negated: boolean } | undefined {
  const table: Record<string, Compare> = {
    StringEquals: (a, b) => a === b,
    StringEqualsIgnoreCase: (a, b) => a.toLowerCase() === b.toLowerCase(),
    StringLike: (a, b) => patternCovers(b, a, false),
    NumericEquals: ordered(asNumber, (a, b) => a === b),
    NumericLessThan: ordered(asNumber, (a, b) => a < b),
    NumericLessThanEquals: ordered(asNumber, (a, b) => a <= b),
    NumericGreaterThan: ordered(asNumber, (a, b) => a > b),
    NumericGreaterThanEquals: ordered(asNumber, (a, b) => a >= b),
    DateEquals: ordered(asDate, (a, b) => a === b),
    DateLessThan: ordered(asDate, (a, b) => a < b),
    DateLessThanEquals: ordered(asDate, (a, b) => a <= b),
    DateGreaterThan: ordered(asDate, (a, b) => a > b),
    DateGreaterThanEquals: ordered(asDate, (a, b) => a >= b),
    Bool: (a, b) => a.toLowerCase() === b.toLowerCase(),
    BinaryEquals: (a, b) => a === b,
    IpAddress: ipMatches,
    ArnEquals: (a, b) => arnMatches(a, b, false),
    ArnLike: (a, b) => arnMatches(a, b, true)
  }
  const negations: Record<string, string> = {
    StringNotEquals: 'StringEquals',
    StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
    StringNotLike: 'StringLike',
    NumericNotEquals: 'NumericEquals',
    DateNotEquals: 'DateEquals',
    NotIpAddress: 'IpAddress',
    ArnNotEquals: 'ArnEquals',
    ArnNotLike: 'ArnLike'
  }
  const positive = negations[base]
  if (positive) return { compare: table[positive] as Compare, negated: true }
  const compare = table[base]
  return compare ? { compare, negated: false } : undefined
}

/** Parts of an operator: `ForAnyValue:StringLikeIfExists` → set, base, ifExists. */
function parse(operator: string) {
  const [set, rest] = operator.includes(':')
    ? (operator.split(':', 2) as [string, string])
    : [undefined, operator]
  const ifExists = rest.endsWith('IfExists')
  return { set, base: ifExists ? rest.slice(0, -'IfExists'.length) : rest, ifExists }
}

/** Whether one (operator, key, values) of a statement's Condition holds for the request. */
export function conditionHolds(
  operator: string,
  key: string,
  policyValues: string[],
  request: RequestContext
): ConditionAnswer {
  const { set, base, ifExists } = parse(operator)
  const values = request.values[key.toLowerCase()]
  if (base === 'Null') {
    if (values === undefined && !request.complete) return 'unknown'
    const absent = values === undefined
    return policyValues.some((value) => value.toLowerCase() === String(absent)) ? 'holds' : 'fails'
  }
  const known = comparison(base)
  if (!known || (set !== undefined && set !== 'ForAnyValue' && set !== 'ForAllValues')) {
    return 'unknown'
  }
  if (values === undefined) {
    if (!request.complete) return 'unknown'
    if (set === 'ForAllValues') return 'holds'
    if (set === 'ForAnyValue') return 'fails'
    return ifExists || known.negated ? 'holds' : 'fails'
  }
  const matches = (value: string): boolean | undefined => {
    const answers = policyValues.map((policyValue) => known.compare(value, policyValue))
    if (answers.includes(true)) return true
    return answers.includes(undefined) ? undefined : false
  }
  const perValue = values.map(matches)
  if (perValue.includes(undefined)) return 'unknown'
  const holds = (hit: boolean) => (known.negated ? !hit : hit)
  const result =
    set === 'ForAllValues'
      ? perValue.every((hit) => holds(hit === true))
      : known.negated
        ? perValue.every((hit) => holds(hit === true))
        : perValue.some((hit) => holds(hit === true))
  return result ? 'holds' : 'fails'
}

/** Every (operator, key) of a Condition block: holds when all hold; unknown when one is. */
export function conditionBlockHolds(
  condition: Record<string, Record<string, string[]>> | undefined,
  request: RequestContext
): ConditionAnswer {
  let answer: ConditionAnswer = 'holds'
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      const one = conditionHolds(operator, key, values, request)
      if (one === 'fails') return 'fails'
      if (one === 'unknown') answer = 'unknown'
    }
  }
  return answer
}

/** `${key}` policy variables in a value, from the request; undefined when one is not known. */
export function substituteVariables(value: string, request: RequestContext): string | undefined {
  let unknown = false
  const out = value.replace(/\$\{([^}]+)\}/g, (match, name: string) => {
    if (name === '*' || name === '?' || name === '$') return name
    const [key, fallback] = name.split(/,\s*'/, 2)
    const found = request.values[(key as string).trim().toLowerCase()]?.[0]
    if (found !== undefined) return found
    if (fallback !== undefined) return fallback.replace(/'$/, '')
    unknown = true
    return match
  })
  return unknown ? undefined : out
}
