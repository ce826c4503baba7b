// Publish: everything a run leaves behind for people and for later steps: outputs, the log, the
// job summary, annotations and the sticky pull-request comment. Writes nothing to AWS; decides
// nothing (verdict.ts has decided).
import * as core from '@actions/core'
import * as log from '../common/log.ts'
import type { ActionInputs, RoleKind } from '../common/model.ts'
import { fence } from './markdown.ts'
import { renderSummary } from './markdownReport.ts'
import { renderPlanDiff } from './policyDiff.ts'
import type { RunReport } from './runReport.ts'
import { renderPlanText } from './textReport.ts'

type PublishOptions = Pick<ActionInputs, 'commentOnPr' | 'githubToken'>

/** Publishes the report of every agent of the run (today one). */
export async function publishReports(reports: RunReport[], options: PublishOptions): Promise<void> {
  for (const report of reports) await publishReport(report, options)
}

/** Sets the outputs, logs the plan, annotates, writes the job summary and the PR comment. */
export async function publishReport(report: RunReport, options: PublishOptions): Promise<void> {
  setOutputs(report)
  log.info(renderPlanText(report))
  for (const warning of [...(report.pendingWarnings ?? []), ...report.warnings]) {
    log.warning(warning)
  }
  for (const error of report.errors) log.error(error)
  await writeJobSummary(renderSummary(report))
  if (options.commentOnPr) await commentOnPullRequest(report, options.githubToken)
}

function setOutputs(report: RunReport): void {
  const role = (kind: RoleKind) => report.plan.roles.find((entry) => entry.kind === kind)
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

async function commentOnPullRequest(report: RunReport, token: string | undefined): Promise<void> {
  // Loaded only here: @actions/github (Octokit) is most of the bundle's start-up time.
  const { PR_COMMENT_BODY_MAX_LENGTH, pullRequestFromContext, upsertPullRequestComment } =
    await import(/* webpackMode: "eager" */ './prComment.ts')
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
    agentName: report.agentName,
    body: renderSummary(report, { maxLength: PR_COMMENT_BODY_MAX_LENGTH })
  })
  if (result.outcome !== 'forbidden') {
    log.info(`comment-on-pr: ${result.outcome} ${result.url}`)
  }
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
