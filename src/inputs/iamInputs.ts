// Inputs that name IAM things: role ARNs and names, the permissions boundary, the role path and
// the tags, each checked against IAM's documented rules before any call.
import { parseIamResourceArn } from '../common/arn.ts'
import type { Partition } from '../common/model.ts'
import { MANAGED_BY_TAG } from '../common/ownership.ts'
import { DEFAULTS } from './defaults.ts'
import { fail, show, showCharacter } from './messages.ts'

/** IAM role (and user) names: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html */
const ROLE_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/
const POLICY_NAME_PATTERN = /^[\w+=,.@-]{1,128}$/
/** IAM paths: '/' or '/a/b/' of printable ASCII, at most 512 characters. */
const IAM_PATH_PATTERN = /^\/(?:[\x21-\x7e]*\/)?$/
const IAM_PATH_MAX_LENGTH = 512
export const ACCOUNT_ID_PATTERN = /^\d{12}$/
/** IAM tag rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const TAG_KEY_MAX_LENGTH = 128
const TAG_VALUE_MAX_LENGTH = 256
/** IAM allows 50 tags per role; the desired state adds the managed-by tag. */
const MAX_USER_TAGS = 49

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
export function parseRoleArn(input: string, raw: string, partition: Partition): string {
  const example = `arn:${partition}:iam::123456789012:role/NAME`
  const arn = parseIamResourceArn(raw, 'role')
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
export function parseRoleNameOrArn(
  input: string,
  raw: string,
  partition: Partition
): string | undefined {
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

export function parsePermissionsBoundary(raw: string, partition: Partition): string | undefined {
  if (raw === '') return undefined
  const input = 'permissions-boundary'
  const example = `arn:${partition}:iam::123456789012:policy/NAME`
  const arn = parseIamResourceArn(raw, 'policy')
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

export function parseRolePath(raw: string): string {
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

export function parseTags(raw: string): Record<string, string> {
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

/**
 * accept-risky-policies: the policies whose escalation-grade grants the user accepts knowingly,
 * each an inline or managed policy name, or a managed policy ARN; one per line or comma-separated.
 */
export function parseAcceptedPolicies(raw: string, partition: Partition): string[] {
  const entries = raw.split(/[\s,]+/).filter(Boolean)
  for (const entry of entries) {
    if (entry.startsWith('arn:')) {
      const arn = parseIamResourceArn(entry, 'policy')
      if (!arn || arn.partition !== partition || !POLICY_NAME_PATTERN.test(arn.name)) {
        fail(
          'accept-risky-policies',
          `${show(entry)} is not a managed policy ARN of partition ${partition} (arn:${partition}:iam::<account or aws>:policy/<name>); give policy names or ARNs, one per line.`
        )
      }
    } else if (!POLICY_NAME_PATTERN.test(entry)) {
      fail(
        'accept-risky-policies',
        `${show(entry)} is not a policy name (letters, digits and +=,.@_-, at most 128); give policy names or ARNs, one per line.`
      )
    }
  }
  return entries
}
