// Missing grants in words, for findings: one line per statement, its actions on its resources.
import type { MissingGrant } from './coverage.ts'

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
