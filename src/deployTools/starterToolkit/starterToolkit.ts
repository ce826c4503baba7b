// The AgentCore starter toolkit (Python CLI `agentcore configure` / `agentcore deploy`) as a deploy
// tool: a runtime role and, unless create-codebuild-role is false, a CodeBuild role, both under the
// toolkit's own names and policies; the role ARNs handed over in `.bedrock_agentcore.yaml`; the
// caller passes both roles.
import type { ActionInputs } from '../../common/model.ts'
import type { ConfigFileUpdate, ConfigRoles, DeployTool, ToolRole } from '../deployTool.ts'
import {
  codebuildMinimumPermissionsPolicy,
  codebuildPermissionsPolicy,
  codebuildTrustPolicy
} from './codebuildPolicies.ts'
import { codebuildRoleName, ecrRepositoryName, runtimeRoleName } from './naming.ts'
import { nextStepCommands } from './nextStep.ts'
import { CODEBUILD_SERVICE, RUNTIME_SERVICE, type PolicyContext } from './policyContext.ts'
import {
  runtimeMinimumPermissionsPolicy,
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from './runtimePolicies.ts'

function roles(inputs: ActionInputs, agentName: string, accountId: string): ToolRole[] {
  const ctx: PolicyContext = {
    partition: inputs.partition,
    region: inputs.region,
    accountId,
    agentName,
    deploymentType: inputs.deploymentType,
    protocol: inputs.protocol,
    ...(inputs.memoryId !== undefined ? { memoryId: inputs.memoryId } : {}),
    ecrRepository: inputs.ecrRepository ?? ecrRepositoryName(agentName)
  }
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
  if (!inputs.createCodebuildRole) return [runtime]
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

export const starterToolkit: DeployTool = {
  id: 'starter-toolkit',
  passedBy: 'caller',
  agents: async (inputs) => {
    if (inputs.agentNames[0] !== '*' || !inputs.configFile) return inputs.agentNames
    const { listConfigAgents } = await configFile()
    return listConfigAgents(inputs.configFile)
  },
  roles,
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
  writeConfigFile: async (update) => {
    const { writeConfigFileUpdate } = await configFile()
    await writeConfigFileUpdate(update)
  },
  nextStepCommands
}
