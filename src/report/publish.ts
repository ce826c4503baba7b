// Report: everything the run leaves behind for people and for later steps — outputs, the log,
// the job summary, annotations and the sticky pull-request comment. Writes nothing to AWS.
import * as core from '@actions/core'
import * as log from '../common/log.ts'
import type { ConfigFileUpdate } from '../deployTools/starterToolkit/configFile.ts'
import { desiredRole } from '../desired/desiredState.ts'
import type { DeployPermissionsResult } from '../checks/deployPermissions.ts'
import type { ActionInputs, DesiredState, PassRoleResult, Plan, RoleKind } from '../common/model.ts'
import { broadGrants, describeBroadGrant } from '../desired/extraPolicyGrants.ts'
import { fence } from './markdown.ts'
import { renderPlanDiff } from './policyDiff.ts'
import {
  describeChange,
  renderPlanText,
  renderSummary,
  statusLabel,
  type RunReport
} from './summary.ts'

export interface RunOutcome {
  inputs: ActionInputs
  accountId: string
  desired: DesiredState
  plan: Plan
  applied: boolean
  passRole?: PassRoleResult
  /** Absent when check-deploy-permissions is off. */
  deployPermissions?: DeployPermissionsResult
  configFile?: { update: ConfigFileUpdate; written: boolean }
  /** Reasons the step fails, most important first; empty when it succeeds. */
  errors: string[]
  warnings: string[]
}

/** Sets the outputs, logs the plan, writes the job summary and the PR comment, annotates. */
export async function publishReport(outcome: RunOutcome): Promise<void> {
  setOutputs(outcome)
  const report = toRunReport(outcome)
  log.info(renderPlanText(report))
  const broad = report.broadGrants.map(
    (grant) =>
      `extra-policy ${grant}: allowed by allow-broad-extra-policy, so the agent's runtime role holds it.`
  )
  for (const warning of [...broad, ...pendingChangeWarnings(outcome), ...outcome.warnings]) {
    log.warning(warning)
  }
  for (const error of outcome.errors) log.error(error)
  await writeJobSummary(renderSummary(report))
  if (outcome.inputs.commentOnPr) await commentOnPullRequest(outcome, report)
}

/** Whether pending changes fail the step: always in verify, in dry-run with fail-on-drift. */
export function failsOnPendingChanges(inputs: Pick<ActionInputs, 'mode' | 'failOnDrift'>): boolean {
  return inputs.mode === 'verify' || (inputs.mode === 'dry-run' && inputs.failOnDrift)
}

/**
 * Annotations for what a read-only run leaves pending: a warning per role and one for the config
 * file. When the run fails on pending changes, its error names them instead: errors for failures,
 * warnings for drift that does not fail the step.
 */
function pendingChangeWarnings(outcome: RunOutcome): string[] {
  const warnings: string[] = []
  if (!outcome.applied && !failsOnPendingChanges(outcome.inputs)) {
    const where = `in account ${outcome.accountId}, ${outcome.desired.region}`
    for (const role of outcome.plan.roles) {
      if (role.status === 'unchanged') continue
      const what = `${role.kind} role ${role.name} ${where}`
      warnings.push(
        role.status === 'drift-unmanaged'
          ? `${what}: ${statusLabel(role.status, false)}: ${role.findings[0] ?? 'see the diff'}. ` +
              'Set manage-existing-roles: true to let mode apply repair it, or fix it by hand.'
          : `${what}: ${role.changes.map((change) => describeChange(change, false)).join('; ')}. ` +
              `Mode ${outcome.inputs.mode} changed nothing; mode apply makes these changes.`
      )
    }
  }
  const configFile = outcome.configFile
  if (configFile?.update.changed && !configFile.written) {
    warnings.push(
      `config-file ${configFile.update.path}: would be updated with the role ARNs; ` +
        `mode ${outcome.inputs.mode} left it as it was.`
    )
  }
  return warnings
}

function setOutputs(outcome: RunOutcome): void {
  const role = (kind: RoleKind) => desiredRole(outcome.desired, kind)
  core.setOutput('execution-role-arn', role('runtime')?.arn ?? '')
  core.setOutput('execution-role-name', role('runtime')?.name ?? '')
  core.setOutput('codebuild-role-arn', role('codebuild')?.arn ?? '')
  core.setOutput('codebuild-role-name', role('codebuild')?.name ?? '')
  core.setOutput('aws-account-id', outcome.accountId)
  core.setOutput('changed', String(outcome.plan.changed))
  core.setOutput('pass-role', outcome.passRole?.decision ?? 'unknown')
  core.setOutput('plan', JSON.stringify(planOutput(outcome)))
  core.setOutput('diff', renderPlanDiff(outcome.plan))
}

/** The `plan` output: stable, machine-readable, one entry per role. */
function planOutput(outcome: RunOutcome) {
  return {
    mode: outcome.inputs.mode,
    applied: outcome.applied,
    changed: outcome.plan.changed,
    roles: outcome.plan.roles.map((role) => ({
      kind: role.kind,
      name: role.name,
      arn: role.arn,
      status: role.status,
      changes: role.changes,
      findings: role.findings
    })),
    passRole: outcome.passRole?.decision ?? 'unknown',
    configFile: outcome.configFile
      ? {
          path: outcome.configFile.update.path,
          changed: outcome.configFile.update.changed,
          written: outcome.configFile.written
        }
      : undefined
  }
}

function toRunReport(outcome: RunOutcome): RunReport {
  return {
    mode: outcome.inputs.mode,
    agentName: outcome.desired.agentName,
    region: outcome.desired.region,
    accountId: outcome.accountId,
    plan: outcome.plan,
    applied: outcome.applied,
    passRole: outcome.passRole,
    deployPermissions: outcome.deployPermissions,
    configFile: outcome.configFile
      ? {
          path: outcome.configFile.update.path,
          changed: outcome.configFile.update.changed,
          written: outcome.configFile.written,
          diff: outcome.configFile.update.diff
        }
      : undefined,
    errors: outcome.errors,
    warnings: outcome.warnings,
    broadGrants: broadGrants(outcome.inputs.extraPolicyStatements).map(describeBroadGrant)
  }
}

async function commentOnPullRequest(outcome: RunOutcome, report: RunReport): Promise<void> {
  // Loaded only here: @actions/github (Octokit) is most of the bundle's start-up time.
  const { PR_COMMENT_BODY_MAX_LENGTH, pullRequestFromContext, upsertPullRequestComment } =
    await import(/* webpackMode: "eager" */ './prComment.ts')
  const pullRequest = pullRequestFromContext()
  if (!pullRequest) {
    log.info('comment-on-pr: this run is not for a pull request, so no comment was written.')
    return
  }
  const token = outcome.inputs.githubToken
  if (!token) {
    log.warning('comment-on-pr: no github-token, so no comment was written.')
    return
  }
  const result = await upsertPullRequestComment({
    ...pullRequest,
    token,
    agentName: outcome.desired.agentName,
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
