// The new AgentCore CLI (`@aws/agentcore`, `agentcore deploy` through CDK and CloudFormation) as a
// deploy tool: one runtime role per runtime of agentcore.json, under this action's documented name
// and with at least the grants of the CLI's own construct for the runtime's build type; its ARN
// handed over in `runtimes[].executionRoleArn`; the CDK bootstrap's CloudFormation execution role
// passes it. No CodeBuild role: the CLI's stack makes its own build project and role.
import { roleNameOfArn } from '../../common/arn.ts'
import { isDeleteMode, type ActionInputs } from '../../common/model.ts'
import { RUNTIME_SERVICE, runtimeTrustPolicy } from '../agentCoreArns.ts'
import { writeConfigFileUpdate } from '../configFiles.ts'
import type { DeployTool, ToolRole } from '../deployTool.ts'
import { CDK_DEFAULT_QUALIFIER, cliEcrRepositoryName, cliRuntimeRoleName } from './naming.ts'
import { cliNextStepCommands } from './nextStep.ts'
import {
  planProjectRemoval,
  planProjectUpdate,
  readProject,
  runtimeOf,
  type CliProject,
  type CliRuntime
} from './projectFile.ts'
import { cliRuntimePermissions } from './runtimePolicies.ts'
import { cliRuntimeNeeds } from './runtimeNeeds.ts'
import { NO_DEPLOYED_RESOURCES } from './deployedState.ts'
import type { ModelScope } from '../../desired/modelScope.ts'

function roles(
  inputs: ActionInputs,
  path: string,
  project: CliProject,
  agentName: string,
  accountId: string,
  models?: ModelScope
): ToolRole[] {
  // Mode delete may name a runtime the file no longer lists (its roles are what is left over).
  const runtime =
    isDeleteMode(inputs.mode) && !project.runtimes.some((entry) => entry.name === agentName)
      ? REMOVED_RUNTIME(agentName)
      : runtimeOf(path, project, agentName)
  const ctx = { partition: inputs.partition, region: inputs.region, accountId }
  const target = deployTarget(project, accountId, inputs.region)
  const needs = cliRuntimeNeeds(
    runtime,
    project.primitives,
    cliEcrRepositoryName(project.name, runtime.name),
    {
      ...ctx,
      project: project.name,
      ...(target ? { target } : {}),
      deployed: (target ? project.deployed[target] : undefined) ?? NO_DEPLOYED_RESOURCES
    }
  )
  const toolName = cliRuntimeRoleName(inputs.region, project.name, runtime.name)
  const { document: permissionsPolicy, purposes } = cliRuntimePermissions(ctx, needs, models)
  // A role the file already names is the action's own when it has the action's name; any other
  // is the user's, verified as execution-role is. The input, when given, wins.
  const fromFile =
    runtime.executionRoleArn !== undefined &&
    roleNameOfArn(runtime.executionRoleArn)?.toLowerCase() !== toolName.toLowerCase()
      ? runtime.executionRoleArn
      : undefined
  const given = inputs.executionRole ?? fromFile
  return [
    {
      kind: 'runtime',
      input: 'execution-role',
      ...(given !== undefined ? { given } : {}),
      ...(inputs.executionRole === undefined && fromFile !== undefined
        ? { givenBy: `config-file ${path}: runtimes[${runtime.name}].executionRoleArn` }
        : {}),
      toolName,
      description: `AgentCore Runtime execution role for ${project.name}_${runtime.name} (${runtime.build}), agentcore CLI`,
      trustPolicy: runtimeTrustPolicy(ctx),
      inlinePolicyName: `AgentCoreRuntimePolicy-${project.name}-${runtime.name}`,
      permissionsPolicy,
      // The construct attaches nothing to a role named by executionRoleArn: it must hold it all.
      minimumPermissionsPolicy: permissionsPolicy,
      passedToService: RUNTIME_SERVICE,
      takesExtraPolicy: true,
      purposes,
      unhandled: needs.unhandled.map((where) => `${path}: ${where}`)
    }
  ]
}

/** A runtime the file no longer lists: only its role's name matters (mode delete). */
const REMOVED_RUNTIME = (name: string): CliRuntime => ({
  name,
  build: 'Container',
  primitives: { paymentEligible: false, connections: [], filesystems: [], unhandled: [] }
})

/** The CLI's target for this account and region in aws-targets.json; `default` when it has none. */
function deployTarget(project: CliProject, accountId: string, region: string): string | undefined {
  if (project.targets.length === 0) return 'default'
  return project.targets.find((target) => target.account === accountId && target.region === region)
    ?.name
}

/**
 * The bootstrap the stack deploys through: cdk-qualifier when it is not the default, else the
 * qualifier of the project's CDK app (cdk/cdk.json), else CDK's default.
 */
function cdkQualifierOf(inputs: ActionInputs, project: CliProject): string {
  if (inputs.cdkQualifier !== CDK_DEFAULT_QUALIFIER) return inputs.cdkQualifier
  return project.cdkQualifier ?? CDK_DEFAULT_QUALIFIER
}

/** The CLI as a deploy tool for the project of config-file (read and checked here, before AWS). */
export async function loadAgentcoreCli(inputs: ActionInputs): Promise<DeployTool> {
  const path = inputs.configFile ?? 'agentcore/agentcore.json'
  const project = await readProject(path)
  return {
    id: 'agentcore-cli',
    passedBy: 'cdk-bootstrap',
    cdkQualifier: cdkQualifierOf(inputs, project),
    agents: async (given) => {
      if (given.agentNames[0] !== '*') return given.agentNames
      if (project.runtimes.length === 0) {
        throw new Error(
          `config-file ${path}: lists no runtimes (agent-name "*" means every runtime of the file); add one with \`agentcore add agent\`, or name it`
        )
      }
      return project.runtimes.map((runtime) => runtime.name)
    },
    roles: (given, agentName, accountId, models) =>
      roles(given, path, project, agentName, accountId, models),
    deployTarget: (accountId, region) => deployTarget(project, accountId, region),
    planConfigFile: (file, agents) =>
      planProjectUpdate(
        file,
        agents.flatMap((agent) =>
          agent.roleArns.runtime
            ? [{ runtime: agent.agentName, executionRoleArn: agent.roleArns.runtime }]
            : []
        )
      ),
    planConfigFileRemoval: (file, removals) => planProjectRemoval(file, removals),
    declaredAgents: () => project.runtimes.map((runtime) => runtime.name),
    roleNames: (agentName, region) => [cliRuntimeRoleName(region, project.name, agentName)],
    writeConfigFile: writeConfigFileUpdate,
    nextStepCommands: cliNextStepCommands
  }
}
