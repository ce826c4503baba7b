// One agent through the pipeline, once the session exists: current state (one parallel read wave,
// with the PassRole and deploy simulations and the config file), plan, apply, config file write,
// judgement. Returns the run's report for that agent; publishes nothing.
import type { IAMClient } from '@aws-sdk/client-iam'
import { applyPlan } from './apply/apply.ts'
import { checkDeployPermissions } from './checks/deployPermissions.ts'
import { checkPassRole, type ResolvedCaller } from './checks/passRole.ts'
import type { ActionInputs, AwsSession, DesiredState } from './common/model.ts'
import { readCurrentState } from './current/currentState.ts'
import { withExistingRolePaths } from './desired/desiredState.ts'
import { broadGrants, describeBroadGrant } from './desired/extraPolicyGrants.ts'
import type { ConfigFileUpdate, DeployTool } from './deployTools/deployTool.ts'
import { buildPlan } from './plan/plan.ts'
import { withDiffs } from './report/policyDiff.ts'
import type { RunReport } from './report/runReport.ts'
import { judge } from './report/verdict.ts'

/** What every agent of a run shares: one session, one IAM client, one resolved caller. */
export interface RunContext {
  inputs: ActionInputs
  tool: DeployTool
  session: AwsSession
  iam: IAMClient
  /** The caller as a principal to simulate; absent when no check needs it. */
  caller?: Promise<ResolvedCaller>
}

/** The config file change for these roles, planned in every mode (written only in apply). */
export function planConfigUpdate(
  tool: DeployTool,
  path: string,
  desired: DesiredState
): Promise<ConfigFileUpdate> {
  return tool.planConfigFile(path, {
    agentName: desired.agentName,
    accountId: desired.accountId,
    region: desired.region,
    roleArns: Object.fromEntries(desired.roles.map((role) => [role.kind, role.arn]))
  })
}

export async function reconcile(context: RunContext, guessed: DesiredState): Promise<RunReport> {
  const { inputs, tool, session, iam, caller } = context
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
  const configFor = (state: DesiredState) =>
    inputs.configFile ? planConfigUpdate(tool, inputs.configFile, state) : undefined

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
    configFor(guessed)
  ])

  // IAM finds a role by name at any path: an existing role's real ARN replaces the guessed one.
  // Only then, which is rare, do the checks that used the guess run again.
  const desired = withExistingRolePaths(guessed, current)
  const arnsMoved = desired.roles.some((role, index) => role.arn !== guessed.roles[index]?.arn)
  const [passRole, configUpdate] = arnsMoved
    ? await Promise.all([
        inputs.checkPassRole ? passRoleFor(desired) : undefined,
        configFor(desired)
      ])
    : [guessedPassRole, guessedConfigUpdate]

  const plan = buildPlan(desired, current, { manageExistingRoles: inputs.manageExistingRoles })
  const applied = inputs.mode === 'apply'
  if (applied)
    await applyPlan(iam, desired, plan, { manageExistingRoles: inputs.manageExistingRoles })
  const written = applied && configUpdate?.changed === true
  if (configUpdate && written) await tool.writeConfigFile(configUpdate)

  const facts = {
    tool: tool.id,
    mode: inputs.mode,
    agentName: desired.agentName,
    region: desired.region,
    accountId: session.accountId,
    plan: withDiffs(desired, current, plan),
    applied,
    passRole,
    deployPermissions,
    ...(configUpdate
      ? {
          configFile: {
            path: configUpdate.path,
            changed: configUpdate.changed,
            written,
            diff: configUpdate.diff
          }
        }
      : {}),
    broadGrants: broadGrants(inputs.extraPolicyStatements).map(describeBroadGrant)
  }
  return { ...facts, ...judge(facts, inputs) }
}
