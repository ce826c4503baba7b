// The pipeline, wired: inputs -> (checks that need no AWS) -> credentials -> desired state ->
// per agent: current state -> plan -> apply -> checks -> report. Decides nothing itself.
import { createAwsClients, type AwsClientOptions } from './aws/clients.ts'
import { bedrockClient } from './aws/policyClients.ts'
import { modelScope, NO_ROUTES, type ModelScope } from './desired/modelScope.ts'
import { resolveCallerPrincipal } from './checks/passRole.ts'
import { accountOfArn, roleNameOfArn } from './common/arn.ts'
import * as log from './common/log.ts'
import {
  isDeleteMode,
  type ActionInputs,
  type AwsSession,
  type DesiredState
} from './common/model.ts'
import { readOrphans } from './current/orphans.ts'
import type { PolicyChecks } from './checks/policyChecks.ts'
import type * as PolicyChecksExports from './checks/policyChecks.ts'

type PolicyChecksModule = typeof PolicyChecksExports
import { removeAgents } from './removeAgents.ts'
import { exportSessionCredentials, resolveSession } from './credentials/session.ts'
import { assertDistinctRoles, buildDesiredState } from './desired/desiredState.ts'
import type { DeployTool } from './deployTools/deployTool.ts'
import { loadDeployTool } from './deployTools/index.ts'
import { readActionInputs } from './inputs/inputs.ts'
import { planConfigUpdate, reconcileAgents } from './reconcile.ts'
import { describeFailure } from './report/failure.ts'
import { publishFailure, publishReports } from './report/publish.ts'

/** Stands in for the account before STS has named it: account ids all have 12 digits. */
const ANY_ACCOUNT_ID = '000000000000'

/** Runs the action for every agent of the step. */
export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs()
    const removing = isDeleteMode(inputs.mode)
    // The policy checks' chunk: loaded while the session is being made when they will surely run
    // (apply, dry-run); in verify, only if a role turns out to need a repair.
    const checksWanted =
      !removing && (inputs.validatePolicies || (inputs.checkNewAccess && inputs.mode === 'dry-run'))
    let checksModule: Promise<PolicyChecksModule> | undefined
    const loadChecks = () => (checksModule ??= import('./checks/policyChecks.ts'))
    // An unhandled rejection would end the process before the step's error is reported.
    if (checksWanted && inputs.mode !== 'verify') loadChecks().catch(() => undefined)
    const tool = await loadDeployTool(inputs)
    const agents = await tool.agents(inputs)
    await preflight(inputs, tool, agents)
    const session = await resolveSession(inputs)
    const clientOptions = { region: inputs.region, credentials: session.credentials }
    const models = await resolveModels(inputs, session.accountId, clientOptions)
    // Checked again with the real account (ambient credentials name it only now), still before
    // any credentials are exported and before any write.
    const desired = agents.map((agent) =>
      buildDesiredState(inputs, session.accountId, tool, agent, models)
    )
    for (const state of desired) assertDistinctRoles(state, callerRoleName(session))
    if (inputs.exportCredentials) exportSessionCredentials(session, inputs.region)

    const { iam } = createAwsClients(clientOptions)
    let checks: Promise<PolicyChecks> | undefined
    const policyChecks = checksWanted
      ? () => (checks ??= loadChecks().then((module) => module.policyChecks(clientOptions)))
      : undefined
    // The caller's principal is resolved once for every check; with role-to-assume it costs no call.
    const caller =
      !removing && (inputs.checkPassRole || inputs.checkDeployPermissions)
        ? resolveCallerPrincipal(iam, session.callerArn, session.callerRoleArn)
        : undefined
    // Mode delete's in-use guard, and (with a config file) the roles left over: read alongside.
    const runtimesInUse = removing
      ? import('./current/runtimesInUse.ts').then((module) =>
          module.readRuntimesInUse(clientOptions)
        )
      : undefined
    const orphans = inputs.configFile
      ? readOrphans(iam, {
          ...(inputs.repository ? { repository: inputs.repository } : {}),
          rolePath: inputs.rolePath,
          declared: tool.declaredAgents?.() ?? [],
          managed: desired.flatMap((state) => state.roles.map((role) => role.name)),
          toolNames: (agent) => tool.roleNames(agent, inputs.region)
        })
      : undefined
    // Each is awaited by the pipeline; a failure before then must not end the process unreported.
    for (const pending of [runtimesInUse, orphans]) pending?.catch(() => undefined)
    const context = {
      inputs,
      tool,
      session,
      iam,
      answers: new Map(),
      bootstrapLookups: new Map(),
      managedPolicies: new Map(),
      modelNotes: models?.notes ?? [],
      ...(runtimesInUse ? { runtimesInUse } : {}),
      ...(orphans ? { orphans } : {}),
      ...(policyChecks ? { policyChecks } : {}),
      ...(caller ? { caller } : {})
    }
    const reports = removing
      ? await removeAgents(context, desired)
      : await reconcileAgents(context, desired)
    await publishReports(reports, inputs)
    // 1, as core.setFailed sets it (core.ExitCode is not in every stand-in for @actions/core).
    if (reports.some((report) => report.errors.length > 0)) process.exitCode = 1
  } catch (error) {
    const message = describeFailure(error)
    log.fail(message)
    await publishFailure(message).catch(() => undefined)
  }
}

/**
 * The models input as resources: inference profiles' routes read from Bedrock (one call each, in
 * parallel) when there are profiles; undefined without the input.
 */
async function resolveModels(
  inputs: ActionInputs,
  accountId: string,
  clientOptions: AwsClientOptions
): Promise<ModelScope | undefined> {
  if (inputs.models.length === 0) return undefined
  const where = { partition: inputs.partition, region: inputs.region, accountId }
  if (!inputs.models.some((model) => model.kind !== 'foundation-model')) {
    return modelScope(inputs.models, NO_ROUTES, where)
  }
  const [bedrock, { readModelRoutes }] = await Promise.all([
    bedrockClient(clientOptions),
    import('./current/modelRoutes.ts')
  ])
  try {
    return modelScope(
      inputs.models,
      await readModelRoutes(bedrock, inputs.models, inputs.region),
      where
    )
  } finally {
    bedrock.destroy()
  }
}

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
async function preflight(inputs: ActionInputs, tool: DeployTool, agents: string[]): Promise<void> {
  // The roles a config file names count too (the new CLI's executionRoleArn).
  const given = agents.flatMap((agent) =>
    tool.roles(inputs, agent, ANY_ACCOUNT_ID).map((role) => role.given)
  )
  const named = [inputs.roleToAssume, inputs.executionRole, inputs.codebuildRole, ...given].find(
    (value) => value?.startsWith('arn:')
  )
  const accountId = (named && accountOfArn(named)) || ANY_ACCOUNT_ID
  // Inference profiles' routes are read later; the documented ones stand in here.
  const models =
    inputs.models.length > 0
      ? modelScope(inputs.models, NO_ROUTES, {
          partition: inputs.partition,
          region: inputs.region,
          accountId
        })
      : undefined
  const desired: DesiredState[] = agents.map((agent) =>
    buildDesiredState(inputs, accountId, tool, agent, models)
  )
  for (const state of desired) {
    assertDistinctRoles(state, inputs.roleToAssume && roleNameOfArn(inputs.roleToAssume))
  }
  if (inputs.configFile) {
    // Read and checked as the mode will change it: mode delete only takes role ARNs out.
    if (isDeleteMode(inputs.mode)) await tool.planConfigFileRemoval(inputs.configFile, [])
    else await planConfigUpdate(tool, inputs.configFile, desired)
  }
}
