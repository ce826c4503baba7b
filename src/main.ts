import * as core from '@actions/core'
import { applyPlan } from './apply.ts'
import { createAwsClients } from './awsClients.ts'
import { planConfigFileUpdate, writeConfigFileUpdate } from './configFile.ts'
import { exportSessionCredentials, resolveSession } from './credentials.ts'
import { readCurrentState } from './currentState.ts'
import { buildDesiredState } from './desiredState.ts'
import { checkDeployPermissions, type DeployPermissionsResult } from './deployPermissions.ts'
import { describeFailure } from './failure.ts'
import { readActionInputs } from './inputs.ts'
import type { ActionInputs, AwsSession, DesiredState, PassRoleResult, Plan } from './model.ts'
import { checkPassRole, resolveCallerPrincipal } from './passRole.ts'
import { buildPlan } from './plan.ts'
import { renderPlanDiff } from './policyDiff.ts'
import { publishFailure, publishReport, type RunOutcome } from './report.ts'

/** Runs the action: inputs -> credentials -> desired -> current -> plan -> apply -> report. */
export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs()
    const session = await resolveSession(inputs)
    if (inputs.exportCredentials) exportSessionCredentials(session, inputs.region)
    const desired = buildDesiredState(inputs, session.accountId)
    const outcome = await reconcile(inputs, session, desired)
    await publishReport(outcome)
    if (outcome.errors.length > 0) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    const message = describeFailure(error)
    core.setFailed(message)
    await publishFailure(message).catch(() => undefined)
  }
}

async function reconcile(
  inputs: ActionInputs,
  session: AwsSession,
  desired: DesiredState
): Promise<RunOutcome> {
  const { iam } = createAwsClients({ region: inputs.region, credentials: session.credentials })

  // One parallel wave: every read and the simulations (which need only ARNs, not roles). The
  // caller's principal is resolved once for both checks; with role-to-assume it costs no call.
  const caller =
    inputs.checkPassRole || inputs.checkDeployPermissions
      ? resolveCallerPrincipal(iam, session.callerArn, session.callerRoleArn)
      : undefined
  const [current, passRole, deployPermissions] = await Promise.all([
    readCurrentState(iam, desired),
    inputs.checkPassRole
      ? caller?.then((resolved) =>
          checkPassRole(iam, {
            callerArn: session.callerArn,
            callerRoleArn: session.callerRoleArn,
            caller: resolved,
            partition: desired.partition,
            accountId: desired.accountId,
            roles: desired.roles.map(({ kind, arn, passedToService }) => ({
              kind,
              arn,
              passedToService
            }))
          })
        )
      : undefined,
    inputs.checkDeployPermissions
      ? caller?.then((resolved) =>
          checkDeployPermissions(iam, resolved, {
            partition: desired.partition,
            region: desired.region,
            accountId: desired.accountId,
            agentName: desired.agentName,
            ecrRepository: inputs.ecrRepository
          })
        )
      : undefined
  ])

  const plan = buildPlan(desired, current, { manageExistingRoles: inputs.manageExistingRoles })
  const diff = renderPlanDiff(plan)
  const applied = inputs.mode === 'apply'
  if (applied) await applyPlan(iam, desired, plan)

  const configFile = inputs.configFile
    ? await updateConfigFile(inputs, desired, applied)
    : undefined
  return {
    inputs,
    accountId: session.accountId,
    desired,
    plan,
    diff,
    applied,
    passRole,
    deployPermissions,
    configFile,
    errors: errorsOf(inputs, plan, passRole, deployPermissions),
    warnings:
      deployPermissions?.status === 'unknown'
        ? [`check-deploy-permissions: ${deployPermissions.reason}`]
        : []
  }
}

/** Plans the .bedrock_agentcore.yaml change in every mode; writes it only in apply. */
async function updateConfigFile(
  inputs: ActionInputs,
  desired: DesiredState,
  applied: boolean
): Promise<RunOutcome['configFile']> {
  const arnOf = (kind: 'runtime' | 'codebuild') =>
    desired.roles.find((role) => role.kind === kind)?.arn
  const update = await planConfigFileUpdate(inputs.configFile ?? '', {
    agentName: inputs.agentName,
    executionRoleArn: arnOf('runtime') ?? '',
    codebuildRoleArn: arnOf('codebuild'),
    accountId: desired.accountId,
    region: desired.region
  })
  const write = applied && update.changed
  if (write) await writeConfigFileUpdate(update)
  return { update, written: write }
}

/** Why the step fails, in the order a person should read them. */
function errorsOf(
  inputs: ActionInputs,
  plan: Plan,
  passRole?: PassRoleResult,
  deployPermissions?: DeployPermissionsResult
): string[] {
  const errors: string[] = []
  const readOnly = inputs.mode !== 'apply'
  for (const role of plan.roles) {
    if (role.status === 'drift-unmanaged' && !readOnly) {
      errors.push(
        `The ${role.kind} role ${role.name} was not created by this action and lacks what AgentCore needs ` +
          `(${role.findings[0] ?? 'see the diff'}); it was left untouched. ` +
          'Set manage-existing-roles: true to let the action repair it, or fix it by hand.'
      )
    }
  }
  const pending = plan.roles.filter((role) => role.status !== 'unchanged')
  const failOnPending =
    inputs.mode === 'verify' || (inputs.mode === 'dry-run' && inputs.failOnDrift)
  if (pending.length > 0 && failOnPending) {
    const what = pending.map(
      (role) =>
        `${role.name} ${role.status === 'create' ? 'is missing' : `needs ${role.changes.map((change) => change.type).join(', ')}`}`
    )
    errors.push(
      `${inputs.mode === 'verify' ? 'mode verify' : 'fail-on-drift'}: changes are pending (${what.join('; ')}); ` +
        'the diff shows them. Run with mode: apply to make them.'
    )
  }
  if (passRole?.decision === 'denied') errors.push(`iam:PassRole denied: ${passRole.reason}`)
  if (deployPermissions && deployPermissions.denied.length > 0) {
    errors.push(
      `check-deploy-permissions: ${deployPermissions.reason}; the denied actions and the statements to add are listed below`
    )
  }
  return errors
}
