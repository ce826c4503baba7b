// The outline as Markdown: the job summary and the pull-request comment. Untrusted values go
// through markdown.ts (escaped, or in code no backtick run can close).
import { code, fence, html, text } from './markdown.ts'
import { outlineOf, type MissingStatement, type Outline } from './outline.ts'
import type { RunReport } from './runReport.ts'

export interface RenderOptions {
  /** Upper bound on the Markdown's length; diffs are shortened first (GitHub caps comment bodies). */
  maxLength?: number
  /** One agent's part of a report of several: headings one level down. */
  nested?: boolean
}

/** The job summary / pull-request comment. */
export function renderSummary(report: RunReport, options: RenderOptions = {}): string {
  const outline = outlineOf(report)
  const full = renderMarkdown(outline, Number.POSITIVE_INFINITY, options.nested)
  const { maxLength } = options
  if (maxLength === undefined || full.length <= maxLength) return full

  // Largest per-diff length that fits: the length of the output only grows with it.
  let fits = -1
  let low = 0
  let high = Math.max(
    ...[...outline.roles.map((role) => role.diff), outline.configFile?.diff ?? ''].map(
      (diff) => diff.length
    )
  )
  while (low <= high) {
    const cap = Math.floor((low + high) / 2)
    if (renderMarkdown(outline, cap, options.nested).length <= maxLength) {
      fits = cap
      low = cap + 1
    } else {
      high = cap - 1
    }
  }
  if (fits >= 0) return renderMarkdown(outline, fits, options.nested)
  const note = '\n\n_Report truncated to fit; the full report is in the job log._\n'
  const room = Math.max(0, maxLength - note.length)
  const bare = renderMarkdown(outline, 0, options.nested)
  return bare.slice(0, bare.lastIndexOf('\n', room) + 1 || room) + note
}

const list = (items: string[]): string[] => items.map((item) => `- ${text(item)}`)

const RISK_MARK: Record<Outline['risks'][number]['state'], string> = {
  blocking: '❌',
  accepted: '⚠️ **accepted** (accept-risky-policies):',
  replaced: '🛠 **replaced** by the desired trust policy:'
}

function missingStatement(what: string, missing: MissingStatement | undefined): string[] {
  if (!missing) return []
  return [
    `Add ${what} to a policy of ${code(missing.principal)}:`,
    '',
    ...fence('json', missing.json),
    ''
  ]
}

function renderMarkdown(outline: Outline, diffCap: number, nested = false): string {
  // Nested under a report of several agents, every heading goes one level down.
  const h2 = nested ? '###' : '##'
  const h3 = nested ? '####' : '###'
  const out: string[] = [
    `${h2} ${outline.headline}: AgentCore roles for ${code(outline.agentName)}`,
    '',
    `Mode: ${outline.modeLabel} · account ${code(outline.accountId)} · region ${code(outline.region)}`,
    ''
  ]
  if (outline.errors.length > 0) {
    out.push(`${h3} ${outline.errorsHeading}`, '', ...list(outline.errors), '')
  }
  if (outline.risks.length > 0) {
    out.push(
      `${h3} ⚠️ Risks`,
      '',
      'Who may assume the roles, and what they may do beyond the job. The action never deletes these statements.',
      '',
      ...outline.risks.map((risk) => `- ${RISK_MARK[risk.state]} ${text(risk.text)}`),
      ''
    )
  }
  if (outline.broadGrants.length > 0) {
    out.push(
      `${h3} ⚠️ Broad grants in extra-policy`,
      '',
      "Allowed by `allow-broad-extra-policy: true`; the agent's runtime role holds:",
      '',
      ...outline.broadGrants.map((grant) => `- **${text(grant)}**`),
      ''
    )
  }

  // Status first and the role's name, not its ARN, in the row: at 900 px every status is on screen.
  out.push('| Status | Role | Name | PassRole |', '| --- | --- | --- | --- |')
  for (const role of outline.roles) {
    const cells = [role.status, role.label, code(role.name, true), role.passRole]
    out.push(`| ${cells.join(' | ')} |`)
  }
  out.push('')
  if (outline.roles.length > 0) {
    out.push(
      '<details>',
      '<summary>Role ARNs</summary>',
      '',
      ...outline.roles.map((role) => `- ${role.label}: ${code(role.arn)}`),
      '',
      '</details>',
      ''
    )
  }
  const perRole = (items: (role: Outline['roles'][number]) => string[]) =>
    outline.roles.flatMap((role) => items(role).map((item) => `- **${role.label}**: ${text(item)}`))
  const changes = perRole((role) => role.changes)
  if (changes.length > 0) out.push(`${h3} Changes`, '', ...changes, '')
  const findings = perRole((role) => role.findings)
  if (findings.length > 0) out.push(`${h3} Findings`, '', ...findings, '')
  for (const role of outline.roles) {
    out.push(
      ...missingStatement(
        `these statements, in the tool that owns the ${role.label} role (Terraform, CDK, the console),`,
        role.missing
      )
    )
  }
  for (const role of outline.roles) {
    if (role.diff !== '') {
      out.push(
        ...details(`${role.label} role diff: <code>${html(role.name)}</code>`, role.diff, diffCap),
        ''
      )
    }
  }

  const passRole = outline.passRole
  if (passRole) {
    out.push(`${h3} PassRole: ${passRole.label}`, '', text(passRole.reason), '')
    if (passRole.toolkitPattern.length > 0) out.push(...list(passRole.toolkitPattern), '')
    out.push(...missingStatement('this statement', passRole.missing))
    if (passRole.explicitDeny.length > 0) {
      out.push('Denied explicitly by (an Allow cannot override these):', '')
      for (const statement of passRole.explicitDeny) {
        out.push(
          `- ${code(statement.policy)}${statement.sid ? ` (Sid ${code(statement.sid)})` : ''}`
        )
      }
      out.push('')
    }
    if (passRole.cannotSee.length > 0) {
      out.push('The local evaluation cannot see:', '', ...list(passRole.cannotSee), '')
    }
  }
  const bootstrap = outline.bootstrap
  if (bootstrap) {
    out.push(`${h3} CDK bootstrap: ${bootstrap.label}`, '', ...list(bootstrap.lines), '')
    out.push(...missingStatement('this statement', bootstrap.missing))
  }
  const deploy = outline.deployPermissions
  if (deploy) {
    out.push(`${h3} Deploy permissions: ${deploy.label}`, '', text(deploy.reason), '')
    if (deploy.denied.length > 0) out.push(...list(deploy.denied), '')
    out.push(...missingStatement('these statements', deploy.missing))
  }
  out.push(...policyChecksMarkdown(outline.policyChecks, h3))
  const leftovers = outline.leftovers
  if (leftovers) {
    out.push(
      `${h3} Roles left over`,
      '',
      'Made by this action for agents the config file no longer declares:',
      '',
      ...list(leftovers.lines),
      ''
    )
    if (leftovers.step) {
      out.push(
        'This step removes them (only the roles this action made):',
        '',
        ...fence('yaml', leftovers.step),
        ''
      )
    }
  }
  const configFile = outline.configFile
  if (configFile) {
    out.push(`${h3} Config file`, '', `${code(configFile.path)}: ${configFile.state}.`, '')
    if (configFile.diff !== undefined) {
      out.push(
        ...details(`Diff: <code>${html(configFile.path)}</code>`, configFile.diff, diffCap),
        ''
      )
    }
  }
  if (outline.nextStep) {
    out.push(`${h3} Next step`, '')
    if (outline.nextStep.afterApply) out.push('Once an `apply` run has made the changes above:', '')
    out.push(...fence('bash', outline.nextStep.commands.join('\n')), '')
  }
  if (outline.warnings.length > 0) out.push(`${h3} Warnings`, '', ...list(outline.warnings), '')
  return `${out.join('\n').trimEnd()}\n`
}

const FINDING_MARK = { blocking: '❌', ignored: '➖ ignored (ignore-finding):', listed: '•' }

/** AWS's validator and new-access check: findings by type, then one answer per changed role. */
function policyChecksMarkdown(checks: Outline['policyChecks'], h3: string): string[] {
  if (!checks) return []
  const out = [
    `${h3} Policy checks (IAM Access Analyzer)`,
    '',
    `Validation: ${text(checks.validation)}.`,
    ''
  ]
  for (const group of checks.findings) {
    out.push(`**${group.label}**`, '')
    for (const line of group.lines) {
      const link = line.link ? ` ([reference](${line.link}))` : ''
      out.push(
        `- ${FINDING_MARK[line.state]} ${code(line.issueCode)} in the ${text(line.where)}: ${text(line.details)}${link}`
      )
    }
    out.push('')
  }
  if (checks.newAccess.length > 0) {
    out.push('**Does this change grant new access?**', '')
    for (const role of checks.newAccess) {
      out.push(`- ${text(role.role)}: ${text(role.answer)}`)
      for (const reason of role.reasons) out.push(`  - ${text(reason)}`)
    }
    out.push('')
  }
  return out
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
