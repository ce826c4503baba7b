// The outline as plain text, for the step's log: no HTML, no Markdown. It goes to the log through
// src/common/log.ts, which keeps any line of it from acting as a workflow command.
import { oneLine } from '../common/text.ts'
import { outlineOf, type MissingStatement } from './outline.ts'
import type { RunReport } from './runReport.ts'

/** Every line of a block, indented under its heading. */
function indent(value: string, prefix: string): string[] {
  return value
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `${prefix}${line}`)
}

/** The same facts as the job summary, for the step's log. */
/** A statement to add, indented under the line that says to whose policy. */
function missingStatement(what: string, missing: MissingStatement | undefined): string[] {
  if (!missing) return []
  return [`  add ${what} to a policy of ${missing.principal}:`, ...indent(missing.json, '    ')]
}

/** A part of the log: top-level lines, or lines folded under a title (`::group::`). */
export interface LogSection {
  lines: string[]
  group?: string
}

/** The same facts as the job summary, for the step's log, as one text (tests read it so). */
export function renderPlanText(report: RunReport): string {
  return `${renderPlanLog(report)
    .flatMap((section) => section.lines)
    .join('\n')}\n`
}

/**
 * The log's sections: one line per role and check at the top level; policy documents and diffs
 * folded, so that a run's log reads at a glance.
 */
export function renderPlanLog(report: RunReport): LogSection[] {
  const outline = outlineOf(report)
  const sections: LogSection[] = []
  let out: string[] = []
  const fold = (title: string, lines: string[]) => {
    if (lines.length === 0) return
    sections.push({ lines: out })
    sections.push({ group: title, lines })
    out = []
  }
  out = [
    `AgentCore roles for ${outline.agentName}: ${outline.headline}`,
    `  mode ${outline.modeLabel}, account ${outline.accountId}, region ${outline.region}`
  ]
  for (const error of outline.errors) out.push(`  error: ${oneLine(error)}`)
  for (const risk of outline.risks) {
    const mark = { blocking: 'RISK', accepted: 'RISK (accepted)', replaced: 'RISK (replaced)' }
    out.push(`  ${mark[risk.state]}: ${oneLine(risk.text)}`)
  }
  for (const grant of outline.broadGrants) {
    out.push(`  BROAD GRANT in extra-policy (allow-broad-extra-policy): ${oneLine(grant)}`)
  }
  for (const role of outline.roles) {
    out.push(
      `${role.label} role ${role.name}: ${role.status}`,
      `  ARN: ${role.arn}`,
      `  PassRole: ${role.passRole}`
    )
    for (const change of role.changes) out.push(`  - ${oneLine(change)}`)
    if (role.findings.length > 0) {
      out.push(`  ${role.findings.length} finding${role.findings.length === 1 ? '' : 's'}:`)
      fold(
        `${role.label} role ${role.name}: findings`,
        role.findings.map((finding) => `  * ${oneLine(finding)}`)
      )
    }
    fold(
      `${role.label} role ${role.name}: statements to add`,
      missingStatement('these statements, in the tool that owns the role,', role.missing)
    )
    if (role.diff !== '') {
      fold(`${role.label} role ${role.name}: diff`, ['  diff:', ...indent(role.diff, '    ')])
    }
  }
  const passRole = outline.passRole
  if (passRole) {
    out.push(`PassRole: ${passRole.decision}: ${oneLine(passRole.reason)}`)
    for (const line of passRole.toolkitPattern) out.push(`  ${line}`)
    fold('PassRole: statement to add', missingStatement('this statement', passRole.missing))
    for (const statement of passRole.explicitDeny) {
      out.push(
        `  explicitly denied by ${statement.policy}${statement.sid ? ` (Sid ${statement.sid})` : ''}`
      )
    }
    for (const item of passRole.cannotSee)
      out.push(`  the local evaluation cannot see: ${oneLine(item)}`)
  }
  const bootstrap = outline.bootstrap
  if (bootstrap) {
    out.push(`CDK bootstrap: ${bootstrap.status}`)
    for (const line of bootstrap.lines) out.push(`  ${oneLine(line)}`)
    fold('CDK bootstrap: statement to add', missingStatement('this statement', bootstrap.missing))
  }
  const deploy = outline.deployPermissions
  if (deploy) {
    out.push(`Deploy permissions: ${deploy.status}: ${oneLine(deploy.reason)}`)
    for (const denial of deploy.denied) out.push(`  ✗ ${oneLine(denial)}`)
    fold(
      'Deploy permissions: statements to add',
      missingStatement('these statements', deploy.missing)
    )
  }
  const checks = outline.policyChecks
  if (checks) {
    out.push(`Policy validation: ${oneLine(checks.validation)}`)
    for (const group of checks.findings) {
      for (const line of group.lines) {
        const mark = { blocking: 'BLOCKING', ignored: 'ignored', listed: 'listed' }[line.state]
        out.push(
          `  ${group.type} ${line.issueCode} (${mark}) in the ${oneLine(line.where)}: ${oneLine(line.details)}${line.link ? ` ${line.link}` : ''}`
        )
      }
    }
    for (const role of checks.newAccess) {
      out.push(`New access: ${oneLine(role.role)}: ${oneLine(role.answer)}`)
      for (const reason of role.reasons) out.push(`  - ${oneLine(reason)}`)
    }
  }
  const leftovers = outline.leftovers
  if (leftovers) {
    out.push('Roles left over (made by this action for agents the config file no longer declares):')
    for (const line of leftovers.lines) out.push(`  ${oneLine(line)}`)
    if (leftovers.step) out.push('  removed by this step:', ...indent(leftovers.step, '    '))
  }
  const configFile = outline.configFile
  if (configFile) {
    out.push(`Config file ${configFile.path}: ${configFile.state}`)
    if (configFile.diff !== undefined) {
      fold(`Config file ${configFile.path}: diff`, indent(configFile.diff, '    '))
    }
  }
  if (outline.nextStep) {
    out.push(
      outline.nextStep.afterApply
        ? 'Next step, once an apply run has made the changes:'
        : 'Next step:',
      ...outline.nextStep.commands.map((command) => `  ${command}`)
    )
  }
  for (const warning of outline.warnings) out.push(`warning: ${oneLine(warning)}`)
  sections.push({ lines: out })
  return sections.filter((section) => section.lines.length > 0)
}
