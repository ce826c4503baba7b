// What makes a role dangerous, decided here and nowhere else: who its trust policy lets assume it,
// and which of its grants let whoever holds it (the agent, or code the agent runs) reach beyond the
// job: every action, a whole privileged service, IAM writes, passing or assuming any role. The
// rules read IAM's wildcards as IAM does (`*` any run of characters, `?` one; actions without
// case), so `iam:P?ssRole` on `arn:*` is what it grants, not what it spells. Pure.
import type { PolicyDocument, PolicyStatement, Risk } from '../common/model.ts'
import { asList } from './canonical.ts'
import { patternCovers } from './patterns.ts'

/** A policy as the risk rules see it: its name in the report, and its document. */
export interface NamedDocument {
  /** Inline policy name, managed policy ARN, or `extra-policy`. */
  id: string
  /** How the report names where it is. */
  type: 'inline' | 'managed' | 'extra-policy'
  document: PolicyDocument
}

/** Where the rules look for "every role": the role ARNs of these accounts in this partition. */
export interface RiskScope {
  partition: string
  /** Accounts whose roles count; patterns naming a literal account add theirs. */
  accountIds: string[]
}

/** Services of which every action is escalation-grade, as the report names them. */
const SERVICE_WIDE: Array<[prefix: string, name: string]> = [
  ['iam', 'IAM'],
  ['sts', 'STS'],
  ['organizations', 'Organizations']
]

/**
 * IAM writes that let a principal give itself or another principal more access: make or change
 * roles, users, groups and policies, their trust and their boundaries, or sign in as a user.
 */
const IAM_WRITES = [
  'iam:CreateRole',
  'iam:UpdateRole',
  'iam:UpdateAssumeRolePolicy',
  'iam:PutRolePolicy',
  'iam:AttachRolePolicy',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:CreateUser',
  'iam:UpdateUser',
  'iam:PutUserPolicy',
  'iam:AttachUserPolicy',
  'iam:PutUserPermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AddUserToGroup',
  'iam:PutGroupPolicy',
  'iam:AttachGroupPolicy',
  'iam:CreatePolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion'
] as const

/** Actions that are escalation-grade only on every resource of their kind. */
const ON_EVERY: Array<{ action: string; resources: (scope: RiskScope) => string[]; what: string }> =
  [
    { action: 'iam:PassRole', resources: everyRole, what: 'every role' },
    { action: 'sts:AssumeRole', resources: everyRole, what: 'every role' },
    {
      action: 'ssm:SendCommand',
      resources: (scope) => [`arn:${scope.partition}:ec2:?*:?*:instance/?*`],
      what: 'every instance'
    },
    {
      action: 'ssm:StartSession',
      resources: (scope) => [`arn:${scope.partition}:ec2:?*:?*:instance/?*`],
      what: 'every instance'
    }
  ]

/** Stand-ins for "any role of the account": `?*` is one or more of anything, as role names are. */
function everyRole(scope: RiskScope): string[] {
  // Twelve `?` stand for any account, so a pattern with a wildcard account counts as well.
  return [...scope.accountIds, '?'.repeat(12)].map(
    (account) => `arn:${scope.partition}:iam::${account}:role/?*`
  )
}

/** Accounts a resource pattern names literally (`arn:aws:iam::111122223333:role/*`). */
function literalAccounts(patterns: string[]): string[] {
  return patterns.flatMap((pattern) => [...pattern.matchAll(/:(\d{12}):/g)].map((m) => m[1] ?? ''))
}

/** Does the statement's Action/NotAction include `action` (a name, or a pattern taken whole)? */
function admitsAction(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) {
    return asList(statement.Action).some((pattern) => patternCovers(pattern, action, true))
  }
  if (statement.NotAction !== undefined) {
    return !asList(statement.NotAction).some((pattern) => patternCovers(pattern, action, true))
  }
  return false
}

/** Does the statement's Resource/NotResource include every resource `resource` stands for? */
function admitsResource(statement: PolicyStatement, resource: string): boolean {
  if (statement.Resource !== undefined) {
    return asList(statement.Resource).some((pattern) => patternCovers(pattern, resource))
  }
  if (statement.NotResource !== undefined) {
    // Excluding some roles still leaves the others: only an exclusion of all of them narrows it.
    return !asList(statement.NotResource).some((pattern) => patternCovers(pattern, resource))
  }
  return false
}

/** Why one Allow statement of a permissions policy is escalation-grade, or undefined. */
function grantRisk(statement: PolicyStatement, scope: RiskScope): string | undefined {
  if (statement.Effect !== 'Allow') return undefined
  if (admitsAction(statement, '?*:?*')) {
    return statement.NotAction !== undefined
      ? `allows every action except ${asList(statement.NotAction).join(', ')} (NotAction)`
      : 'allows every action ("*")'
  }
  const wide = SERVICE_WIDE.filter(([prefix]) => admitsAction(statement, `${prefix}:?*`))
  if (wide.length > 0) {
    return `allows ${wide.map(([prefix, name]) => `every ${name} action ("${prefix}:*")`).join(' and ')}`
  }
  const resources = asList(statement.Resource ?? statement.NotResource ?? [])
  const accounts = { ...scope, accountIds: [...scope.accountIds, ...literalAccounts(resources)] }
  const found: string[] = []
  const writes = IAM_WRITES.filter((action) => admitsAction(statement, action))
  if (writes.length > 0) found.push(`IAM writes (${writes.join(', ')})`)
  for (const rule of ON_EVERY) {
    if (
      admitsAction(statement, rule.action) &&
      rule.resources(accounts).some((resource) => admitsResource(statement, resource))
    ) {
      found.push(`${rule.action} on ${rule.what}`)
    }
  }
  return found.length > 0 ? `allows ${found.join(' and ')}` : undefined
}

/**
 * The escalation-grade statements of a role's policies (or of extra-policy), in order; `ignored`
 * statements (already judged elsewhere) are passed over.
 */
export function grantRisks(
  policies: NamedDocument[],
  scope: RiskScope,
  ignored: (statement: PolicyStatement) => boolean = () => false
): Risk[] {
  return policies.flatMap((policy) =>
    policy.document.Statement.flatMap((statement, index) => {
      const why = ignored(statement) ? undefined : grantRisk(statement, scope)
      return why === undefined
        ? []
        : [
            {
              policy: policy.id,
              policyType: policy.type,
              statement: index + 1,
              ...(statement.Sid ? { sid: statement.Sid } : {}),
              why
            }
          ]
    })
  )
}

/** The principals of one trust statement other than `service`, in words; none: []. */
function foreignPrincipals(statement: PolicyStatement, service: string): string[] {
  if (statement.NotPrincipal !== undefined) {
    return [`every principal except those in NotPrincipal`]
  }
  const principal = statement.Principal
  if (principal === undefined) return []
  if (principal === '*') return ['any AWS principal ("Principal": "*")']
  return Object.entries(principal).flatMap(([type, ids]) =>
    asList(ids)
      .filter((id) => !(type === 'Service' && id.toLowerCase() === service.toLowerCase()))
      .map((id) =>
        type === 'AWS' && id === '*'
          ? 'any AWS principal ("AWS": "*")'
          : type === 'Service'
            ? `the service ${id}`
            : type === 'Federated'
              ? `the federated principal ${id}`
              : type === 'AWS'
                ? `the AWS principal ${id}`
                : `the ${type} principal ${id}`
      )
  )
}

/** Who besides `service` may assume a role with this trust policy: one risk per statement. */
export function trustRisks(trust: PolicyDocument, service: string): Risk[] {
  return trust.Statement.flatMap((statement, index) => {
    const foreign = statement.Effect === 'Allow' ? foreignPrincipals(statement, service) : []
    return foreign.length === 0
      ? []
      : [
          {
            policy: 'trust policy',
            policyType: 'trust' as const,
            statement: index + 1,
            ...(statement.Sid ? { sid: statement.Sid } : {}),
            why: `lets ${foreign.join(', ')} assume the role`
          }
        ]
  })
}

/** One risk in words: `inline policy Admin, statement 1 (Sid All): allows every action ("*")`. */
export function describeRisk(risk: Risk): string {
  const where =
    risk.policyType === 'trust'
      ? 'trust policy'
      : risk.policyType === 'extra-policy'
        ? 'extra-policy'
        : `${risk.policyType} policy ${risk.policy}`
  return `${where}, statement ${risk.statement}${risk.sid ? ` (Sid ${risk.sid})` : ''}: ${risk.why}`
}
