// AWS's own policy validator on what the action writes: IAM Access Analyzer's ValidatePolicy on
// every desired permissions policy (IDENTITY_POLICY) and trust policy (RESOURCE_POLICY of type
// AWS::IAM::AssumeRolePolicyDocument), in the read wave, each distinct document once per run.
// Read-only. A caller refused access-analyzer:ValidatePolicy is "not checked", in one line; which
// findings fail the step is the verdict's (report/verdict.ts), from treat-finding-type-as-blocking
// and ignore-finding.
import {
  ValidatePolicyCommand,
  type AccessAnalyzerClient,
  type ValidatePolicyFinding
} from '@aws-sdk/client-accessanalyzer'
import { isAccessDenied } from '../aws/iamResponses.ts'
import type { DesiredState, FindingType, PolicyDocument, RoleKind } from '../common/model.ts'

export type ValidatedPolicy = 'permissions' | 'trust'

export interface PolicyFinding {
  roleKind: RoleKind
  roleName: string
  policy: ValidatedPolicy
  findingType: FindingType
  issueCode: string
  details: string
  learnMoreLink: string
  /** The statement the finding is about: its index in the document and its Sid, if any. */
  statement?: { index: number; sid?: string }
  /** Listed by ignore-finding: shown, never blocking. */
  ignored: boolean
  /** Fails the step: its type is in treat-finding-type-as-blocking and it is not ignored. */
  blocking: boolean
}

export interface PolicyValidationResult {
  status: 'checked' | 'not-checked'
  /** Why not checked: the refused call, in one line. */
  reason?: string
  findings: PolicyFinding[]
}

/** The findings of one document, cached per run by its text and type. */
export type ValidationCache = Map<string, Promise<ValidatePolicyFinding[]>>

async function validate(
  analyzer: AccessAnalyzerClient,
  document: PolicyDocument,
  policy: ValidatedPolicy,
  cache: ValidationCache
): Promise<ValidatePolicyFinding[]> {
  const text = JSON.stringify(document)
  const key = `${policy}\n${text}`
  const cached = cache.get(key)
  if (cached) return cached
  const request = (async () => {
    const findings: ValidatePolicyFinding[] = []
    let nextToken: string | undefined
    do {
      const page = await analyzer.send(
        new ValidatePolicyCommand({
          policyDocument: text,
          ...(policy === 'permissions'
            ? { policyType: 'IDENTITY_POLICY' }
            : {
                policyType: 'RESOURCE_POLICY',
                validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument'
              }),
          ...(nextToken ? { nextToken } : {})
        })
      )
      findings.push(...(page.findings ?? []))
      nextToken = page.nextToken
    } while (nextToken)
    return findings
  })()
  cache.set(key, request)
  return request
}

/** The statement a finding's location points into (`Statement[index]...`), if any. */
function statementOf(finding: ValidatePolicyFinding, document: PolicyDocument) {
  const path = finding.locations?.[0]?.path ?? []
  const index = path[0] && 'value' in path[0] && path[0].value === 'Statement' ? path[1] : undefined
  if (!index || !('index' in index) || index.index === undefined) return undefined
  const sid = document.Statement[index.index]?.Sid
  return { index: index.index, ...(sid !== undefined ? { sid } : {}) }
}

/** Whether ignore-finding lists it: by issue code, or by the statement's Sid and issue code. */
export function isIgnored(
  issueCode: string,
  statement: { sid?: string } | undefined,
  ignored: string[]
): boolean {
  return ignored.some(
    (entry) =>
      entry === issueCode ||
      (statement?.sid !== undefined && entry === `${statement.sid}.${issueCode}`)
  )
}

const FINDING_TYPES = new Set(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'])

export async function validatePolicies(
  analyzer: AccessAnalyzerClient,
  desired: DesiredState,
  options: { ignoredFindings: string[]; blockingTypes: FindingType[]; cache: ValidationCache }
): Promise<PolicyValidationResult> {
  const documents = desired.roles.flatMap((role) => [
    { role, policy: 'permissions' as const, document: role.permissionsPolicy },
    { role, policy: 'trust' as const, document: role.trustPolicy }
  ])
  try {
    const answers = await Promise.all(
      documents.map((entry) => validate(analyzer, entry.document, entry.policy, options.cache))
    )
    const findings = documents.flatMap((entry, index) =>
      (answers[index] ?? []).map((finding): PolicyFinding => {
        const statement = statementOf(finding, entry.document)
        const issueCode = finding.issueCode ?? 'UNKNOWN'
        const findingType = (
          FINDING_TYPES.has(finding.findingType ?? '') ? finding.findingType : 'ERROR'
        ) as FindingType
        const ignored = isIgnored(issueCode, statement, options.ignoredFindings)
        return {
          roleKind: entry.role.kind,
          roleName: entry.role.name,
          policy: entry.policy,
          findingType,
          issueCode,
          details: finding.findingDetails ?? '',
          learnMoreLink: finding.learnMoreLink ?? '',
          ...(statement ? { statement } : {}),
          ignored,
          blocking: !ignored && options.blockingTypes.includes(findingType)
        }
      })
    )
    return { status: 'checked', findings }
  } catch (error) {
    if (isAccessDenied(error)) {
      return {
        status: 'not-checked',
        reason: `access-analyzer:ValidatePolicy was refused (${(error as Error).message}); allow it to the caller to have AWS validate the policies`,
        findings: []
      }
    }
    throw error
  }
}
