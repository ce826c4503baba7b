// Inputs about the agent, the region and the session: names, codes and numbers AWS or AgentCore
// define, each checked against its documented rule.
import type { DeploymentType, DeployToolId, Mode, Partition, Protocol } from '../common/model.ts'
import { CDK_QUALIFIER_PATTERN } from '../deployTools/agentcoreCli/naming.ts'
import { DEFAULTS } from './defaults.ts'
import { ACCOUNT_ID_PATTERN } from './iamInputs.ts'
import { fail, show, showCharacter } from './messages.ts'

export const MODES: readonly Mode[] = ['apply', 'dry-run', 'verify', 'delete', 'delete-dry-run']
export const DEPLOYMENT_TYPES: readonly DeploymentType[] = ['container', 'direct_code_deploy']
const PROTOCOLS: readonly Protocol[] = ['HTTP', 'MCP', 'A2A']

const AGENT_NAME_RULE = "AgentCore's rule ^[a-zA-Z][a-zA-Z0-9_]{0,47}$"
/** AgentCore's rule for agent (runtime) names, as the starter toolkit and the new CLI check it. */
export const AGENT_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/
const AGENT_NAME_MAX_LENGTH = 48

const REGION_DIRECTIONS = 'north|south|east|west|central|northeast|northwest|southeast|southwest'
/** Region codes of the partitions this action supports: aws, aws-cn, aws-us-gov. */
const REGION_PATTERN = new RegExp(
  `^(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:${REGION_DIRECTIONS})-\\d{1,2}$`
)
/** Isolated and sovereign partitions: real regions, but not ones this action can address. */
const UNSUPPORTED_PARTITION_REGION = /^(?:us-iso[a-z]?|eu-isoe|eusc)-/

const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/
const SESSION_NAME_MAX_LENGTH = 64
/** AgentCore memory ids (GetMemory's memoryId): name, '-', 10 alphanumerics. */
const MEMORY_ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,99}-[a-zA-Z0-9]{10}$/
/** ECR repository names: lowercase components separated by '/', each may use . _ - inside. */
const ECR_REPOSITORY_PATTERN = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/
const ECR_REPOSITORY_LENGTH = { min: 2, max: 256 }
const DURATION_SECONDS = { min: 900, max: 43200 }

/** HTTP, MCP or A2A, in any case. */
export function parseProtocol(raw: string): Protocol {
  if (raw === '') return DEFAULTS.protocol
  const match = PROTOCOLS.find((protocol) => protocol === raw.toUpperCase())
  if (match === undefined) fail('protocol', `${show(raw)} is not one of ${PROTOCOLS.join(', ')}.`)
  return match
}

export function parseAgentName(raw: string): string {
  const rule = `use letters, digits and underscores, starting with a letter (${AGENT_NAME_RULE}).`
  if (raw === '') fail('agent-name', `is required; ${rule}`)
  if (AGENT_NAME_PATTERN.test(raw)) return raw
  const characters = [...raw]
  const badIndex = characters.findIndex((character, index) =>
    index === 0 ? !/^[a-zA-Z]$/.test(character) : !/^[a-zA-Z0-9_]$/.test(character)
  )
  const bad = characters[badIndex]
  if (badIndex === 0 && bad !== undefined) {
    fail('agent-name', `${show(raw)} starts with ${showCharacter(bad)}; ${rule}`)
  }
  if (bad !== undefined) {
    fail(
      'agent-name',
      `${show(raw)} has ${showCharacter(bad)} at position ${badIndex + 1}; ${rule}`
    )
  }
  return fail(
    'agent-name',
    `${show(raw)} is ${characters.length} characters long, over the limit of ${AGENT_NAME_MAX_LENGTH} (${AGENT_NAME_RULE}).`
  )
}

/** Every agent of the config file. */
export const ALL_AGENTS = '*'

/**
 * agent-name: one agent, several (separated by commas or new lines), or `*` for every agent of
 * config-file. Each name is checked against AgentCore's rule; a name given twice is refused.
 */
export function parseAgentNames(raw: string): string[] {
  const names = raw
    .split(/[\r\n,]+/)
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 0) return [parseAgentName('')]
  if (names.includes(ALL_AGENTS)) {
    if (names.length > 1) {
      fail(
        'agent-name',
        `"*" stands for every agent of config-file; give it alone, not with other names.`
      )
    }
    return [ALL_AGENTS]
  }
  const seen = new Set<string>()
  for (const name of names) {
    parseAgentName(name)
    if (seen.has(name)) fail('agent-name', `${show(name)} is given twice; name each agent once.`)
    seen.add(name)
  }
  return names
}

export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

export function parseRegion(raw: string, env: NodeJS.ProcessEnv): string {
  const fromEnv = [
    { name: 'AWS_REGION', value: env.AWS_REGION?.trim() },
    { name: 'AWS_DEFAULT_REGION', value: env.AWS_DEFAULT_REGION?.trim() }
  ].find((candidate) => candidate.value)
  const region = raw || fromEnv?.value
  if (!region) {
    return fail(
      'aws-region',
      'is not set, nor is AWS_REGION or AWS_DEFAULT_REGION; set aws-region, e.g. us-east-1.'
    )
  }
  if (REGION_PATTERN.test(region)) return region
  const given = raw ? show(region) : `${show(region)} (from ${fromEnv?.name})`
  if (REGION_PATTERN.test(region.toLowerCase())) {
    fail('aws-region', `${given} must be lower case: ${region.toLowerCase()}.`)
  }
  if (UNSUPPORTED_PARTITION_REGION.test(region)) {
    fail(
      'aws-region',
      `${given} is in an isolated or sovereign partition; this action supports the aws, aws-cn and aws-us-gov partitions.`
    )
  }
  return fail(
    'aws-region',
    `${given} is not an AWS region code; use one like us-east-1, eu-central-1, ap-southeast-5, cn-north-1 or us-gov-west-1.`
  )
}

export function parseDuration(raw: string): number {
  if (raw === '') return DEFAULTS.roleDurationSeconds
  const range = `${DURATION_SECONDS.min} to ${DURATION_SECONDS.max}`
  if (!/^\d+$/.test(raw)) {
    fail('role-duration-seconds', `${show(raw)} is not a whole number of seconds; use ${range}.`)
  }
  const seconds = Number(raw)
  if (seconds < DURATION_SECONDS.min || seconds > DURATION_SECONDS.max) {
    fail('role-duration-seconds', `${seconds} is out of range; STS accepts ${range} seconds.`)
  }
  return seconds
}

/** An OIDC audience: 1 to 255 printable ASCII characters, no white space. */
const AUDIENCE_PATTERN = /^[\x21-\x7e]{1,255}$/

export function parseAudience(raw: string): string {
  if (raw === '') return DEFAULTS.audience
  if (AUDIENCE_PATTERN.test(raw)) return raw
  const bad = [...raw].find((character) => !/^[\x21-\x7e]$/.test(character))
  return fail(
    'audience',
    bad === undefined
      ? `${show(raw)} is longer than 255 characters; use the audience of the OIDC provider in IAM (default ${DEFAULTS.audience}).`
      : `${show(raw)} has ${showCharacter(bad)}; an audience is printable ASCII without spaces (default ${DEFAULTS.audience}).`
  )
}

/** Default session name: names the action, the repository and the run, so CloudTrail shows who. */
export function defaultSessionName(env: NodeJS.ProcessEnv): string {
  const sanitize = (text: string): string => text.replace(/[^\w+=,.@-]/g, '-')
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).map(String).join('-')
  const prefix = 'agentcore-role-action'
  const repository = sanitize(env.GITHUB_REPOSITORY?.split('/').pop() ?? '')
  const room = SESSION_NAME_MAX_LENGTH - prefix.length - (run ? run.length + 1 : 0) - 1
  const parts = [prefix, repository.slice(0, Math.max(0, room)), sanitize(run)]
  return parts.filter(Boolean).join('-').slice(0, SESSION_NAME_MAX_LENGTH)
}

export function parseSessionName(raw: string, env: NodeJS.ProcessEnv): string {
  if (raw === '') return defaultSessionName(env)
  if (SESSION_NAME_PATTERN.test(raw)) return raw
  return fail(
    'role-session-name',
    `${show(raw)} is not a valid session name; use 2 to 64 of letters, digits and +=,.@_-.`
  )
}

export function parseMemoryId(raw: string): string | undefined {
  if (raw === '') return undefined
  if (MEMORY_ID_PATTERN.test(raw)) return raw
  const idInArn = /:memory\/([^/]+)$/.exec(raw)?.[1]
  if (raw.startsWith('arn:') && idInArn) {
    fail('memory-id', `${show(raw)} is an ARN; give the memory id alone: ${show(idInArn)}.`)
  }
  return fail(
    'memory-id',
    `${show(raw)} is not an AgentCore memory id (a name, "-" and 10 letters or digits, e.g. my_memory-a1b2c3d4e5; AgentCore's rule [a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}).`
  )
}

export function parseEcrRepository(raw: string): string | undefined {
  if (raw === '') return undefined
  const input = 'ecr-repository'
  const registryHost = /^[^/]*\.amazonaws\.com(?:\.cn)?\/(.+)$/.exec(raw)
  if (registryHost?.[1]) {
    fail(
      input,
      `${show(raw)} is an image URI; give the repository name alone: ${show(registryHost[1].replace(/:[^/]*$/, ''))}.`
    )
  }
  if (raw.length < ECR_REPOSITORY_LENGTH.min || raw.length > ECR_REPOSITORY_LENGTH.max) {
    fail(
      input,
      `${show(raw)} must be ${ECR_REPOSITORY_LENGTH.min} to ${ECR_REPOSITORY_LENGTH.max} characters long.`
    )
  }
  if (!ECR_REPOSITORY_PATTERN.test(raw)) {
    const lower = raw.toLowerCase()
    const hint = ECR_REPOSITORY_PATTERN.test(lower) ? ` (lower case: ${show(lower)})` : ''
    fail(
      input,
      `${show(raw)} is not an ECR repository name${hint}; use lowercase letters and digits, separated by ".", "_", "-" or "/".`
    )
  }
  return raw
}

export function parseAccountIds(raw: string): string[] {
  const ids = raw.split(/[\s,]+/).filter(Boolean)
  const bad = ids.find((id) => !ACCOUNT_ID_PATTERN.test(id))
  if (bad !== undefined) {
    fail(
      'allowed-account-ids',
      `${show(bad)} is not an AWS account id (12 digits); separate ids with commas.`
    )
  }
  return ids
}

/**
 * The deploy tool, from config-file's name: an `agentcore.json` is the project file of the new
 * AgentCore CLI (`@aws/agentcore`); anything else (or none) is the starter toolkit's YAML.
 */
export function deployToolOfConfigFile(configFile: string): DeployToolId {
  return /(?:^|[\\/])agentcore\.json$/.test(configFile) ? 'agentcore-cli' : 'starter-toolkit'
}

/** cdk-qualifier: as `cdk bootstrap --qualifier` accepts it (letters, digits, - and _, at most 10). */
export function parseCdkQualifier(raw: string): string {
  if (raw === '') return DEFAULTS.cdkQualifier
  if (!CDK_QUALIFIER_PATTERN.test(raw)) {
    fail(
      'cdk-qualifier',
      `${show(raw)} is not a CDK bootstrap qualifier (1 to 10 letters, digits, - or _, as given to cdk bootstrap --qualifier); the default is ${DEFAULTS.cdkQualifier}.`
    )
  }
  return raw
}
