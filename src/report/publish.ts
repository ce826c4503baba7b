// Publish: everything a run leaves behind for people and for later steps: outputs, the log, the
// job summary, annotations and the sticky pull-request comment. Writes nothing to AWS; decides
// nothing (verdict.ts has decided).
import { createHash } from 'node:crypto'
import * as core from '@actions/core'
import * as log from '../common/log.ts'
import type { ActionInputs, RoleKind } from '../common/model.ts'
import { fence } from './markdown.ts'
import { handedOnRole, renderRunSummary, rolesOutput, runPassRole } from './agentsReport.ts'
import { renderPlanDiff } from './policyDiff.ts'
import type { RunReport } from './runReport.ts'
import { renderPlanLog } from './textReport.ts'

/**
 * GitHub accepts a step summary of at most 1 MiB; in characters, with room for the few that take
 * more than one byte (the verdict marks).
 */
export const SUMMARY_MAX_LENGTH = 900_000

type PublishOptions = Pick<ActionInputs, 'commentOnPr' | 'githubToken'>

/**
 * Sets the outputs, logs each agent's plan, annotates, writes one job summary and one PR comment
 * for every agent of the run.
 */
export async function publishReports(reports: RunReport[], options: PublishOptions): Promise<void> {
  setOutputs(reports)
  for (const report of reports) {
    for (const section of renderPlanLog(report)) {
      const text = section.lines.join('\n')
      if (section.group) log.group(section.group, text)
      else log.info(text)
    }
    for (const warning of [...(report.pendingWarnings ?? []), ...report.warnings]) {
      log.warning(warning)
    }
    for (const error of report.errors) {
      log.error(reports.length > 1 ? `${report.agentName}: ${error}` : error)
    }
  }
  await writeJobSummary(renderRunSummary(reports, { maxLength: SUMMARY_MAX_LENGTH }))
  if (options.commentOnPr) await commentOnPullRequest(reports, options.githubToken)
}

/**
 * With one agent, each output describes it; with several, the per-role outputs are empty (the
 * `roles` output has every agent's), `changed` is true when any agent changed, `pass-role` is
 * the worst answer, and `plan` and `diff` hold every agent's.
 */
function setOutputs(reports: RunReport[]): void {
  core.setOutput('roles', JSON.stringify(rolesOutput(reports)))
  const [only] = reports
  if (reports.length === 1 && only) {
    setAgentOutputs(only)
    return
  }
  for (const name of [
    'execution-role-arn',
    'execution-role-name',
    'codebuild-role-arn',
    'codebuild-role-name'
  ]) {
    core.setOutput(name, '')
  }
  core.setOutput('aws-account-id', reports[0]?.accountId ?? '')
  core.setOutput('changed', String(reports.some((report) => report.plan.changed)))
  core.setOutput('pass-role', runPassRole(reports))
  core.setOutput(
    'plan',
    JSON.stringify({
      agents: Object.fromEntries(reports.map((report) => [report.agentName, planOutput(report)]))
    })
  )
  core.setOutput(
    'diff',
    reports
      .map((report) => ({ agent: report.agentName, diff: renderPlanDiff(report.plan) }))
      .filter((entry) => entry.diff !== '')
      .map((entry) => `# ${entry.agent}\n${entry.diff}`)
      .join('\n')
  )
}

function setAgentOutputs(report: RunReport): void {
  // A dangerous role is not handed on: its ARN and name stay empty.
  const role = (kind: RoleKind) => handedOnRole(report, kind)
  core.setOutput('execution-role-arn', role('runtime')?.arn ?? '')
  core.setOutput('execution-role-name', role('runtime')?.name ?? '')
  core.setOutput('codebuild-role-arn', role('codebuild')?.arn ?? '')
  core.setOutput('codebuild-role-name', role('codebuild')?.name ?? '')
  core.setOutput('aws-account-id', report.accountId)
  core.setOutput('changed', String(report.plan.changed))
  core.setOutput('pass-role', report.passRole?.decision ?? 'unknown')
  core.setOutput('plan', JSON.stringify(planOutput(report)))
  core.setOutput('diff', renderPlanDiff(report.plan))
}

/** The `plan` output: stable, machine-readable, one entry per role. */
function planOutput(report: RunReport) {
  return {
    mode: report.mode,
    applied: report.applied,
    changed: report.plan.changed,
    roles: report.plan.roles.map((role) => ({
      kind: role.kind,
      name: role.name,
      arn: role.arn,
      status: role.status,
      changes: role.changes,
      findings: role.findings
    })),
    passRole: report.passRole?.decision ?? 'unknown',
    configFile: report.configFile
      ? {
          path: report.configFile.path,
          changed: report.configFile.changed,
          written: report.configFile.written
        }
      : undefined
  }
}

async function commentOnPullRequest(
  reports: RunReport[],
  token: string | undefined
): Promise<void> {
  // Loaded only here: @actions/github (Octokit) is most of the bundle's start-up time.
  const { PR_COMMENT_BODY_MAX_LENGTH, pullRequestFromContext, upsertPullRequestComment } =
    await import('./prComment.ts')
  const pullRequest = pullRequestFromContext()
  if (!pullRequest) {
    log.info('comment-on-pr: this run is not for a pull request, so no comment was written.')
    return
  }
  if (!token) {
    log.warning('comment-on-pr: no github-token, so no comment was written.')
    return
  }
  const result = await upsertPullRequestComment({
    ...pullRequest,
    token,
    agentName: commentKey(reports),
    body: renderRunSummary(reports, { maxLength: PR_COMMENT_BODY_MAX_LENGTH })
  })
  if (result.outcome !== 'forbidden') {
    log.info(`comment-on-pr: ${result.outcome} ${result.url}`)
  }
}

/** The sticky comment's key: the agent, or (several) a digest of the step's agents, in any order. */
function commentKey(reports: RunReport[]): string {
  const names = reports.map((report) => report.agentName).sort()
  if (names.length === 1) return names[0] as string
  return `agents-${createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 12)}`
}

/** The summary of a run that stopped before it had a plan (bad input, credentials). */
export async function publishFailure(message: string): Promise<void> {
  await writeJobSummary(
    ['## AgentCore roles: ❌ failed', '', ...fence('text', message), ''].join('\n')
  )
}

/** Runners always set GITHUB_STEP_SUMMARY; a run by hand outside a runner has no summary file. */
async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.info('No GITHUB_STEP_SUMMARY file (not on a runner): job summary not written.')
    return
  }
  await core.summary.addRaw(markdown).write()
}
