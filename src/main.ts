import * as core from '@actions/core'
import * as log from './common/log.ts'
import { applyPlan } from './apply/apply.ts'
import { accountOfArn, roleNameOfArn } from './common/arn.ts'
import { createAwsClients } from './aws/clients.ts'
import type { ConfigFileUpdate } from './deployTools/starterToolkit/configFile.ts'
import { exportSessionCredentials, resolveSession } from './credentials/session.ts'
import { readCurrentState } from './current/currentState.ts'
import {
  assertDistinctRoles,
  buildDesiredState,
  desiredRole,
  withExistingRolePaths
} from './desired/desiredState.ts'
import { checkDeployPermissions, type DeployPermissionsResult } from './checks/deployPermissions.ts'
import { describeFailure } from './report/failure.ts'
import { readActionInputs } from './inputs/inputs.ts'
import type {
  ActionInputs,
  AwsSession,
  DesiredState,
  PassRoleResult,
  Plan
} from './common/model.ts'
import { checkPassRole, resolveCallerPrincipal } from './checks/passRole.ts'
import { buildPlan } from './plan/plan.ts'
import {
  failsOnPendingChanges,
  publishFailure,
  publishReport,
  type RunOutcome
} from './report/publish.ts'

/** Runs the action: inputs -> credentials -> desired -> current -> plan -> apply -> report. */
export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs()
    await preflight(inputs)
    const session = await resolveSession(inputs)
    // Checked again with the real account (ambient credentials name it only now), still before
    // any credentials are exported and before any write.
    const desired = buildDesiredState(inputs, session.accountId)
    assertDistinctRoles(desired, callerRoleName(session))
    if (inputs.exportCredentials) exportSessionCredentials(session, inputs.region)
    const outcome = await reconcile(inputs, session, desired)
    await publishReport(outcome)
    if (outcome.errors.length > 0) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    const message = describeFailure(error)
    log.fail(message)
    await publishFailure(message).catch(() => undefined)
  }
}

/** Stands in for the account before STS has named it: account ids all have 12 digits. */
const ANY_ACCOUNT_ID = '000000000000'

/** The role the caller runs as: role-to-assume, or the role of an assumed-role session. */
function callerRoleName(session: AwsSession): string | undefined {
  return roleNameOfArn(session.callerRoleArn ?? session.callerArn)
}

/**
 * Every check that needs no AWS, before the first call: the desired state built for the account
 * the inputs name (role-to-assume's, or an execution-role ARN's; any account otherwise) catches an
 * extra-policy Sid clash or size, a role ARN in another account and colliding roles; the config
 * file is read and validated.
 */
async function preflight(inputs: ActionInputs): Promise<void> {
  const named = [inputs.roleToAssume, inputs.executionRole, inputs.codebuildRole].find((value) =>
    value?.startsWith('arn:')
  )
  const desired = buildDesiredState(inputs, (named && accountOfArn(named)) || ANY_ACCOUNT_ID)
  assertDistinctRoles(desired, inputs.roleToAssume && roleNameOfArn(inputs.roleToAssume))
  if (inputs.configFile) await planConfigUpdate(inputs.configFile, desired)
}

async function reconcile(
  inputs: ActionInputs,
  session: AwsSession,
  guessed: DesiredState
): Promise<RunOutcome> {
  const { iam } = createAwsClients({ region: inputs.region, credentials: session.credentials })

  // The caller's principal is resolved once for both checks; with role-to-assume it costs no call.
  const caller =
    inputs.checkPassRole || inputs.checkDeployPermissions
      ? resolveCallerPrincipal(iam, session.callerArn, session.callerRoleArn)
      : undefined
  const passRoleFor = (state: DesiredState) =>
    caller?.then((resolved) =>
      checkPassRole(iam, {
        callerArn: session.callerArn,
        callerRoleArn: session.callerRoleArn,
        caller: resolved,
        partition: state.partition,
        accountId: state.accountId,
        roles: state.roles.map(({ kind, arn, passedToService }) => ({ kind, arn, passedToService }))
      })
    )

  // One parallel wave: every read and the simulations (which need only ARNs, not roles).
  const [current, guessedPassRole, deployPermissions, guessedConfigUpdate] = await Promise.all([
    readCurrentState(iam, guessed),
    inputs.checkPassRole ? passRoleFor(guessed) : undefined,
    inputs.checkDeployPermissions
      ? caller?.then((resolved) =>
          checkDeployPermissions(iam, resolved, {
            partition: guessed.partition,
            region: guessed.region,
            accountId: guessed.accountId,
            agentName: guessed.agentName,
            ecrRepository: inputs.ecrRepository
          })
        )
      : undefined,
    // Read and validated before any IAM write: a malformed config file changes nothing.
    inputs.configFile ? planConfigUpdate(inputs.configFile, guessed) : undefined
  ])

  // IAM finds a role by name at any path: an existing role's real ARN replaces the guessed one.
  // Only then, which is rare, do the checks that used the guess run again.
  const desired = withExistingRolePaths(guessed, current)
  const arnsMoved = desired.roles.some((role, index) => role.arn !== guessed.roles[index]?.arn)
  const [passRole, configUpdate] = arnsMoved
    ? await Promise.all([
        inputs.checkPassRole ? passRoleFor(desired) : undefined,
        inputs.configFile ? planConfigUpdate(inputs.configFile, desired) : undefined
      ])
    : [guessedPassRole, guessedConfigUpdate]

  const plan = buildPlan(desired, current, { manageExistingRoles: inputs.manageExistingRoles })
  const applied = inputs.mode === 'apply'
  if (applied) {
    await applyPlan(iam, desired, plan, { manageExistingRoles: inputs.manageExistingRoles })
  }

  const writeConfig = applied && configUpdate?.changed === true
  if (configUpdate && writeConfig) {
    const { writeConfigFileUpdate } = await import(
      /* webpackMode: "eager" */ './deployTools/starterToolkit/configFile.ts'
    )
    await writeConfigFileUpdate(configUpdate)
  }
  const configFile = configUpdate ? { update: configUpdate, written: writeConfig } : undefined
  return {
    inputs,
    accountId: session.accountId,
    desired,
    plan,
    applied,
    passRole,
    deployPermissions,
    configFile,
    errors: errorsOf(inputs, plan, session.accountId, passRole, deployPermissions),
    warnings: [
      ...(passRole?.decision === 'unknown' ? [`iam:PassRole unknown: ${passRole.reason}`] : []),
      ...(deployPermissions?.status === 'unknown'
        ? [`check-deploy-permissions: ${deployPermissions.reason}`]
        : [])
    ]
  }
}

/** The .bedrock_agentcore.yaml change, planned in every mode and written only in apply. */
async function planConfigUpdate(path: string, desired: DesiredState): Promise<ConfigFileUpdate> {
  // Evaluated only with config-file (yaml slows start-up). webpackMode eager keeps the module in
  // dist/index.js: separate chunk files would drop their licences from dist/licenses.txt.
  const { planConfigFileUpdate } = await import(
    /* webpackMode: "eager" */ './deployTools/starterToolkit/configFile.ts'
  )
  return planConfigFileUpdate(path, {
    agentName: desired.agentName,
    executionRoleArn: desiredRole(desired, 'runtime')?.arn ?? '',
    codebuildRoleArn: desiredRole(desired, 'codebuild')?.arn,
    accountId: desired.accountId,
    region: desired.region
  })
}

/** Why the step fails, in the order a person should read them. */
function errorsOf(
  inputs: ActionInputs,
  plan: Plan,
  accountId: string,
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
  if (pending.length > 0 && failsOnPendingChanges(inputs)) {
    const what = pending.map(
      (role) =>
        `${role.name} ${role.status === 'create' ? 'is missing' : `needs ${role.changes.map((change) => change.type).join(', ')}`}`
    )
    errors.push(
      `${inputs.mode === 'verify' ? 'mode verify' : 'fail-on-drift'}: changes are pending in account ${accountId} (${what.join('; ')}); ` +
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
