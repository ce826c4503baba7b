// The agents of a run through the AWS-facing half of the pipeline, once the session exists: one
// parallel read wave for every agent's roles (with the PassRole and deploy simulations, and the
// config file), one plan per agent, apply, one config file write with every agent's ARNs, then
// each agent's report, judged. Publishes nothing. With several agents, a failure of one becomes
// that agent's report and the others carry on.
import type { IAMClient } from '@aws-sdk/client-iam'
import { applyPlan } from './apply/apply.ts'
import {
  checkCdkBootstrap,
  type BootstrapCheckResult,
  type BootstrapLookups
} from './checks/cdkBootstrap.ts'
import {
  checkDeployPermissions,
  type DeployPermissionsResult,
  type DeployTarget
} from './checks/deployPermissions.ts'
import { checkPassRole, type ResolvedCaller } from './checks/passRole.ts'
import type { PolicyChecks } from './checks/policyChecks.ts'
import type { OrphanReport } from './current/orphans.ts'
import { settle, type Settled } from './common/settle.ts'
import type { RuntimesInUse } from './current/runtimesInUse.ts'
import { isDeleteMode } from './common/model.ts'
import type { PolicyValidationResult } from './checks/policyValidation.ts'

import type { SimulationAnswers } from './checks/simulation.ts'
import type {
  ActionInputs,
  AwsSession,
  CurrentState,
  DesiredState,
  PassRoleResult,
  Plan
} from './common/model.ts'
import { readCurrentState } from './current/currentState.ts'
import type { ManagedPolicyCache } from './current/managedPolicies.ts'
import { withExistingRolePaths } from './desired/desiredState.ts'
import { broadGrants, describeBroadGrant } from './desired/extraPolicyGrants.ts'
import type { ConfigFileUpdate, DeployTool } from './deployTools/deployTool.ts'
import { buildPlan } from './plan/plan.ts'
import { describeFailure } from './report/failure.ts'
import { withDiffs } from './report/policyDiff.ts'
import type { ConfigFileReport, RunReport } from './report/runReport.ts'
import { blockingRisks, judge, type RunFacts } from './report/verdict.ts'

/** What every agent of a run shares: one session, one IAM client, one resolved caller. */
export interface RunContext {
  inputs: ActionInputs
  tool: DeployTool
  session: AwsSession
  iam: IAMClient
  /** The caller as a principal to simulate; absent when no check needs it. */
  caller?: Promise<ResolvedCaller>
  /** IAM's simulation answers in this run, shared by its agents. */
  answers: SimulationAnswers
  /** The CDK bootstrap's roles as IAM reported them in this run (the new CLI), shared likewise. */
  bootstrapLookups: BootstrapLookups
  /** The managed policies the roles attach (or are bounded by), read once per run. */
  managedPolicies: ManagedPolicyCache
  /** IAM Access Analyzer's checks, when one runs (validate-policies, check-new-access). */
  policyChecks?: () => Promise<PolicyChecks>
  /** What the models input could not read from Bedrock, one line each. */
  modelNotes: string[]
  /** Mode delete: which AgentCore runtimes use which role, read once. */
  runtimesInUse?: Promise<RuntimesInUse>
  /** With a config file: the roles this action made for agents the file no longer declares. */
  orphans?: Promise<OrphanReport>
}

/** The config file change for these agents' roles, planned in every mode (written only in apply). */
export function planConfigUpdate(
  tool: DeployTool,
  path: string,
  agents: DesiredState[]
): Promise<ConfigFileUpdate> {
  return tool.planConfigFile(
    path,
    agents.map((desired) => ({
      agentName: desired.agentName,
      accountId: desired.accountId,
      region: desired.region,
      roleArns: Object.fromEntries(desired.roles.map((role) => [role.kind, role.arn]))
    }))
  )
}

interface AgentReads {
  desired: DesiredState
  current: CurrentState
  validation?: PolicyValidationResult
  passRole?: PassRoleResult
  deployPermissions?: DeployPermissionsResult
  bootstrap?: BootstrapCheckResult
  /** True when an existing role's real ARN differs from the guessed one. */
  arnsMoved: boolean
}

async function readAgent(context: RunContext, guessed: DesiredState): Promise<AgentReads> {
  const { inputs, iam, caller, tool } = context
  // Mode delete reads the roles only: nothing is passed, deployed or written but deletions.
  const checks = !isDeleteMode(inputs.mode)
  const [current, guessedPassRole, deployPermissions, validation] = await Promise.all([
    readCurrentState(iam, guessed, context.managedPolicies),
    checks && inputs.checkPassRole ? passRoleFor(context, guessed) : undefined,
    checks && inputs.checkDeployPermissions && tool.id === 'starter-toolkit'
      ? caller?.then((resolved) =>
          checkDeployPermissions(iam, resolved, deployTarget(context, guessed))
        )
      : undefined,
    // AWS's validator on the documents the action writes or would write (apply, dry-run): they do
    // not depend on the reads, so it runs alongside them. Verify writes nothing: it validates, after
    // the plan, only what a repair would write (an up-to-date role costs no call).
    checks && inputs.validatePolicies && inputs.mode !== 'verify'
      ? validateRoles(context, guessed)
      : undefined
  ])
  // IAM finds a role by name at any path: an existing role's real ARN replaces the guessed one.
  // Only then, which is rare, does the check that used the guess run again.
  const desired = withExistingRolePaths(guessed, current)
  const arnsMoved = desired.roles.some((role, index) => role.arn !== guessed.roles[index]?.arn)
  const checked =
    checks && arnsMoved && inputs.checkPassRole
      ? await passRoleFor(context, desired)
      : guessedPassRole
  return {
    desired,
    current,
    ...checked,
    deployPermissions,
    arnsMoved,
    ...(validation ? { validation } : {})
  }
}

/** What the starter toolkit's deploy does for this agent, for check-deploy-permissions. */
function deployTarget(context: RunContext, state: DesiredState): DeployTarget {
  const needs = context.tool.agentNeeds?.(context.inputs, state.agentName)
  const runtime = state.roles.find((role) => role.kind === 'runtime')
  const actions = [
    ...(needs && needs.credentialProviders.length > 0
      ? ['iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy']
      : []),
    ...(needs?.awsJwt ? ['iam:PutRolePolicy'] : [])
  ]
  return {
    partition: state.partition,
    region: state.region,
    accountId: state.accountId,
    agentName: state.agentName,
    ecrRepository: needs?.ecrRepository ?? context.inputs.ecrRepository,
    ...(needs ? { deploymentType: needs.deploymentType } : {}),
    ...(runtime && actions.length > 0
      ? { roleWrites: { roleArn: runtime.arn, actions: [...new Set(actions)] } }
      : {})
  }
}

/** The PassRole answer, and for the new CLI the bootstrap check it comes from. */
interface PassRoleChecks {
  passRole: PassRoleResult
  bootstrap?: BootstrapCheckResult
}

/**
 * Whoever passes the roles, proven: the caller (starter toolkit), or the CDK bootstrap's
 * CloudFormation execution role with the caller's access to the bootstrap (the new CLI).
 */
function passRoleFor(
  context: RunContext,
  state: DesiredState
): Promise<PassRoleChecks> | undefined {
  const { iam, session, caller, answers, bootstrapLookups, inputs, tool } = context
  const roles = state.roles.map(({ kind, arn, passedToService }) => ({
    kind,
    arn,
    passedToService
  }))
  if (tool.passedBy === 'cdk-bootstrap') {
    return caller?.then(async (resolved) => {
      const bootstrap = await checkCdkBootstrap(iam, {
        partition: state.partition,
        accountId: state.accountId,
        region: state.region,
        qualifier: tool.cdkQualifier ?? inputs.cdkQualifier,
        roles,
        caller: resolved,
        answers,
        lookups: bootstrapLookups
      })
      return { passRole: bootstrap.passRole, bootstrap }
    })
  }
  return caller?.then(async (resolved) => ({
    passRole: await checkPassRole(iam, {
      answers,
      callerArn: session.callerArn,
      callerRoleArn: session.callerRoleArn,
      caller: resolved,
      partition: state.partition,
      accountId: state.accountId,
      roles
    })
  }))
}

export async function reconcileAgents(
  context: RunContext,
  guessed: DesiredState[]
): Promise<RunReport[]> {
  const { inputs, tool, iam } = context
  const configPath = inputs.configFile
  // One wave: every agent's reads and simulations, and the config file (read and validated
  // before any IAM write: a malformed file changes nothing).
  const [reads, guessedConfig] = await Promise.all([
    Promise.all(guessed.map((state) => settle(readAgent(context, state)))),
    configPath ? planConfigUpdate(tool, configPath, guessed) : undefined
  ])
  if (guessed.length === 1) rethrowFailure(reads)
  const planned = reads.map((read) =>
    read.ok
      ? {
          ...read.value,
          plan: buildPlan(read.value.desired, read.value.current, {
            manageExistingRoles: inputs.manageExistingRoles,
            acceptRiskyPolicies: inputs.acceptRiskyPolicies,
            narrowOwnPolicy: inputs.models.length > 0
          })
        }
      : undefined
  )
  // Verify: what a repair would write is validated now, for the roles it would change.
  if (inputs.mode === 'verify' && inputs.validatePolicies) {
    await Promise.all(
      planned.map(async (agent) => {
        if (!agent) return
        const changing = agent.plan.roles.filter((role) => role.status !== 'unchanged')
        const roles = agent.desired.roles.filter((role) =>
          changing.some((plan) => plan.kind === role.kind)
        )
        if (roles.length > 0) {
          const validation = await validateRoles(context, { ...agent.desired, roles })
          if (validation) agent.validation = validation
        }
      })
    )
  }
  const applied = inputs.mode === 'apply'
  // In dry-run, AWS says whether each change would grant new access (after the plan, before any
  // report; apply writes nothing in dry-run, so this is the only sequential step it adds).
  const newAccess = await Promise.all(
    planned.map((agent) =>
      agent && inputs.mode === 'dry-run' && inputs.checkNewAccess && context.policyChecks
        ? context
            .policyChecks()
            .then((checks) => checks.newAccess(agent.desired, agent.current, agent.plan))
        : undefined
    )
  )
  // A policy AWS's validator blocks is not written: the step fails with nothing changed.
  const writes = await Promise.all(
    planned.map((agent) =>
      agent && applied && !agent.validation?.findings.some((finding) => finding.blocking)
        ? settle(applyPlan(iam, agent.desired, agent.plan, inputs))
        : Promise.resolve(undefined)
    )
  )
  if (guessed.length === 1) rethrowFailure(writes)

  // The config file gets the ARNs of every agent whose roles are in place (all, unless one failed)
  // and safe to hand on.
  const ready = planned.flatMap((agent, index) =>
    agent &&
    writes[index]?.ok !== false &&
    !agent.validation?.findings.some((finding) => finding.blocking) &&
    agent.plan.roles.every((role) => blockingRisks(role, applied).length === 0)
      ? [agent.desired]
      : []
  )
  const configUpdate =
    configPath && (ready.length !== guessed.length || planned.some((agent) => agent?.arnsMoved))
      ? await planConfigUpdate(tool, configPath, ready)
      : guessedConfig
  const configFile = await settleConfigFile(tool, configUpdate, applied)

  const orphans = await context.orphans
  return guessed.map((state, index) => {
    const agent = planned[index]
    const failure = [reads[index], writes[index]].find((result) => result?.ok === false)
    const target = tool.deployTarget?.(state.accountId, state.region)
    const facts: RunFacts = {
      tool: tool.id,
      ...(target !== undefined ? { target } : {}),
      mode: inputs.mode,
      agentName: state.agentName,
      region: state.region,
      accountId: state.accountId,
      plan: agent ? withDiffs(agent.desired, agent.current, agent.plan) : emptyPlan(),
      applied: applied && agent !== undefined && writes[index] !== undefined,
      passRole: agent?.passRole,
      deployPermissions: agent?.deployPermissions,
      ...(agent?.bootstrap ? { bootstrap: agent.bootstrap } : {}),
      ...(configFile ? { configFile } : {}),
      // The run's roles left over, once: on its first agent's report.
      ...(orphans && index === 0 ? { orphans } : {}),
      ...(agent?.validation ? { validation: agent.validation } : {}),
      ...(newAccess[index] ? { newAccess: newAccess[index] } : {}),
      ...(context.modelNotes.length > 0 ? { modelNotes: context.modelNotes } : {}),
      broadGrants: broadGrants(inputs.extraPolicyStatements, {
        partition: state.partition,
        accountIds: [state.accountId]
      }).map(describeBroadGrant)
    }
    const judged = judge(facts, inputs)
    return failure && !failure.ok
      ? { ...facts, ...judged, errors: [describeFailure(failure.error), ...judged.errors] }
      : { ...facts, ...judged }
  })
}

/** AWS's validator on the roles of a desired state; undefined when the checks are not loaded. */
function validateRoles(
  context: RunContext,
  desired: DesiredState
): Promise<PolicyValidationResult> | undefined {
  return context.policyChecks?.().then((checks) =>
    checks.validate(desired, {
      ignoredFindings: context.inputs.ignoredFindings,
      blockingTypes: context.inputs.blockingFindingTypes
    })
  )
}

/** Writes a planned config file change when the mode writes, and says what became of it. */
export async function settleConfigFile(
  tool: DeployTool,
  update: ConfigFileUpdate | undefined,
  writes: boolean
): Promise<ConfigFileReport | undefined> {
  if (!update) return undefined
  const written = writes && update.changed
  if (written) await tool.writeConfigFile(update)
  return { path: update.path, changed: update.changed, written, diff: update.diff }
}

const emptyPlan = (): Plan & { roles: [] } => ({ roles: [], changed: false })

/** With one agent, its failure is the run's failure, reported as before. */
function rethrowFailure(results: Array<Settled<unknown> | undefined>): void {
  const failed = results.find((result) => result?.ok === false)
  if (failed && !failed.ok) throw failed.error
}
