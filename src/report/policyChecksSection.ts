// The policy checks in the report's words: IAM Access Analyzer's findings on the policies the
// action writes (grouped by finding type, with AWS's issue code, the statement and AWS's link),
// and, in dry-run, whether each change grants new access. Both renderers lay this out.
import type { NewAccessAnswer } from '../checks/newAccess.ts'
import type { PolicyFinding } from '../checks/policyValidation.ts'
import type { FindingType } from '../common/model.ts'
import type { RunReport } from './runReport.ts'
import { ROLE_LABEL } from './wording.ts'

export interface FindingLine {
  /** `ERROR PASS_ROLE_WITH_STAR_IN_RESOURCE`, as AWS names it. */
  issueCode: string
  where: string
  details: string
  /** AWS's finding reference, when it is one (a docs.aws.amazon.com page). */
  link?: string
  state: 'blocking' | 'ignored' | 'listed'
}

export interface PolicyChecksSection {
  /** `checked`, or why not, in one line. */
  validation: string
  findings: Array<{ type: FindingType; label: string; lines: FindingLine[] }>
  newAccess: Array<{ role: string; answer: string; reasons: string[] }>
}

const TYPE_LABEL: Record<FindingType, string> = {
  ERROR: 'Errors',
  SECURITY_WARNING: 'Security warnings',
  WARNING: 'Warnings',
  SUGGESTION: 'Suggestions'
}
const ORDER: FindingType[] = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION']
const AWS_DOCS = /^https:\/\/docs\.aws\.amazon\.com\/[A-Za-z0-9/_.#?=&%-]*$/

export function whereOf(finding: PolicyFinding): string {
  const statement = finding.statement
    ? `, statement ${finding.statement.sid ?? `#${finding.statement.index + 1}`}`
    : ''
  return `${finding.policy} policy of the ${ROLE_LABEL[finding.roleKind]} role ${finding.roleName}${statement}`
}

function answerOf(answer: NewAccessAnswer): string {
  const label = { yes: 'yes', no: 'no', unknown: 'unknown' }[answer.grantsNewAccess]
  return `grants new access: ${label}${answer.message ? ` (${answer.message})` : ''}`
}

export function policyChecksSection(report: RunReport): PolicyChecksSection | undefined {
  const validation = report.validation
  const newAccess = report.newAccess ?? []
  if (!validation && newAccess.length === 0) return undefined
  const findings = ORDER.flatMap((type) => {
    const lines = (validation?.findings ?? [])
      .filter((finding) => finding.findingType === type)
      .map((finding): FindingLine => ({
        issueCode: finding.issueCode,
        where: whereOf(finding),
        details: finding.details,
        ...(AWS_DOCS.test(finding.learnMoreLink) ? { link: finding.learnMoreLink } : {}),
        state: finding.ignored ? 'ignored' : finding.blocking ? 'blocking' : 'listed'
      }))
    return lines.length > 0 ? [{ type, label: TYPE_LABEL[type], lines }] : []
  })
  return {
    validation: !validation
      ? 'not run'
      : validation.status === 'checked'
        ? `checked by IAM Access Analyzer: ${validation.findings.length === 0 ? 'no findings' : `${validation.findings.length} finding${validation.findings.length === 1 ? '' : 's'}`}`
        : `not checked: ${validation.reason ?? 'refused'}`,
    findings,
    newAccess: newAccess.map((answer) => ({
      role: `${ROLE_LABEL[answer.roleKind]} role ${answer.roleName}, ${answer.policy} policy`,
      answer: answerOf(answer),
      reasons: answer.reasons.map(
        (reason) =>
          `${reason.description}${reason.statementId ? ` (statement ${reason.statementId})` : reason.statementIndex !== undefined ? ` (statement #${reason.statementIndex + 1})` : ''}`
      )
    }))
  }
}
