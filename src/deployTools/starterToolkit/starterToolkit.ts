// The AgentCore starter toolkit (Python CLI `agentcore configure` / `agentcore deploy`) as a deploy
// tool: a runtime role and, unless create-codebuild-role is false, a CodeBuild role, both under the
// toolkit's own names and policies; the role ARNs handed over in `.bedrock_agentcore.yaml`; the
// caller passes both roles.
import { InputError } from '../../common/errors.ts'
import type { ActionInputs } from '../../common/model.ts'
import { agentNeeds, type AgentNeeds, type DeclaredAgent } from './agentNeeds.ts'
import type { ConfigFileUpdate, ConfigRoles, DeployTool, ToolRole } from '../deployTool.ts'
import {
  codebuildMinimumPermissionsPolicy,
  codebuildPermissionsPolicy,
  codebuildTrustPolicy
} from './codebuildPolicies.ts'
import { codebuildRoleName, runtimeRoleName } from './naming.ts'
import { nextStepCommands } from './nextStep.ts'
import type { ModelScope } from '../../desired/modelScope.ts'
import { CODEBUILD_SERVICE, RUNTIME_SERVICE, type PolicyContext } from './policyContext.ts'
import {
  runtimeMinimumPermissionsPolicy,
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from './runtimePolicies.ts'

/** The policy context of one agent: what it needs (the file and the inputs), in this account. */
function policyContext(
  needs: AgentNeeds,
  inputs: ActionInputs,
  agentName: string,
  accountId: string,
  models?: ModelScope
): PolicyContext {
  const memory = needs.memory
  return {
    partition: inputs.partition,
    region: inputs.region,
    accountId,
    agentName,
    deploymentType: needs.deploymentType,
    protocol: needs.protocol,
    ...(memory && 'memoryId' in memory ? { memoryId: memory.memoryId } : {}),
    ...(memory && 'memoryName' in memory ? { memoryName: memory.memoryName } : {}),
    ecrRepository: needs.ecrRepository,
    credentialProviders: needs.credentialProviders,
    ...(needs.awsJwt ? { awsJwt: needs.awsJwt } : {}),
    ...(models ? { models } : {})
  }
}

function roles(
  inputs: ActionInputs,
  agentName: string,
  accountId: string,
  project: ToolkitProject = new Map(),
  models?: ModelScope
): ToolRole[] {
  const needs = agentNeeds(inputs, agentName, project.get(agentName))
  const ctx = policyContext(needs, inputs, agentName, accountId, models)
  const runtime: ToolRole = {
    kind: 'runtime',
    input: 'execution-role',
    ...(inputs.executionRole !== undefined ? { given: inputs.executionRole } : {}),
    toolName: runtimeRoleName(inputs.region, agentName),
    description: `Execution role for BedrockAgentCore Runtime - ${agentName}`,
    trustPolicy: runtimeTrustPolicy(ctx),
    inlinePolicyName: `BedrockAgentCoreRuntimeExecutionPolicy-${agentName}`,
    permissionsPolicy: runtimePermissionsPolicy(ctx),
    minimumPermissionsPolicy: runtimeMinimumPermissionsPolicy(ctx),
    passedToService: RUNTIME_SERVICE,
    takesExtraPolicy: true
  }
  // Code zipped and uploaded (direct_code_deploy) is built by no CodeBuild project.
  if (needs.deploymentType === 'direct_code_deploy' && inputs.codebuildRole !== undefined) {
    throw new InputError(
      `Input codebuild-role: agent ${agentName} is deployed as direct_code_deploy, which builds nothing with CodeBuild; remove the input.`
    )
  }
  if (!inputs.createCodebuildRole || needs.deploymentType === 'direct_code_deploy') return [runtime]
  return [
    runtime,
    {
      kind: 'codebuild',
      input: 'codebuild-role',
      ...(inputs.codebuildRole !== undefined ? { given: inputs.codebuildRole } : {}),
      toolName: codebuildRoleName(inputs.region, agentName),
      description: 'CodeBuild execution role for Bedrock AgentCore ARM64 builds',
      trustPolicy: codebuildTrustPolicy(ctx),
      inlinePolicyName: 'CodeBuildExecutionPolicy',
      permissionsPolicy: codebuildPermissionsPolicy(ctx),
      minimumPermissionsPolicy: codebuildMinimumPermissionsPolicy(ctx),
      passedToService: CODEBUILD_SERVICE,
      takesExtraPolicy: false
    }
  ]
}

// The config file module (and yaml) is a chunk of dist/ of its own, loaded only with config-file.
const configFile = () => import('./configFile.ts')

/** What a project's `.bedrock_agentcore.yaml` declares, per agent. */
export type ToolkitProject = Map<string, DeclaredAgent>

/** The starter toolkit for a project: its config file read once, before any AWS call. */
export async function loadStarterToolkit(inputs: ActionInputs): Promise<DeployTool> {
  if (!inputs.configFile) return starterToolkit
  const { readToolkitProject } = await configFile()
  return starterToolkitFor(await readToolkitProject(inputs.configFile))
}

/** The starter toolkit's roles for the agents of `project` (none: the inputs alone). */
export const starterToolkitFor = (project: ToolkitProject = new Map()): DeployTool => ({
  id: 'starter-toolkit',
  passedBy: 'caller',
  agents: async (inputs) => {
    if (inputs.agentNames[0] !== '*' || !inputs.configFile) return inputs.agentNames
    const { listConfigAgents } = await configFile()
    return listConfigAgents(inputs.configFile)
  },
  roles: (inputs, agentName, accountId, models) =>
    roles(inputs, agentName, accountId, project, models),
  agentNeeds: (inputs, agentName) => agentNeeds(inputs, agentName, project.get(agentName)),
  planConfigFile: async (path: string, agents: ConfigRoles[]): Promise<ConfigFileUpdate> => {
    const { planConfigFileUpdate } = await configFile()
    return planConfigFileUpdate(
      path,
      agents.map((config) => ({
        agentName: config.agentName,
        executionRoleArn: config.roleArns.runtime ?? '',
        codebuildRoleArn: config.roleArns.codebuild,
        accountId: config.accountId,
        region: config.region
      }))
    )
  },
  planConfigFileRemoval: async (path, removals) => {
    const { planConfigFileRemoval } = await import('./configRemoval.ts')
    return planConfigFileRemoval(path, removals)
  },
  declaredAgents: () => [...project.keys()],
  roleNames: (agentName, region) => [
    runtimeRoleName(region, agentName),
    codebuildRoleName(region, agentName)
  ],
  writeConfigFile: async (update) => {
    const { writeConfigFileUpdate } = await configFile()
    await writeConfigFileUpdate(update)
  },
  nextStepCommands
})

/** The starter toolkit without a config file: roles from the inputs alone. */
export const starterToolkit: DeployTool = starterToolkitFor()
