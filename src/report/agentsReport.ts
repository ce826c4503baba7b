// A run of several agents: one overview with each agent's verdict at a glance, then each agent's
// own report, for the job summary and the one sticky comment; and the `roles` output. A run of one
// agent reads exactly as before.
import type { PassRoleDecision, RoleKind } from '../common/model.ts'
import { code } from './markdown.ts'
import { renderSummary, type RenderOptions } from './markdownReport.ts'
import type { RunReport } from './runReport.ts'
import { blockingRisks, headlineOf, verdictOf } from './verdict.ts'
import { isDeleteMode } from '../common/model.ts'
import { PASS_ROLE_LABEL, VERDICT_HEADLINE, type Verdict } from './wording.ts'

const VERDICT_ORDER: Verdict[] = ['failed', 'drift-pending', 'changes-applied', 'up-to-date']

/** The run's verdict: the worst of its agents'. */
export function runVerdict(reports: RunReport[]): Verdict {
  const verdicts = reports.map(verdictOf)
  return VERDICT_ORDER.find((verdict) => verdicts.includes(verdict)) ?? 'up-to-date'
}

/** The run's PassRole answer: denied beats unknown beats allowed. */
export function runPassRole(reports: RunReport[]): PassRoleDecision {
  const decisions = reports.map((report) => report.passRole?.decision ?? 'unknown')
  if (decisions.includes('denied')) return 'denied'
  return decisions.every((decision) => decision === 'allowed') ? 'allowed' : 'unknown'
}

const roleOf = (report: RunReport, kind: RoleKind) =>
  report.plan.roles.find((role) => role.kind === kind)

/**
 * The role of a kind that later steps may use: none when it is dangerous (its risks fail the
 * step), or when AWS's validator blocked its policies (then nothing was written).
 */
export const handedOnRole = (report: RunReport, kind: RoleKind) =>
  report.plan.roles.find(
    (role) =>
      role.kind === kind &&
      !isDeleteMode(report.mode) &&
      blockingRisks(role, report.applied).length === 0 &&
      !report.validation?.findings.some((finding) => finding.blocking && finding.roleKind === kind)
  )

/** The `roles` output: every agent's role ARNs and names, whether anything changed, PassRole. */
export function rolesOutput(reports: RunReport[]): Record<string, unknown> {
  return Object.fromEntries(
    reports.map((report) => [
      report.agentName,
      {
        executionRoleArn: handedOnRole(report, 'runtime')?.arn ?? '',
        executionRoleName: handedOnRole(report, 'runtime')?.name ?? '',
        codebuildRoleArn: handedOnRole(report, 'codebuild')?.arn ?? '',
        codebuildRoleName: handedOnRole(report, 'codebuild')?.name ?? '',
        changed: report.plan.changed,
        passRole: report.passRole?.decision ?? 'unknown',
        verdict: verdictOf(report)
      }
    ])
  )
}

function passRoleCell(report: RunReport): string {
  const decision = report.passRole?.decision
  if (decision === undefined) return 'not checked'
  return decision === 'allowed'
    ? PASS_ROLE_LABEL.allowed
    : decision === 'denied'
      ? '❌ denied'
      : PASS_ROLE_LABEL.unknown
}

/** The job summary or comment of a run: one agent's report, or an overview and every agent's. */
export function renderRunSummary(reports: RunReport[], options: RenderOptions = {}): string {
  const [only] = reports
  if (reports.length === 1 && only) return renderSummary(only, options)
  const first = reports[0]
  const rows = reports.map((report) => {
    // The verdict and PassRole before the long role names: at 900 px both stay on screen.
    const cells = [
      headlineOf(report),
      code(report.agentName, true),
      passRoleCell(report),
      code(roleOf(report, 'runtime')?.name ?? '—', true),
      code(roleOf(report, 'codebuild')?.name ?? '—', true)
    ]
    return `| ${cells.join(' | ')} |`
  })
  const overview = [
    `## ${VERDICT_HEADLINE[runVerdict(reports)]}: AgentCore roles for ${reports.length} agents`,
    '',
    first ? `Account ${code(first.accountId)} · region ${code(first.region)}` : '',
    '',
    '| Verdict | Agent | PassRole | Runtime role | CodeBuild role |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
  const room =
    options.maxLength === undefined
      ? undefined
      : Math.floor((options.maxLength - overview.length) / Math.max(1, reports.length)) - 2
  if (room === undefined || room >= MIN_AGENT_ROOM) {
    const parts = reports.map((report) =>
      renderSummary(report, { nested: true, ...(room !== undefined ? { maxLength: room } : {}) })
    )
    return [overview, ...parts].join('\n')
  }
  return [overview, ...withinLength(reports, (options.maxLength ?? 0) - overview.length)].join('\n')
}

/** Below this many characters an agent's report says too little: whole reports, or none. */
const MIN_AGENT_ROOM = 1500

/** Whole agent reports that fit, the failed and pending first, then a line counting the rest. */
function withinLength(reports: RunReport[], room: number): string[] {
  const rank = { failed: 0, 'drift-pending': 1, 'changes-applied': 2, 'up-to-date': 3 } as const
  const ordered = [...reports].sort((a, b) => rank[verdictOf(a)] - rank[verdictOf(b)])
  const shown: string[] = []
  let used = 0
  const left: RunReport[] = []
  for (const report of ordered) {
    const part = renderSummary(report, { nested: true })
    // Room for the closing line, whatever follows.
    if (left.length === 0 && used + part.length + 1 + 300 <= room) {
      shown.push(part)
      used += part.length + 1
    } else left.push(report)
  }
  if (left.length > 0) {
    const counts = Object.entries(
      left.reduce<Record<string, number>>((all, report) => {
        const verdict = headlineOf(report)
        return { ...all, [verdict]: (all[verdict] ?? 0) + 1 }
      }, {})
    ).map(([verdict, count]) => `${count} ${verdict}`)
    shown.push(
      `_${left.length} more agents (${counts.join(', ')}) are in the table above only; each agent's full report is in the job log._\n`
    )
  }
  return shown
}
