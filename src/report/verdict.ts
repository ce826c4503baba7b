// What fails the step and what warns, decided here and nowhere else; every reporter (annotations,
// log, job summary, comment, outputs) shows this judgement.
import { roleNameOfArn } from '../common/arn.ts'
import type { ActionInputs, RiskyRolePlan, RoleRisk, RoleStatus } from '../common/model.ts'
import { describeRisk } from '../policy/risks.ts'
import type { RunReport } from './runReport.ts'
import {
  describeChange,
  PENDING_FAILS_HEADLINE,
  statusLabel,
  VERDICT_HEADLINE,
  type Verdict
} from './wording.ts'
import { whereOf } from './policyChecksSection.ts'

/** The facts of a run, before they are judged. */
export type RunFacts = Omit<
  RunReport,
  'errors' | 'warnings' | 'pendingWarnings' | 'failsOnPendingOnly'
>

export interface Judgement {
  /** Why the step fails, in the order a person should read them; empty when it succeeds. */
  errors: string[]
  /** Shown in the summary and the log, and annotated. */
  warnings: string[]
  /** Annotated only: what a read-only run leaves pending, and broad grants the user allowed. */
  pendingWarnings: string[]
  /**
   * The step fails only because changes are pending (verify, or dry-run with fail-on-drift):
   * reported as pending changes that fail the step, not as a broken role.
   */
  failsOnPendingOnly: boolean
}

/** Whether pending changes fail the step: always in verify, in dry-run with fail-on-drift. */
export function failsOnPendingChanges(inputs: Pick<ActionInputs, 'mode' | 'failOnDrift'>): boolean {
  return inputs.mode === 'verify' || (inputs.mode === 'dry-run' && inputs.failOnDrift)
}

export function judge(
  facts: RunFacts,
  inputs: Pick<ActionInputs, 'mode' | 'failOnDrift'>
): Judgement {
  const failOnPending = failsOnPendingChanges(inputs)
  const pendingError = failOnPending ? pendingChangesError(facts) : undefined
  const errors = errorsOf(facts, pendingError)
  return {
    errors,
    failsOnPendingOnly: pendingError !== undefined && errors.length === 1,
    warnings: [
      ...facts.plan.roles.flatMap((role) => role.warnings),
      ...facts.plan.roles.flatMap((role) =>
        role.risks
          .filter((risk) => risk.accepted)
          .map(
            (risk) =>
              `The ${role.kind} role ${role.name}: ${describeRisk(risk)}; accepted by accept-risky-policies, so the role still holds it.`
          )
      ),
      ...(facts.mode === 'verify' ? [] : unhandledLines(facts)),
      ...(facts.validation?.status === 'not-checked'
        ? [`Policy validation not checked: ${facts.validation.reason ?? 'refused'}`]
        : []),
      ...(facts.modelNotes ?? []),
      ...facts.plan.roles
        .filter((role) => role.status === 'not-ours')
        .map(
          (role) =>
            `The ${role.kind} role ${role.name} was left alone: ${role.findings[0] ?? 'not ours'}.`
        ),
      ...(facts.orphans?.status === 'unknown' ? [facts.orphans.reason] : []),
      ...(facts.passRole?.decision === 'unknown'
        ? [`iam:PassRole unknown: ${facts.passRole.reason}`]
        : []),
      ...(facts.deployPermissions?.status === 'unknown'
        ? [`check-deploy-permissions: ${facts.deployPermissions.reason}`]
        : []),
      ...bootstrapWarnings(facts)
    ],
    pendingWarnings: [
      ...facts.broadGrants.map(
        (grant) =>
          `extra-policy ${grant}: allowed by allow-broad-extra-policy, so the agent's runtime role holds it.`
      ),
      ...pendingChangeWarnings(facts, failOnPending)
    ]
  }
}

/**
 * The risks of a role that fail the step: all but those the user accepted and, once apply has run,
 * the trust statements it replaced.
 */
export function blockingRisks(role: RiskyRolePlan, applied: boolean): RoleRisk[] {
  return role.risks.filter((risk) => !risk.accepted && !(applied && risk.replacedByApply))
}

/** What the owner of a role the action did not create can do. */
const OWNER_ADVICE =
  'Add the statements listed below to it in the tool that owns it (Terraform, CDK, the console), ' +
  'or set manage-existing-roles: true to let the action repair it.'

/** What to do about a risk, by who may fix it. */
function riskAdvice(risk: RoleRisk): string {
  if (risk.policyType === 'trust') {
    return risk.replacedByApply
      ? 'mode apply replaces the trust policy with the desired one; or remove the statement by hand'
      : 'remove the statement from the trust policy (the action does not write to a role it does not own)'
  }
  return (
    'remove or narrow the statement (the action never deletes it), or list the policy in ' +
    'accept-risky-policies if the role must hold it'
  )
}

/**
 * What a project declares for a role that the action does not turn into grants: the role may lack
 * them, so verify fails (it cannot vouch for the role); apply and dry-run warn, naming each.
 */
function unhandledLines(facts: RunFacts): string[] {
  return facts.plan.roles.flatMap((role) =>
    role.unhandled?.length
      ? [
          `The ${role.kind} role ${role.name} may lack grants for what this action does not know of the project: ` +
            `${role.unhandled.join('; ')}. Give the role what they need with extra-policy (or in the tool that owns it).`
        ]
      : []
  )
}

function errorsOf(facts: RunFacts, pendingError: string | undefined): string[] {
  const errors: string[] = facts.mode === 'verify' ? unhandledLines(facts) : []
  // AWS's policy validator: the findings treat-finding-type-as-blocking names, not ignored.
  for (const finding of facts.validation?.findings ?? []) {
    if (!finding.blocking) continue
    errors.push(
      `Policy validation: ${finding.findingType} ${finding.issueCode} in the ${whereOf(finding)}: ${finding.details} ` +
        '(IAM Access Analyzer; fix the policy, or list the finding in ignore-finding if it is intended).'
    )
  }
  const readOnly = facts.mode !== 'apply'
  for (const role of facts.plan.roles) {
    for (const risk of blockingRisks(role, facts.applied)) {
      errors.push(
        `Dangerous ${role.kind} role ${role.name}: ${describeRisk(risk)}; ${riskAdvice(risk)}.`
      )
    }
    for (const line of role.blocked ?? []) {
      errors.push(
        `The ${role.kind} role ${role.name} cannot get what AgentCore needs: ${line}. ` +
          'An Allow cannot override it: change that policy or boundary.'
      )
    }
  }
  for (const role of facts.plan.roles) {
    // Mode delete was asked to remove a role it had to keep: the step fails, saying why.
    if (role.status === 'in-use' && facts.mode === 'delete') {
      errors.push(
        `The ${role.kind} role ${role.name} was not deleted: ${role.findings[0] ?? 'in use'}.`
      )
    }
    if (role.status === 'drift-unmanaged' && !readOnly) {
      errors.push(
        `The ${role.kind} role ${role.name} was not created by this action and lacks what AgentCore needs ` +
          `(${role.findings[0] ?? 'see the diff'}); it was left untouched. ${OWNER_ADVICE}`
      )
    }
  }
  if (pendingError) errors.push(pendingError)
  const passRole = facts.passRole
  if (passRole?.decision === 'denied') errors.push(`iam:PassRole denied: ${passRole.reason}`)
  const assume = facts.bootstrap?.assumeRole
  if (assume?.decision === 'denied') {
    errors.push(
      `sts:AssumeRole denied: ${assume.reason}; add the statement below to ${assume.principalArn ?? 'the caller'}`
    )
  }
  const deploy = facts.deployPermissions
  if (deploy && deploy.denied.length > 0) {
    errors.push(
      `check-deploy-permissions: ${deploy.reason}; the denied actions and the statements to add are listed below`
    )
  }
  return errors
}

/**
 * Why pending changes fail the step (verify, or dry-run with fail-on-drift), naming each role and
 * what it needs. Roles that do not exist yet are what a new agent's first pull request shows: the
 * message says so, and how to let such a pull request pass.
 */
function pendingChangesError(facts: RunFacts): string | undefined {
  const pending = facts.plan.roles.filter((role) => role.status !== 'unchanged')
  if (pending.length === 0) return undefined
  const reason = facts.mode === 'verify' ? 'mode verify' : 'fail-on-drift'
  const what = pending.map(
    (role) =>
      `${role.name} ${role.status === 'create' ? 'is missing' : `needs ${role.changes.map((change) => change.type).join(', ')}`}`
  )
  const head = `${reason}: changes are pending in account ${facts.accountId} (${what.join('; ')}); the diff shows them. `
  if (pending.some((role) => role.status === 'drift-unmanaged')) {
    return `${head}A role this action did not create is not changed by mode apply: ${OWNER_ADVICE}`
  }
  if (facts.mode === 'dry-run' && pending.every((role) => role.status === 'create')) {
    return (
      `${head}No role of this agent exists yet, as on a new agent's first pull request: mode apply creates ` +
      'them (for example on merge). To let such a pull request pass, run its dry run with fail-on-drift: false.'
    )
  }
  return `${head}Run with mode: apply to make them.`
}

/** The CDK bootstrap's gaps that do not fail the step (the new CLI can bootstrap by itself). */
function bootstrapWarnings(facts: RunFacts): string[] {
  const bootstrap = facts.bootstrap
  if (!bootstrap) return []
  const warnings: string[] = []
  // A missing execution role is said once, in the PassRole warning, with the command.
  const cfnExecMissing = bootstrap.missingRoles.includes(
    roleNameOfArn(bootstrap.cfnExecRoleArn) ?? ''
  )
  if (bootstrap.missingRoles.length > 0 && !cfnExecMissing) {
    warnings.push(
      `CDK bootstrap incomplete: no role ${bootstrap.missingRoles.join(', ')}; run \`${bootstrap.fixCommand}\``
    )
  }
  if (bootstrap.assumeRole.decision === 'unknown' && bootstrap.assumeRole.roles.length > 0) {
    warnings.push(`sts:AssumeRole unknown: ${bootstrap.assumeRole.reason}`)
  }
  return warnings
}

/**
 * Annotations for what a read-only run leaves pending: a warning per role and one for the config
 * file. When the run fails on pending changes, its error names them instead: errors for failures,
 * warnings for drift that does not fail the step.
 */
function pendingChangeWarnings(facts: RunFacts, failOnPending: boolean): string[] {
  const warnings: string[] = []
  if (!facts.applied && !failOnPending) {
    const where = `in account ${facts.accountId}, ${facts.region}`
    for (const role of facts.plan.roles) {
      if (!PENDING.has(role.status)) continue
      const what = `${role.kind} role ${role.name} ${where}`
      warnings.push(
        role.status === 'drift-unmanaged'
          ? `${what}: ${statusLabel(role.status, false)}: ${role.findings[0] ?? 'see the diff'}. ` +
              OWNER_ADVICE
          : `${what}: ${role.changes.map((change) => describeChange(change, false)).join('; ')}. ` +
              `Mode ${facts.mode} changed nothing; mode apply makes these changes.`
      )
    }
  }
  const configFile = facts.configFile
  if (configFile?.changed && !configFile.written) {
    warnings.push(
      `config-file ${configFile.path}: would be updated with the role ARNs; ` +
        `mode ${facts.mode} left it as it was.`
    )
  }
  return warnings
}

/** The statuses that stand for a change still to make (or, once applied, made). */
const PENDING = new Set<RoleStatus>(['create', 'update', 'drift-unmanaged', 'delete'])

/**
 * The words at the top of a report: the verdict's, except that a run failed only by its pending
 * changes says so rather than reading like a broken role.
 */
export function headlineOf(report: RunReport): string {
  return failsOnPendingOnly(report) ? PENDING_FAILS_HEADLINE : VERDICT_HEADLINE[verdictOf(report)]
}

/**
 * Whether pending changes are the step's only reason to fail; not once a failure of the run
 * itself (reconcile's or removal's) stands before them.
 */
export function failsOnPendingOnly(report: RunReport): boolean {
  return report.failsOnPendingOnly === true && report.errors.length === 1
}

/** One glance: failed beats pending beats applied beats up to date. */
export function verdictOf(report: RunReport): Verdict {
  if (report.errors.length > 0 || report.passRole?.decision === 'denied') return 'failed'
  const rolesPending = report.plan.roles.some(
    (role) => role.status === 'drift-unmanaged' || (!report.applied && PENDING.has(role.status))
  )
  const configPending = report.configFile?.changed === true && !report.configFile.written
  if (rolesPending || configPending) return 'drift-pending'
  const configWritten = report.configFile?.changed === true && report.configFile.written
  if ((report.applied && report.plan.changed) || configWritten) return 'changes-applied'
  return 'up-to-date'
}
