// The one ownership rule: which existing roles this action may rewrite without the user's opt-in
// (manage-existing-roles). It is applied wherever a role is found existing: in the read wave, when
// CreateRole answers EntityAlreadyExists (another writer won a race, or IAM's eventual consistency
// hid the role from the read), and on retries.
//
// A role is the action's own when it carries the ownership tag (exactly managed-by =
// agentcore-role-action, which the action sets only in CreateRole, atomically with the role), and
// nobody else has visibly taken it over: its trust policy lets only AWS services assume it. A role
// opened to accounts, users, federated or anonymous principals was changed by someone for their
// own use; it is verified and reported, never rewritten, until the user opts in.
import type { CurrentRole, PolicyStatement } from './model.ts'

/** The tag marking roles this action created; only such roles are rewritten without opt-in. */
export const MANAGED_BY_TAG = { key: 'managed-by', value: 'agentcore-role-action' } as const

/** Set at creation: which repository, and which agent of it, a role was made for. */
export const REPOSITORY_TAG = 'agentcore-role-action:repository'
export const AGENT_TAG = 'agentcore-role-action:agent'

/** Principals of an Allow statement other than AWS services ('*' included). */
function foreignPrincipals(statement: PolicyStatement): boolean {
  if (statement.Effect !== 'Allow') return false
  if (statement.NotPrincipal !== undefined) return true
  const principal = statement.Principal
  if (principal === undefined) return false
  if (principal === '*') return true
  return Object.keys(principal).some((kind) => kind !== 'Service')
}

/** Carries the ownership tag, exactly as the action writes it. */
export function carriesOwnershipTag(role: Pick<CurrentRole, 'tags'>): boolean {
  return role.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value
}

/** The rule: the ownership tag, and a trust policy that trusts AWS services only. */
export function isOwned(role: Pick<CurrentRole, 'tags' | 'trustPolicy'>): boolean {
  return carriesOwnershipTag(role) && !role.trustPolicy.Statement.some(foreignPrincipals)
}

/** Why a role is not the action's own, for findings and errors. */
export function whyNotOwned(role: Pick<CurrentRole, 'tags' | 'trustPolicy'>): string {
  return carriesOwnershipTag(role)
    ? `its trust policy lets principals other than AWS services assume it, so someone else changed it (it carries the ${MANAGED_BY_TAG.key} tag)`
    : `no ${MANAGED_BY_TAG.key} tag`
}
