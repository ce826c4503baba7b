// Every input of action.yml, parsed and validated in one place, before any AWS call.
// Each rejection is one line that names the input, says what is wrong and how to fix it.
import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import * as log from '../common/log.ts'
import { InputError } from '../common/errors.ts'
import { broadGrants, describeBroadGrant } from '../desired/extraPolicyGrants.ts'
import { MANAGED_BY_TAG } from '../desired/naming.ts'
import {
  jsonErrorPosition,
  locateWorkspaceFile,
  workspaceRoot,
  WorkspaceFileError
} from '../common/workspaceFile.ts'
import type {
  ActionInputs,
  ConditionBlock,
  DeploymentType,
  Mode,
  Partition,
  PolicyStatement,
  Protocol
} from '../common/model.ts'

/** Reads one input by name, '' when unset (like core.getInput). */
export type InputReader = (name: string) => string

/** Defaults, as action.yml declares them (used when the reader returns '', e.g. in local runs). */
const DEFAULTS = {
  audience: 'sts.amazonaws.com',
  roleDurationSeconds: 3600,
  mode: 'apply',
  deploymentType: 'container',
  protocol: 'HTTP',
  rolePath: '/'
} as const

const MODES: readonly Mode[] = ['apply', 'dry-run', 'verify']
const DEPLOYMENT_TYPES: readonly DeploymentType[] = ['container', 'direct_code_deploy']
const PROTOCOLS: readonly Protocol[] = ['HTTP', 'MCP', 'A2A']

const AGENT_NAME_RULE = "AgentCore's rule ^[a-zA-Z][a-zA-Z0-9_]{0,47}$"
const AGENT_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/
const AGENT_NAME_MAX_LENGTH = 48

const REGION_DIRECTIONS = 'north|south|east|west|central|northeast|northwest|southeast|southwest'
/** Region codes of the partitions this action supports: aws, aws-cn, aws-us-gov. */
const REGION_PATTERN = new RegExp(
  `^(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:${REGION_DIRECTIONS})-\\d{1,2}$`
)
/** Isolated and sovereign partitions: real regions, but not ones this action can address. */
const UNSUPPORTED_PARTITION_REGION = /^(?:us-iso[a-z]?|eu-isoe|eusc)-/

/** IAM role (and user) names: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html */
const ROLE_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/
const POLICY_NAME_PATTERN = /^[\w+=,.@-]{1,128}$/
/** IAM paths: '/' or '/a/b/' of printable ASCII, at most 512 characters. */
const IAM_PATH_PATTERN = /^\/(?:[\x21-\x7e]*\/)?$/
const IAM_PATH_MAX_LENGTH = 512
const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/
const SESSION_NAME_MAX_LENGTH = 64
const ACCOUNT_ID_PATTERN = /^\d{12}$/
/** AgentCore memory ids (GetMemory's memoryId): name, '-', 10 alphanumerics. */
const MEMORY_ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,99}-[a-zA-Z0-9]{10}$/
/** ECR repository names: lowercase components separated by '/', each may use . _ - inside. */
const ECR_REPOSITORY_PATTERN = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/
const ECR_REPOSITORY_LENGTH = { min: 2, max: 256 }
const DURATION_SECONDS = { min: 900, max: 43200 }

/** IAM tag rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const TAG_KEY_MAX_LENGTH = 128
const TAG_VALUE_MAX_LENGTH = 256
/** IAM allows 50 tags per role; the desired state adds the managed-by tag. */
const MAX_USER_TAGS = 49

const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
])
const POLICY_VERSIONS = new Set(['2012-10-17', '2008-10-17'])
const ACTION_PATTERN = /^(?:\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+)$/
const SID_PATTERN = /^[a-zA-Z0-9]*$/

function fail(input: string, problem: string): never {
  throw new InputError(`Input ${input}: ${problem}`)
}

/** A value as it appears in a message: quoted, escaped, shortened when long. */
function show(value: string): string {
  const chars = [...value]
  return JSON.stringify(chars.length > 80 ? `${chars.slice(0, 77).join('')}...` : value)
}

/** One character as a person reads it in a message. */
function showCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0
  const unicode = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
  if (character === ' ') return 'a space'
  if (codePoint < 0x20 || codePoint === 0x7f) return `a control character (${unicode})`
  if (codePoint > 0x7e) return `"${character}" (${unicode}, not ASCII)`
  return JSON.stringify(character)
}

function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[]): T {
  const match = allowed.find((value) => value === raw)
  if (match === undefined) fail(input, `${show(raw)} is not one of ${allowed.join(', ')}.`)
  return match
}

/** HTTP, MCP or A2A, in any case. */
function parseProtocol(raw: string): Protocol {
  if (raw === '') return DEFAULTS.protocol
  const match = PROTOCOLS.find((protocol) => protocol === raw.toUpperCase())
  if (match === undefined) fail('protocol', `${show(raw)} is not one of ${PROTOCOLS.join(', ')}.`)
  return match
}

/** Booleans as core.getBooleanInput reads them (YAML 1.2 core schema); '' means the default. */
function parseBoolean(input: string, raw: string, defaultValue: boolean): boolean {
  if (raw === '') return defaultValue
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  return fail(input, `${show(raw)} is not a boolean; use true or false.`)
}

function parseAgentName(raw: string): string {
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

export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

function parseRegion(raw: string, env: NodeJS.ProcessEnv): string {
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

interface ParsedArn {
  partition: string
  accountId: string
  /** The IAM path, '/' or '/a/b/'. */
  path: string
  name: string
}

/** Splits `arn:{partition}:iam::{account}:{resourceType}/{path/}{name}`; undefined when not that shape. */
function splitIamArn(arn: string, resourceType: 'role' | 'policy'): ParsedArn | undefined {
  const match = new RegExp(`^arn:([^:]+):iam::([^:]*):${resourceType}(/.*)$`).exec(arn)
  if (!match) return undefined
  const [, partition = '', accountId = '', pathAndName = ''] = match
  const lastSlash = pathAndName.lastIndexOf('/')
  return {
    partition,
    accountId,
    path: pathAndName.slice(0, lastSlash + 1),
    name: pathAndName.slice(lastSlash + 1)
  }
}

/** An IAM path as this action accepts it: IAM's pattern, and no empty segment (`//`). */
function isIamPath(iamPath: string): boolean {
  return (
    iamPath.length <= IAM_PATH_MAX_LENGTH &&
    IAM_PATH_PATTERN.test(iamPath) &&
    !iamPath.includes('//')
  )
}

function checkPath(input: string, iamPath: string, what: string): void {
  if (!isIamPath(iamPath)) {
    fail(
      input,
      `${what} has the path ${show(iamPath)}; an IAM path is "/" or "/a/b/", printable ASCII, at most ${IAM_PATH_MAX_LENGTH} characters.`
    )
  }
}

/** A role ARN in the region's partition (the role's path is kept: IAM needs it). */
function parseRoleArn(input: string, raw: string, partition: Partition): string {
  const example = `arn:${partition}:iam::123456789012:role/NAME`
  const arn = splitIamArn(raw, 'role')
  if (!arn) {
    if (ROLE_NAME_PATTERN.test(raw)) {
      fail(input, `${show(raw)} is a role name; give the full role ARN, e.g. ${example}.`)
    }
    fail(input, `${show(raw)} is not a role ARN; give one like ${example}.`)
  }
  if (arn.partition !== partition) {
    fail(
      input,
      `${show(raw)} is in partition ${show(arn.partition)}, but the region's partition is ${partition}; use arn:${partition}:iam::... or change aws-region.`
    )
  }
  if (!ACCOUNT_ID_PATTERN.test(arn.accountId)) {
    fail(input, `${show(raw)} has the account id ${show(arn.accountId)}; it must be 12 digits.`)
  }
  if (!ROLE_NAME_PATTERN.test(arn.name)) {
    fail(
      input,
      `${show(raw)} has the role name ${show(arn.name)}; IAM role names are 1 to 64 of letters, digits and +=,.@_-.`
    )
  }
  checkPath(input, arn.path, show(raw))
  return raw
}

/** An existing role given by name or by ARN. */
function parseRoleNameOrArn(input: string, raw: string, partition: Partition): string | undefined {
  if (raw === '') return undefined
  if (raw.startsWith('arn:')) return parseRoleArn(input, raw, partition)
  if (ROLE_NAME_PATTERN.test(raw)) return raw
  if (raw.includes('/')) {
    fail(
      input,
      `${show(raw)} looks like a path and a name; give the role name alone or its full ARN.`
    )
  }
  return fail(
    input,
    `${show(raw)} is not a role name (1 to 64 of letters, digits and +=,.@_-) nor a role ARN.`
  )
}

function parsePermissionsBoundary(raw: string, partition: Partition): string | undefined {
  if (raw === '') return undefined
  const input = 'permissions-boundary'
  const example = `arn:${partition}:iam::123456789012:policy/NAME`
  const arn = splitIamArn(raw, 'policy')
  if (!arn) fail(input, `${show(raw)} is not a managed policy ARN; give one like ${example}.`)
  if (arn.partition !== partition) {
    fail(
      input,
      `${show(raw)} is in partition ${show(arn.partition)}, but the region's partition is ${partition}; use ${example}.`
    )
  }
  if (!ACCOUNT_ID_PATTERN.test(arn.accountId) && arn.accountId !== 'aws') {
    fail(input, `${show(raw)} has the account ${show(arn.accountId)}; use 12 digits (or "aws").`)
  }
  if (!POLICY_NAME_PATTERN.test(arn.name)) {
    fail(
      input,
      `${show(raw)} has the policy name ${show(arn.name)}; policy names are 1 to 128 of letters, digits and +=,.@_-.`
    )
  }
  checkPath(input, arn.path, show(raw))
  return raw
}

function parseRolePath(raw: string): string {
  if (raw === '') return DEFAULTS.rolePath
  if (isIamPath(raw)) return raw
  const trimmed = raw.replace(/\/{2,}/g, '/').replace(/^\/+|\/+$/g, '')
  const fixed = trimmed === '' ? '/' : `/${trimmed}/`
  const hint = isIamPath(fixed) && fixed !== raw ? `, e.g. ${show(fixed)}` : ''
  return fail(
    'role-path',
    `${show(raw)} is not an IAM path; use "/" or one that starts and ends with "/" with no empty part${hint} (printable ASCII, at most ${IAM_PATH_MAX_LENGTH} characters).`
  )
}

function parseDuration(raw: string): number {
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

function parseAudience(raw: string): string {
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

function parseSessionName(raw: string, env: NodeJS.ProcessEnv): string {
  if (raw === '') return defaultSessionName(env)
  if (SESSION_NAME_PATTERN.test(raw)) return raw
  return fail(
    'role-session-name',
    `${show(raw)} is not a valid session name; use 2 to 64 of letters, digits and +=,.@_-.`
  )
}

function parseMemoryId(raw: string): string | undefined {
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

function parseEcrRepository(raw: string): string | undefined {
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

function checkTag(key: string, value: string): void {
  const input = 'tags'
  const keyLength = [...key].length
  if (keyLength < 1 || keyLength > TAG_KEY_MAX_LENGTH) {
    fail(input, `tag key ${show(key)} must be 1 to ${TAG_KEY_MAX_LENGTH} characters long.`)
  }
  if ([...value].length > TAG_VALUE_MAX_LENGTH) {
    fail(input, `the value of tag ${show(key)} is longer than ${TAG_VALUE_MAX_LENGTH} characters.`)
  }
  if (/^aws:/i.test(key))
    fail(input, `tag key ${show(key)} starts with "aws:", which AWS reserves.`)
  if (key.toLowerCase() === MANAGED_BY_TAG.key) {
    fail(
      input,
      `tag key ${show(key)} is this action's ownership tag (IAM tag keys ignore case); the action sets ${MANAGED_BY_TAG.key} itself, only on roles it creates: remove it from tags.`
    )
  }
  for (const [part, text] of [
    ['key', key],
    ['value', value]
  ] as const) {
    if (!TAG_CHARACTERS.test(text)) {
      const bad = [...text].find((character) => !TAG_CHARACTERS.test(character)) ?? ''
      const where = part === 'key' ? `tag key ${show(key)}` : `the value of tag ${show(key)}`
      fail(
        input,
        `${where} has ${showCharacter(bad)}; IAM tags allow letters, digits, spaces and _ . : / = + - @.`
      )
    }
  }
}

function tagEntriesFromJson(raw: string): [string, string][] {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    return fail(
      'tags',
      `is not valid JSON (${(error as Error).message}); give an object or key=value lines.`
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('tags', 'JSON must be an object of key: value, e.g. {"team": "agents"}.')
  }
  return Object.entries(parsed).map(([key, value]) => {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      fail('tags', `the value of tag ${show(key)} must be a string.`)
    }
    return [key, String(value)]
  })
}

/** `key=value` per line (or comma-separated: IAM tags cannot contain commas). */
function tagEntriesFromLines(raw: string): [string, string][] {
  return raw
    .split(/[\r\n,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf('=')
      if (separator < 0) {
        fail('tags', `${show(entry)} has no "="; write one key=value per line, or a JSON object.`)
      }
      return [entry.slice(0, separator).trim(), entry.slice(separator + 1).trim()]
    })
}

function parseTags(raw: string): Record<string, string> {
  if (raw === '') return {}
  const entries = raw.startsWith('{') ? tagEntriesFromJson(raw) : tagEntriesFromLines(raw)
  const tags: Record<string, string> = {}
  const seenKeys = new Map<string, string>()
  for (const [key, value] of entries) {
    checkTag(key, value)
    const previous = seenKeys.get(key.toLowerCase())
    if (previous !== undefined) {
      fail(
        'tags',
        `tag key ${show(key)} is given twice (IAM tag keys ignore case: ${show(previous)}).`
      )
    }
    seenKeys.set(key.toLowerCase(), key)
    tags[key] = value
  }
  if (entries.length > MAX_USER_TAGS) {
    fail(
      'tags',
      `${entries.length} tags given; IAM allows 50 per role and this action adds its managed-by tag, so give at most ${MAX_USER_TAGS}.`
    )
  }
  return tags
}

/** Reads extra-policy: inline JSON, or a file inside the workspace (path relative to it). */
function readExtraPolicyText(
  raw: string,
  env: NodeJS.ProcessEnv
): { text: string; source: string; file: boolean } {
  if (raw.startsWith('{') || raw.startsWith('[')) {
    return { text: raw, source: 'inline JSON', file: false }
  }
  try {
    const { real } = locateWorkspaceFile(raw, workspaceRoot(env))
    return { text: readFileSync(real, 'utf8'), source: `file ${show(raw)}`, file: true }
  } catch (error) {
    const reason =
      error instanceof WorkspaceFileError
        ? error.reason
        : (FILE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''] ?? 'cannot be read')
    return fail(
      'extra-policy',
      `cannot read the file ${show(raw)} (${reason}); give a JSON policy inline or a path relative to the workspace.`
    )
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'a directory, not a file'
}

function statementLabel(index: number, statement: Record<string, unknown>): string {
  const sid =
    typeof statement.Sid === 'string' && statement.Sid ? ` (Sid ${show(statement.Sid)})` : ''
  return `statement ${index + 1}${sid}`
}

function stringOrList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    return value
  }
  return undefined
}

/** Exactly one of the two keys, a string or a non-empty list of strings, each checked. */
function checkElement(
  label: string,
  statement: Record<string, unknown>,
  keys: readonly [string, string],
  isValid: (item: string) => boolean,
  expected: string
): void {
  const present = keys.filter((key) => key in statement)
  if (present.length !== 1) {
    fail(
      'extra-policy',
      present.length === 0
        ? `${label} has neither ${keys[0]} nor ${keys[1]}; give one of them.`
        : `${label} has both ${keys[0]} and ${keys[1]}; keep one.`
    )
  }
  const key = present[0] ?? keys[0]
  const items = stringOrList(statement[key])
  if (!items)
    fail('extra-policy', `${label}: ${key} must be a string or a non-empty list of strings.`)
  const bad = items.find((item) => !isValid(item))
  if (bad !== undefined) fail('extra-policy', `${label}: ${key} ${show(bad)} is not ${expected}.`)
}

function checkCondition(label: string, condition: unknown): ConditionBlock {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
  if (!isObject(condition)) {
    return fail(
      'extra-policy',
      `${label}: Condition must be an object like {"StringEquals": {"key": "value"}}.`
    )
  }
  const block: ConditionBlock = {}
  for (const [operator, entries] of Object.entries(condition)) {
    if (!isObject(entries)) {
      fail(
        'extra-policy',
        `${label}: Condition ${show(operator)} must map condition keys to values.`
      )
    }
    const values: ConditionBlock[string] = {}
    for (const [key, value] of Object.entries(entries)) {
      const normalized =
        typeof value === 'number'
          ? String(value)
          : typeof value === 'boolean'
            ? value
            : stringOrList(value)
      if (normalized === undefined) {
        fail(
          'extra-policy',
          `${label}: Condition ${operator} ${show(key)} must be a string, a list of strings or a boolean.`
        )
      }
      values[key] = typeof value === 'string' ? value : normalized
    }
    block[operator] = values
  }
  return block
}

function checkStatement(value: unknown, index: number): PolicyStatement {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('extra-policy', `statement ${index + 1} is not a JSON object.`)
  }
  const statement = value as Record<string, unknown>
  const label = statementLabel(index, statement)
  for (const key of ['Principal', 'NotPrincipal']) {
    if (key in statement) {
      fail(
        'extra-policy',
        `${label} has ${key}; the runtime role's permissions policy cannot name principals, remove it.`
      )
    }
  }
  const unknownKey = Object.keys(statement).find((key) => !STATEMENT_KEYS.has(key))
  if (unknownKey !== undefined) {
    fail(
      'extra-policy',
      `${label} has the unknown key ${show(unknownKey)}; allowed: ${[...STATEMENT_KEYS].join(', ')}.`
    )
  }
  if (
    'Sid' in statement &&
    (typeof statement.Sid !== 'string' || !SID_PATTERN.test(statement.Sid))
  ) {
    fail('extra-policy', `${label}: Sid must contain only letters and digits.`)
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    fail(
      'extra-policy',
      `${label}: Effect must be "Allow" or "Deny", not ${JSON.stringify(statement.Effect ?? null)}.`
    )
  }
  checkElement(
    label,
    statement,
    ['Action', 'NotAction'],
    (item) => ACTION_PATTERN.test(item),
    'an action like "s3:GetObject" or "*"'
  )
  checkElement(
    label,
    statement,
    ['Resource', 'NotResource'],
    (item) => item === '*' || item.startsWith('arn:'),
    'an ARN or "*"'
  )
  const checked: PolicyStatement = { ...(statement as unknown as PolicyStatement) }
  if ('Condition' in statement) checked.Condition = checkCondition(label, statement.Condition)
  return checked
}

/** extra-policy: a policy document, a list of statements, or one statement. */
function parseExtraPolicy(raw: string, env: NodeJS.ProcessEnv): PolicyStatement[] {
  if (raw === '') return []
  const { text, source, file } = readExtraPolicyText(raw, env)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    // A file's content is not echoed (the path may point at something secret); inline JSON is the input itself.
    const why = file ? jsonErrorPosition(error, text) : (error as Error).message
    return fail('extra-policy', `${source} is not valid JSON: ${why}.`)
  }
  let statements: unknown
  if (Array.isArray(parsed)) {
    statements = parsed
  } else if (typeof parsed === 'object' && parsed !== null && 'Statement' in parsed) {
    const document = parsed as { Version?: unknown; Statement: unknown }
    if (document.Version !== undefined && !POLICY_VERSIONS.has(String(document.Version))) {
      fail(
        'extra-policy',
        `Version ${JSON.stringify(document.Version)} is not a policy language version; use "2012-10-17".`
      )
    }
    statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement]
  } else if (typeof parsed === 'object' && parsed !== null && 'Effect' in parsed) {
    statements = [parsed]
  } else {
    return fail(
      'extra-policy',
      `${source} is neither a policy document {Version, Statement}, a list of statements nor one statement.`
    )
  }
  const list = statements as unknown[]
  if (list.length === 0) fail('extra-policy', `${source} has no statements.`)
  return list.map(checkStatement)
}

function parseAccountIds(raw: string): string[] {
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

/** Parses and validates every input; throws InputError (one line, naming the input) on the first bad one. */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string): string => read(name).trim()
  const agentName = parseAgentName(input('agent-name'))
  const region = parseRegion(input('aws-region'), env)
  const partition = partitionOfRegion(region)
  const roleToAssumeRaw = input('role-to-assume')
  const roleToAssume = roleToAssumeRaw
    ? parseRoleArn('role-to-assume', roleToAssumeRaw, partition)
    : undefined
  const mode = oneOf('mode', input('mode') || DEFAULTS.mode, MODES)
  const configFile = input('config-file')
  const githubToken = input('github-token')
  const extraPolicyStatements = parseExtraPolicy(input('extra-policy'), env)
  const allowBroadExtraPolicy = parseBoolean(
    'allow-broad-extra-policy',
    input('allow-broad-extra-policy'),
    false
  )
  const [broad] = broadGrants(extraPolicyStatements)
  if (broad && !allowBroadExtraPolicy) {
    fail(
      'extra-policy',
      `${describeBroadGrant(broad)}, which the agent's runtime role would then hold; narrow it to the actions and resources the agent needs, or set allow-broad-extra-policy: true if it is intended.`
    )
  }
  return {
    agentName,
    region,
    partition,
    roleToAssume,
    audience: parseAudience(input('audience')),
    roleSessionName: parseSessionName(input('role-session-name'), env),
    roleDurationSeconds: parseDuration(input('role-duration-seconds')),
    mode,
    failOnDrift: parseBoolean('fail-on-drift', input('fail-on-drift'), false),
    executionRole: parseRoleNameOrArn('execution-role', input('execution-role'), partition),
    codebuildRole: parseRoleNameOrArn('codebuild-role', input('codebuild-role'), partition),
    createCodebuildRole: parseBoolean(
      'create-codebuild-role',
      input('create-codebuild-role'),
      true
    ),
    deploymentType: oneOf(
      'deployment-type',
      input('deployment-type') || DEFAULTS.deploymentType,
      DEPLOYMENT_TYPES
    ),
    protocol: parseProtocol(input('protocol')),
    memoryId: parseMemoryId(input('memory-id')),
    ecrRepository: parseEcrRepository(input('ecr-repository')),
    permissionsBoundary: parsePermissionsBoundary(input('permissions-boundary'), partition),
    rolePath: parseRolePath(input('role-path')),
    tags: parseTags(input('tags')),
    extraPolicyStatements,
    allowBroadExtraPolicy,
    manageExistingRoles: parseBoolean(
      'manage-existing-roles',
      input('manage-existing-roles'),
      false
    ),
    checkPassRole: parseBoolean('check-pass-role', input('check-pass-role'), true),
    checkDeployPermissions: parseBoolean(
      'check-deploy-permissions',
      input('check-deploy-permissions'),
      false
    ),
    exportCredentials: parseBoolean(
      'export-credentials',
      input('export-credentials'),
      roleToAssume !== undefined
    ),
    allowedAccountIds: parseAccountIds(input('allowed-account-ids')),
    configFile: configFile || undefined,
    githubToken: githubToken || undefined,
    commentOnPr: parseBoolean('comment-on-pr', input('comment-on-pr'), false)
  }
}

/**
 * Inputs that are valid but do nothing in this combination: worth a warning, not a failure
 * (a workflow that switches mode should not break over a leftover flag).
 */
export function ineffectiveInputWarnings(inputs: ActionInputs): string[] {
  const warnings: string[] = []
  if (inputs.failOnDrift && inputs.mode === 'apply') {
    warnings.push(
      'Input fail-on-drift: has no effect in mode apply, which repairs drift; use mode dry-run (or verify) to fail on pending changes.'
    )
  }
  if (inputs.codebuildRole !== undefined && !inputs.createCodebuildRole) {
    warnings.push(
      'Input codebuild-role: ignored, because create-codebuild-role is false (no CodeBuild role is verified or created); remove it, or set create-codebuild-role: true to verify it.'
    )
  }
  if (inputs.allowBroadExtraPolicy && broadGrants(inputs.extraPolicyStatements).length === 0) {
    warnings.push(
      'Input allow-broad-extra-policy: no extra-policy statement is broad, so it has no effect; remove it.'
    )
  }
  if (inputs.exportCredentials && !inputs.roleToAssume) {
    warnings.push(
      'Input export-credentials: without role-to-assume there are no new credentials to export; only AWS_REGION and AWS_DEFAULT_REGION are exported.'
    )
  }
  return warnings
}

/** Reads the inputs from the runner (core.getInput, process.env): masks the token first, warns on no-ops. */
export function readActionInputs(): ActionInputs {
  // Secrets of the runner and the inputs are masked before anything else is printed.
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  const tokenRequestToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (tokenRequestToken) core.setSecret(tokenRequestToken)
  const inputs = parseInputs((name) => core.getInput(name), process.env)
  for (const warning of ineffectiveInputWarnings(inputs)) log.warning(warning)
  return inputs
}
