// Which extra-policy statements hand the agent's runtime role more than an agent should hold: every
// action, every IAM action, iam:PassRole on any role, or "everything but" (Allow with NotAction).
// Such statements fail the step unless the user opts in (allow-broad-extra-policy), and the report
// shows them prominently. Pure.
import type { PolicyStatement } from '../common/model.ts'

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** IAM's action wildcards: `*` any run of characters, `?` one; names compare without case. */
function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.')
  return new RegExp(`^${source}$`).test(action.toLowerCase())
}

/** A resource that names every role: `*`, or a role ARN whose name (and path) is only `*`. */
function coversEveryRole(resource: string): boolean {
  return resource === '*' || /^arn:[^:]*:iam::[^:]*:(?:\*|role\/\*)$/.test(resource)
}

/** Why one Allow statement is broad, or undefined. */
function broadness(statement: PolicyStatement): string | undefined {
  if (statement.Effect !== 'Allow') return undefined
  if (statement.NotAction !== undefined) {
    return `allows every action except ${list(statement.NotAction).join(', ')} (NotAction)`
  }
  const actions = list(statement.Action)
  if (actions.some((action) => actionMatches(action, 'anyservice:AnyAction'))) {
    return 'allows every action ("*")'
  }
  if (actions.some((action) => actionMatches(action, 'iam:AnyAction'))) {
    return 'allows every IAM action ("iam:*")'
  }
  const passRole = actions.some((action) => actionMatches(action, 'iam:PassRole'))
  const everyRole =
    statement.NotResource !== undefined || list(statement.Resource).some(coversEveryRole)
  if (passRole && everyRole) return 'allows iam:PassRole on every role'
  return undefined
}

export interface BroadGrant {
  /** 1-based position in extra-policy. */
  statement: number
  sid?: string
  why: string
}

/** The broad statements of extra-policy, in order. */
export function broadGrants(statements: readonly PolicyStatement[]): BroadGrant[] {
  return statements.flatMap((statement, index) => {
    const why = broadness(statement)
    return why === undefined
      ? []
      : [{ statement: index + 1, ...(statement.Sid ? { sid: statement.Sid } : {}), why }]
  })
}

/** One grant in words: `statement 2 (Sid AdminAccess) allows every action ("*")`. */
export function describeBroadGrant(grant: BroadGrant): string {
  return `statement ${grant.statement}${grant.sid ? ` (Sid ${grant.sid})` : ''} ${grant.why}`
}
