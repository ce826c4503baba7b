// The roles left over: roles this action made for this repository whose agent the config file no
// longer declares (an agent renamed or removed, a pull request's preview). Read once per run, with
// a config file, in every mode: ListRoles under role-path, then GetRole of each AgentCore-named
// role the run does not manage anyway (tags, last use). A role counts only when it is the action's
// own (common/ownership.ts) and tagged with this repository and an agent (set at creation); a role
// made before those tags counts when its description names an agent whose toolkit-derived name is
// the role's own. Nobody else's role is ever listed. A refusal is an answer, in one line.
import { GetRoleCommand, ListRolesCommand, type IAMClient } from '@aws-sdk/client-iam'
import { collectPages, isAccessDenied, isNoSuchEntity } from '../aws/iamResponses.ts'
import { AGENT_TAG, isOwned, REPOSITORY_TAG } from '../common/ownership.ts'
import { parsePolicyDocument } from '../policy/parse.ts'

export interface LeftoverRole {
  name: string
  agent: string
  /** The last time AWS saw the role used (GetRole RoleLastUsed), ISO date; absent: never. */
  lastUsed?: string
  /** Made before the repository tag: matched by the name derived from its description's agent. */
  untagged: boolean
}

export type OrphanReport =
  { status: 'read'; roles: LeftoverRole[] } | { status: 'unknown'; reason: string; roles: [] }

export interface OrphanQuery {
  repository?: string
  rolePath: string
  /** The agents the config file declares now. */
  declared: string[]
  /** Role names the run manages anyway (its agents' roles). */
  managed: string[]
  /** The name the deploy tool gives an agent's role of each kind, for untagged roles. */
  toolNames(agent: string): string[]
}

const AGENTCORE_PREFIX = 'AmazonBedrockAgentCore'
const DESCRIBED_AGENT = [
  /^Execution role for BedrockAgentCore Runtime - ([A-Za-z][A-Za-z0-9_]{0,47})$/,
  /^AgentCore Runtime execution role for [A-Za-z][A-Za-z0-9]*_([A-Za-z][A-Za-z0-9_]{0,47}) \(/
]

/** The suffix two roles of one agent share (`…-{region}-{hash}`), to pair a CodeBuild role. */
const suffixOf = (name: string) => name.split('-').slice(-2).join('-')

export async function readOrphans(iam: IAMClient, query: OrphanQuery): Promise<OrphanReport> {
  try {
    const listed = await collectPages(
      (Marker) =>
        iam.send(
          new ListRolesCommand({ PathPrefix: query.rolePath, ...(Marker ? { Marker } : {}) })
        ),
      (page) => page.Roles
    )
    const managed = new Set(query.managed.map((name) => name.toLowerCase()))
    const candidates = listed
      .map((role) => role.RoleName ?? '')
      .filter((name) => name.startsWith(AGENTCORE_PREFIX) && !managed.has(name.toLowerCase()))
    const roles = (
      await Promise.all(
        candidates.map((name) =>
          iam.send(new GetRoleCommand({ RoleName: name })).then(
            (answer) => answer.Role,
            (error: unknown) => {
              if (isNoSuchEntity(error)) return undefined
              throw error
            }
          )
        )
      )
    ).flatMap((role) => (role ? [role] : []))
    const declared = new Set(query.declared)
    const described = new Map<string, string>()
    for (const role of roles) {
      for (const pattern of DESCRIBED_AGENT) {
        const agent = pattern.exec(role.Description ?? '')?.[1]
        if (agent && query.toolNames(agent).includes(role.RoleName ?? '')) {
          described.set(suffixOf(role.RoleName ?? ''), agent)
        }
      }
    }
    const leftovers = roles.flatMap((role): LeftoverRole[] => {
      const tags = Object.fromEntries(
        (role.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])
      )
      let trust
      try {
        trust = parsePolicyDocument(role.AssumeRolePolicyDocument ?? '')
      } catch {
        return []
      }
      if (!isOwned({ tags, trustPolicy: trust })) return []
      const name = role.RoleName ?? ''
      const tagged = tags[REPOSITORY_TAG] !== undefined
      if (tagged && tags[REPOSITORY_TAG] !== query.repository) return []
      const agent = tagged ? tags[AGENT_TAG] : described.get(suffixOf(name))
      // An agent name, as AgentCore spells them (a tag value could hold anything else).
      if (!agent || !/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/.test(agent) || declared.has(agent)) return []
      if (!tagged && !query.toolNames(agent).includes(name)) return []
      const lastUsed = role.RoleLastUsed?.LastUsedDate
      return [
        {
          name,
          agent,
          ...(lastUsed ? { lastUsed: new Date(lastUsed).toISOString().slice(0, 10) } : {}),
          untagged: !tagged
        }
      ]
    })
    return { status: 'read', roles: leftovers.sort((a, b) => a.name.localeCompare(b.name)) }
  } catch (error) {
    if (isAccessDenied(error)) {
      return {
        status: 'unknown',
        reason: `roles left over were not looked for: ${(error as Error).message}; allow the caller iam:ListRoles (and iam:GetRole on AmazonBedrockAgentCore*)`,
        roles: []
      }
    }
    throw error
  }
}
