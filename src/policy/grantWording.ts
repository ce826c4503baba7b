// Missing grants in words, for findings: one line per statement, its actions on its resources.
import { asList } from './canonical.ts'
import type { MissingGrant } from './coverage.ts'

export function describeElement(
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
