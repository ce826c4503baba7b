// Missing grants in words, for findings: one line per statement, its actions on its resources.
import type { ConditionBlock, PolicyStatement } from '../common/model.ts'
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
  return grouped(grants).map(({ first, actions, resources }) =>
    describeGrant({ ...first, action: actions.join(', '), resource: resources.join(', ') })
  )
}

/**
 * Grants sharing Sid, Effect, conditions and denial, as `actions on resources` groups that stand
 * for exactly the grants (all combinations of their actions and resources), else one per grant.
 */
function grouped(
  grants: MissingGrant[]
): Array<{ first: MissingGrant; actions: string[]; resources: string[] }> {
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
      ? [{ first, actions, resources }]
      : group.map((grant) => ({
          first: grant,
          actions: [grant.action],
          resources: [grant.resource]
        }))
  })
}

/**
 * The statements that add exactly these grants (none wider), ready to paste into a policy of the
 * role's owner: Sid and conditions as the required policy has them.
 */
export function grantStatements(grants: MissingGrant[]): PolicyStatement[] {
  const used = new Map<string, number>()
  // IAM needs the Sids of one policy to be unique: a statement split in two gets numbered Sids.
  const sidOf = (sid: string) => {
    const seen = used.get(sid) ?? 0
    used.set(sid, seen + 1)
    return seen === 0 ? sid : `${sid}${seen + 1}`
  }
  return grouped(grants).map(({ first, actions, resources }) => ({
    ...(first.sid ? { Sid: sidOf(first.sid) } : {}),
    Effect: first.effect,
    Action: actions.length === 1 ? (actions[0] as string) : actions,
    Resource: resources.length === 1 ? (resources[0] as string) : resources,
    ...(first.condition ? { Condition: first.condition as ConditionBlock } : {})
  }))
}
