// The report a person reads: the job summary / pull-request comment (Markdown) and the log (text).
// Both render the same facts, computed once here from the run's results. Pure: no I/O.

import {
  describeDeniedPermission,
  type DeployPermissionsResult
} from '../checks/deployPermissions.ts'
import { code, fence, html, text } from './markdown.ts'
import type {
  Mode,
  PassRoleResult,
  PassRoleRoleDecision,
  Plan,
  RoleChange,
  RoleKind,
  RolePlan,
  RoleStatus
} from '../common/model.ts'
import { POLICY_VERSION } from '../common/model.ts'

export interface ConfigFileReport {
  path: string
  changed: boolean
  /** True once the change is on disk (apply); false when it is only shown (dry-run, verify). */
  written: boolean
  /** Unified diff of the change; '' when unchanged. */
  diff: string
}

/** Everything the report needs from one run. */
export interface RunReport {
  mode: Mode
  agentName: string
  region: string
  accountId: string
  plan: Plan
  /** True when the apply stage ran: statuses read as done (created), not pending (would create). */
  applied: boolean
  /** Absent when the PassRole check is off (check-pass-role: false). */
  passRole?: PassRoleResult
  /** Absent when check-deploy-permissions is off. */
  deployPermissions?: DeployPermissionsResult
  /** Absent when no config-file was given. */
  configFile?: ConfigFileReport
  errors: string[]
  warnings: string[]
  /** extra-policy statements the user allowed although they are broad (allow-broad-extra-policy). */
  broadGrants: string[]
}

export interface RenderOptions {
  /** Upper bound on the Markdown's length; diffs are shortened first (GitHub caps comment bodies). */
  maxLength?: number
}

export type Verdict = 'failed' | 'drift-pending' | 'changes-applied' | 'up-to-date'

const VERDICT_HEADLINE: Record<Verdict, string> = {
  failed: '❌ failed',
  'drift-pending': '⚠️ changes pending',
  'changes-applied': '🛠 changes applied',
  'up-to-date': '✅ up to date'
}

const MODE_LABEL: Record<Mode, string> = {
  apply: 'apply',
  'dry-run': 'dry run (read only, nothing was changed)',
  verify: 'verify (read only, nothing was changed)'
}

const ROLE_LABEL: Record<RoleKind, string> = { runtime: 'Runtime', codebuild: 'CodeBuild' }

const PASS_ROLE_LABEL: Record<PassRoleRoleDecision, string> = {
  allowed: '✅ allowed',
  implicitDeny: '❌ denied',
  explicitDeny: '❌ denied (explicit Deny)',
  unknown: '❔ unknown'
}

/** One glance: failed beats pending beats applied beats up to date. */
export function verdictOf(report: RunReport): Verdict {
  if (report.errors.length > 0 || report.passRole?.decision === 'denied') return 'failed'
  const rolesPending = report.plan.roles.some(
    (role) => role.status === 'drift-unmanaged' || (!report.applied && role.status !== 'unchanged')
  )
  const configPending = report.configFile?.changed === true && !report.configFile.written
  if (rolesPending || configPending) return 'drift-pending'
  const configWritten = report.configFile?.changed === true && report.configFile.written
  if ((report.applied && report.plan.changed) || configWritten) return 'changes-applied'
  return 'up-to-date'
}

export function statusLabel(status: RoleStatus, applied: boolean): string {
  switch (status) {
    case 'create':
      return applied ? 'created' : 'would create'
    case 'update':
      return applied ? 'updated' : 'would update'
    case 'unchanged':
      return 'up to date'
    case 'drift-unmanaged':
      return 'drift, not managed by this action (left as is)'
  }
}

/** One change in words: `would update the trust policy` (pending) or `updated the trust policy`. */
export function describeChange(change: RoleChange, applied: boolean): string {
  const [pending, done, object] = ((): [string, string, string] => {
    switch (change.type) {
      case 'create-role':
        return ['create', 'created', 'the role']
      case 'update-trust-policy':
        return ['update', 'updated', 'the trust policy']
      case 'put-role-policy':
        return ['put', 'put', `the inline policy ${change.policyName}`]
      case 'tag-role':
        return [
          'tag',
          'tagged',
          `the role: ${Object.entries(change.tags)
            .map(([key, value]) => `${key}=${value}`)
            .join(', ')}`
        ]
      case 'put-permissions-boundary':
        return ['set', 'set', `the permissions boundary ${change.permissionsBoundary}`]
      case 'update-description':
        return ['update', 'updated', 'the description']
    }
  })()
  return applied ? `${done} ${object}` : `would ${pending} ${object}`
}

function passRoleFor(report: RunReport, role: RolePlan): string {
  if (!report.passRole) return 'not checked'
  const result = report.passRole.roles.find((entry) => entry.kind === role.kind)
  return result ? PASS_ROLE_LABEL[result.decision] : PASS_ROLE_LABEL.unknown
}

/** The command that chains into the toolkit, ARNs filled in (flags of the starter toolkit CLI). */
export function nextStepCommands(report: RunReport): string[] {
  const runtime = report.plan.roles.find((role) => role.kind === 'runtime')
  const codebuild = report.plan.roles.find((role) => role.kind === 'codebuild')
  // `agentcore deploy` is the toolkit's command since 0.2.0 (CodeBuild by default); older releases
  // call it `agentcore launch --codebuild`, and newer ones reject `--codebuild`.
  const deploy = 'agentcore deploy  # starter toolkit < 0.2: agentcore launch --codebuild'
  if (report.configFile) return [deploy]
  const configure = [
    'agentcore configure -e <entrypoint.py>',
    `-n ${shellWord(report.agentName)}`,
    `-r ${shellWord(report.region)}`,
    ...(runtime ? [`-er ${shellWord(runtime.arn)}`] : []),
    ...(codebuild ? [`-cber ${shellWord(codebuild.arn)}`] : []),
    '--non-interactive'
  ]
  return [configure.join(' '), deploy]
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** The job summary / pull-request comment. */
export function renderSummary(report: RunReport, options: RenderOptions = {}): string {
  const full = renderMarkdown(report, Number.POSITIVE_INFINITY)
  const { maxLength } = options
  if (maxLength === undefined || full.length <= maxLength) return full

  // Largest per-diff length that fits: the length of the output only grows with it.
  let fits = -1
  let low = 0
  let high = longestDiff(report)
  while (low <= high) {
    const cap = Math.floor((low + high) / 2)
    if (renderMarkdown(report, cap).length <= maxLength) {
      fits = cap
      low = cap + 1
    } else {
      high = cap - 1
    }
  }
  if (fits >= 0) return renderMarkdown(report, fits)
  const note = '\n\n_Report truncated to fit; the full report is in the job log._\n'
  const room = Math.max(0, maxLength - note.length)
  const bare = renderMarkdown(report, 0)
  return bare.slice(0, bare.lastIndexOf('\n', room) + 1 || room) + note
}

function longestDiff(report: RunReport): number {
  const diffs = [...report.plan.roles.map((role) => role.diff), report.configFile?.diff ?? '']
  return Math.max(...diffs.map((diff) => diff.length))
}

function renderMarkdown(report: RunReport, diffCap: number): string {
  const verdict = verdictOf(report)
  const out: string[] = []
  out.push(
    `## ${VERDICT_HEADLINE[verdict]}: AgentCore roles for ${code(report.agentName)}`,
    '',
    `Mode: ${MODE_LABEL[report.mode]} · account ${code(report.accountId)} · region ${code(report.region)}`,
    ''
  )
  if (report.errors.length > 0) {
    out.push('### Errors', '', ...report.errors.map((error) => `- ${text(error)}`), '')
  }
  if (report.broadGrants.length > 0) {
    out.push(
      '### ⚠️ Broad grants in extra-policy',
      '',
      "Allowed by `allow-broad-extra-policy: true`; the agent's runtime role holds:",
      '',
      ...report.broadGrants.map((grant) => `- **${text(grant)}**`),
      ''
    )
  }

  out.push('| Role | Name | ARN | Status | PassRole |', '| --- | --- | --- | --- | --- |')
  for (const role of report.plan.roles) {
    const cells = [
      ROLE_LABEL[role.kind],
      code(role.name, true),
      code(role.arn, true),
      statusLabel(role.status, report.applied),
      passRoleFor(report, role)
    ]
    out.push(`| ${cells.join(' | ')} |`)
  }
  out.push('')

  const changes = report.plan.roles.flatMap((role) =>
    role.changes.map(
      (change) => `- **${ROLE_LABEL[role.kind]}**: ${text(describeChange(change, report.applied))}`
    )
  )
  if (changes.length > 0) out.push('### Changes', '', ...changes, '')
  const findings = report.plan.roles.flatMap((role) =>
    role.findings.map((finding) => `- **${ROLE_LABEL[role.kind]}**: ${text(finding)}`)
  )
  if (findings.length > 0) out.push('### Findings', '', ...findings, '')

  for (const role of report.plan.roles) {
    if (role.diff !== '') {
      out.push(
        ...details(
          `${ROLE_LABEL[role.kind]} role diff: <code>${html(role.name)}</code>`,
          role.diff,
          diffCap
        ),
        ''
      )
    }
  }

  if (report.passRole) out.push(...passRoleMarkdown(report.passRole))
  if (report.deployPermissions) out.push(...deployPermissionsMarkdown(report.deployPermissions))

  if (report.configFile) {
    const { path, changed, written, diff } = report.configFile
    const state = !changed ? 'up to date' : written ? 'updated' : 'would be updated'
    out.push(`### Config file`, '', `${code(path)}: ${state}.`, '')
    if (changed) out.push(...details(`Diff: <code>${html(path)}</code>`, diff, diffCap), '')
  }

  if (verdict !== 'failed') {
    out.push('### Next step', '')
    if (verdict === 'drift-pending') {
      out.push('Once an `apply` run has made the changes above:', '')
    }
    out.push(...fence('bash', nextStepCommands(report).join('\n')), '')
  }

  if (report.warnings.length > 0) {
    out.push('### Warnings', '', ...report.warnings.map((warning) => `- ${text(warning)}`), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** Whether roles the toolkit would name (AmazonBedrockAgentCore*) may be passed too: informational. */
function toolkitPatternLines(result: PassRoleResult): string[] {
  return (result.toolkitPattern ?? []).map(
    (pattern) =>
      `toolkit-named roles ${pattern.resource} → ${pattern.service}: ${PASS_ROLE_LABEL[pattern.decision]}`
  )
}

function passRoleMarkdown(result: PassRoleResult): string[] {
  const headline =
    result.decision === 'allowed'
      ? PASS_ROLE_LABEL.allowed
      : result.decision === 'denied'
        ? '❌ denied'
        : PASS_ROLE_LABEL.unknown
  const out = [`### PassRole: ${headline}`, '', text(result.reason), '']
  const toolkit = toolkitPatternLines(result)
  if (toolkit.length > 0) out.push(...toolkit.map((line) => `- ${text(line)}`), '')
  if (result.decision === 'denied' && result.missingStatement) {
    const who = result.principalArn ?? result.callerArn
    out.push(
      `Add this statement to a policy of ${code(who)}:`,
      '',
      ...fence('json', JSON.stringify(result.missingStatement, null, 2)),
      ''
    )
  }
  if (result.explicitDeny && result.explicitDeny.length > 0) {
    out.push('Denied explicitly by (an Allow cannot override these):', '')
    for (const statement of result.explicitDeny) {
      const sid = statement.sid ? ` (Sid ${code(statement.sid)})` : ''
      out.push(`- ${code(statement.sourcePolicyId)}${sid}`)
    }
    out.push('')
  }
  const cannotSee = result.localEvaluation?.cannotSee ?? []
  if (cannotSee.length > 0) {
    out.push(
      'The local evaluation cannot see:',
      '',
      ...cannotSee.map((item) => `- ${text(item)}`),
      ''
    )
  }
  return out
}

function deployPermissionsMarkdown(result: DeployPermissionsResult): string[] {
  const headline =
    result.status === 'unknown'
      ? PASS_ROLE_LABEL.unknown
      : result.denied.length === 0
        ? PASS_ROLE_LABEL.allowed
        : `❌ ${result.denied.length} denied`
  const out = [`### Deploy permissions: ${headline}`, '', text(result.reason), '']
  if (result.denied.length > 0) {
    out.push(...result.denied.map((denial) => `- ${text(describeDeniedPermission(denial))}`), '')
  }
  if (result.missingStatements.length > 0) {
    out.push(
      `Add these statements to a policy of ${code(result.principalArn ?? 'the caller')}:`,
      '',
      ...fence('json', missingDeployPolicyJson(result)),
      ''
    )
  }
  return out
}

/** The statements to add, as a policy document: pasted whole as a new policy, or statement by statement. */
function missingDeployPolicyJson(result: DeployPermissionsResult): string {
  return JSON.stringify({ Version: POLICY_VERSION, Statement: result.missingStatements }, null, 2)
}

function details(summary: string, diff: string, cap: number): string[] {
  const { shown, hiddenLines } = truncateLines(diff, cap)
  const out = ['<details>', `<summary>${summary}</summary>`, '', ...fence('diff', shown)]
  if (hiddenLines > 0) {
    out.push(
      '',
      `_${hiddenLines} more lines not shown here; the full diff is in the job log and the \`diff\` output._`
    )
  }
  out.push('', '</details>')
  return out
}

/** Whole lines of `value` up to `cap` characters. */
function truncateLines(value: string, cap: number): { shown: string; hiddenLines: number } {
  const trimmed = value.replace(/\n$/, '')
  if (trimmed.length <= cap) return { shown: trimmed, hiddenLines: 0 }
  const cut = trimmed.lastIndexOf('\n', cap)
  const shown = cut > 0 ? trimmed.slice(0, cut) : ''
  const hiddenLines = trimmed.split('\n').length - (shown === '' ? 0 : shown.split('\n').length)
  return { shown, hiddenLines }
}

/** A shell word: as is when it holds no shell metacharacter, else single-quoted. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`
}

// ---------------------------------------------------------------------------------------------
// Plain text (the log)

/** The same facts for the step's log: plain text, no HTML, no Markdown. */
export function renderPlanText(report: RunReport): string {
  const verdict = verdictOf(report)
  const out: string[] = [
    `AgentCore roles for ${report.agentName}: ${VERDICT_HEADLINE[verdict]}`,
    `  mode ${MODE_LABEL[report.mode]}, account ${report.accountId}, region ${report.region}`
  ]
  for (const error of report.errors) out.push(`  error: ${oneLine(error)}`)
  for (const grant of report.broadGrants) {
    out.push(`  BROAD GRANT in extra-policy (allow-broad-extra-policy): ${oneLine(grant)}`)
  }

  for (const role of report.plan.roles) {
    out.push(
      `${ROLE_LABEL[role.kind]} role ${role.name}: ${statusLabel(role.status, report.applied)}`,
      `  ARN: ${role.arn}`,
      `  PassRole: ${passRoleFor(report, role)}`
    )
    for (const change of role.changes)
      out.push(`  - ${oneLine(describeChange(change, report.applied))}`)
    for (const finding of role.findings) out.push(`  * ${oneLine(finding)}`)
    if (role.diff !== '') out.push('  diff:', ...indent(role.diff, '    '))
  }

  if (report.passRole) {
    const result = report.passRole
    out.push(`PassRole: ${result.decision}: ${oneLine(result.reason)}`)
    for (const line of toolkitPatternLines(result)) out.push(`  ${line}`)
    if (result.decision === 'denied' && result.missingStatement) {
      out.push(
        `  add this statement to a policy of ${result.principalArn ?? result.callerArn}:`,
        ...indent(JSON.stringify(result.missingStatement, null, 2), '    ')
      )
    }
    for (const statement of result.explicitDeny ?? []) {
      out.push(
        `  explicitly denied by ${statement.sourcePolicyId}${statement.sid ? ` (Sid ${statement.sid})` : ''}`
      )
    }
    for (const item of result.localEvaluation?.cannotSee ?? []) {
      out.push(`  the local evaluation cannot see: ${oneLine(item)}`)
    }
  }

  if (report.deployPermissions) {
    const result = report.deployPermissions
    out.push(`Deploy permissions: ${result.status}: ${oneLine(result.reason)}`)
    for (const denial of result.denied) out.push(`  ✗ ${oneLine(describeDeniedPermission(denial))}`)
    if (result.missingStatements.length > 0) {
      out.push(
        `  add these statements to a policy of ${result.principalArn ?? 'the caller'}:`,
        ...indent(missingDeployPolicyJson(result), '    ')
      )
    }
  }

  if (report.configFile) {
    const { path, changed, written, diff } = report.configFile
    out.push(
      `Config file ${path}: ${!changed ? 'up to date' : written ? 'updated' : 'would be updated'}`
    )
    if (changed) out.push(...indent(diff, '    '))
  }

  if (verdict !== 'failed') {
    out.push(
      verdict === 'drift-pending'
        ? 'Next step, once an apply run has made the changes:'
        : 'Next step:',
      ...nextStepCommands(report).map((command) => `  ${command}`)
    )
  }
  for (const warning of report.warnings) out.push(`warning: ${oneLine(warning)}`)
  return `${out.join('\n')}\n`
}

function oneLine(value: string): string {
  return value.replace(/\s*\r?\n\s*/g, ' ')
}

/** Every line indented, so no line of a value can start a workflow command (`::`). */
function indent(value: string, prefix: string): string[] {
  return value
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `${prefix}${line}`)
}
