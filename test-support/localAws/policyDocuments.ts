// Policy documents as IAM checks them on write: JSON grammar, the elements each policy kind
// requires or forbids, and the size quotas (IAM does not count white space towards them).
import { AwsError } from './queryProtocol.ts'

export type PolicyKind = 'identity' | 'trust'

const VALID_VERSIONS = new Set(['2012-10-17', '2008-10-17'])

type JsonObject = Record<string, unknown>

function malformed(message: string): AwsError {
  return new AwsError('MalformedPolicyDocument', message)
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parses and checks a policy document, returning it parsed; throws MalformedPolicyDocument. */
export function parsePolicyDocument(document: string, kind: PolicyKind): JsonObject {
  let parsed: unknown
  try {
    parsed = JSON.parse(document)
  } catch {
    throw malformed('Syntax errors in policy.')
  }
  if (!isObject(parsed) || parsed.Statement === undefined) {
    throw malformed('Syntax errors in policy.')
  }
  if (parsed.Version !== undefined && !VALID_VERSIONS.has(parsed.Version as string)) {
    throw malformed('The policy failed legacy parsing')
  }
  const statements = asList(parsed.Statement)
  if (statements.length === 0) throw malformed('Syntax errors in policy.')
  for (const statement of statements) checkStatement(statement, kind)
  return parsed
}

function checkStatement(statement: unknown, kind: PolicyKind): void {
  if (!isObject(statement)) throw malformed('Syntax errors in policy.')
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    throw malformed(
      statement.Effect === undefined ? 'Missing required field Effect' : 'Invalid effect'
    )
  }
  const actions = statement.Action ?? statement.NotAction
  if (actions === undefined) throw malformed('Policy statement must contain actions.')
  for (const action of asList(actions)) {
    if (typeof action !== 'string' || (action !== '*' && !/^[a-zA-Z0-9-]+:[\w*?]+$/.test(action))) {
      throw malformed('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.')
    }
    if (kind === 'trust' && action !== '*' && !/^sts:/i.test(action)) {
      throw malformed('AssumeRole policy may only specify STS AssumeRole actions.')
    }
  }
  if (statement.Condition !== undefined && !isObject(statement.Condition)) {
    throw malformed('Syntax errors in policy.')
  }
  const principal = statement.Principal ?? statement.NotPrincipal
  if (kind === 'identity') {
    if (principal !== undefined) throw malformed('Policy document should not specify a principal.')
    const resources = statement.Resource ?? statement.NotResource
    if (resources === undefined) throw malformed('Policy statement must contain resources.')
    for (const resource of asList(resources)) {
      if (typeof resource !== 'string' || (resource !== '*' && !resource.startsWith('arn:'))) {
        throw malformed(`Resource ${String(resource)} must be in ARN format or "*".`)
      }
    }
  } else {
    if (principal === undefined) throw malformed('Missing required field Principal')
    if (statement.Resource !== undefined) throw malformed('Has prohibited field Resource')
    if (principal !== '*' && !isObject(principal)) throw malformed('Invalid principal in policy')
  }
}

/** The size IAM charges a document with: its characters, white space outside strings excluded. */
export function policySize(document: string): number {
  return JSON.stringify(JSON.parse(document)).length
}

export const QUOTAS = {
  trustPolicy: 2048,
  roleInlinePolicies: 10240,
  userInlinePolicies: 2048,
  managedPolicy: 6144
}

export function checkTrustPolicySize(document: string): void {
  if (policySize(document) > QUOTAS.trustPolicy) {
    throw new AwsError(
      'LimitExceeded',
      `Cannot exceed quota for ACLSizePerRole: ${QUOTAS.trustPolicy}`
    )
  }
}

export function checkManagedPolicySize(document: string): void {
  if (policySize(document) > QUOTAS.managedPolicy) {
    throw new AwsError(
      'LimitExceeded',
      `Cannot exceed quota for PolicySize: ${QUOTAS.managedPolicy}`
    )
  }
}

/** Inline policies share one quota per principal: the sum over all of them. */
export function checkInlinePoliciesSize(
  documents: Iterable<string>,
  principal: { kind: 'role' | 'user'; name: string }
): void {
  const quota = principal.kind === 'role' ? QUOTAS.roleInlinePolicies : QUOTAS.userInlinePolicies
  let total = 0
  for (const document of documents) total += policySize(document)
  if (total > quota) {
    throw new AwsError(
      'LimitExceeded',
      `Maximum policy size of ${quota} bytes exceeded for ${principal.kind} ${principal.name}`
    )
  }
}
