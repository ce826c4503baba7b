// The inputs of the policy checks: which IAM Access Analyzer finding types fail the step
// (treat-finding-type-as-blocking, as aws-actions/cloudformation-aws-iam-policy-validator names
// it) and which findings are known and accepted (ignore-finding).
import { FINDING_TYPES, type FindingType } from '../common/model.ts'
import { fail, show } from './messages.ts'

const list = (raw: string) =>
  raw
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)

/** `ERROR,SECURITY_WARNING` by default; `NONE` blocks nothing. */
export function parseBlockingFindingTypes(raw: string): FindingType[] {
  const entries = list(raw || 'ERROR,SECURITY_WARNING').map((entry) => entry.toUpperCase())
  if (entries.length === 1 && entries[0] === 'NONE') return []
  return entries.map((entry) => {
    const type = FINDING_TYPES.find((known) => known === entry)
    if (!type) {
      fail(
        'treat-finding-type-as-blocking',
        `${show(entry)} is not a finding type; use some of ${FINDING_TYPES.join(', ')}, or NONE.`
      )
    }
    return type
  })
}

/** An issue code (`PASS_ROLE_WITH_STAR_IN_RESOURCE`), or a statement's Sid and an issue code. */
const FINDING = /^([A-Za-z0-9]+\.)?[A-Z][A-Z0-9_]*$/

export function parseIgnoredFindings(raw: string): string[] {
  return list(raw).map((entry) => {
    if (!FINDING.test(entry)) {
      fail(
        'ignore-finding',
        `${show(entry)} is neither an issue code (PASS_ROLE_WITH_STAR_IN_RESOURCE) nor a statement Sid and an issue code (MySid.PASS_ROLE_WITH_STAR_IN_RESOURCE).`
      )
    }
    return entry
  })
}
