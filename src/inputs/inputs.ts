// Every input of action.yml, parsed and validated in one place, before any AWS call.
// Each rejection is one line that names the input, says what is wrong and how to fix it.
import * as core from '@actions/core'
import * as log from '../common/log.ts'
import { accountOfArn } from '../common/arn.ts'
import type { ActionInputs } from '../common/model.ts'
import { broadGrants, describeBroadGrant } from '../desired/extraPolicyGrants.ts'
import { DEFAULTS, INPUT_DEFAULTS, type DefaultedInput } from './defaults.ts'
import { parseExtraPolicy } from './extraPolicy.ts'
import {
  parseAcceptedPolicies,
  parsePermissionsBoundary,
  parseRoleArn,
  parseRoleNameOrArn,
  parseRolePath,
  parseTags
} from './iamInputs.ts'
import { fail, oneOf, parseBoolean } from './messages.ts'
import { parseModels } from './models.ts'
import { parseBlockingFindingTypes, parseIgnoredFindings } from './policyChecks.ts'
import {
  DEPLOYMENT_TYPES,
  MODES,
  parseAccountIds,
  ALL_AGENTS,
  parseAgentNames,
  parseAudience,
  parseCdkQualifier,
  deployToolOfConfigFile,
  parseDuration,
  parseEcrRepository,
  parseMemoryId,
  parseProtocol,
  parseRegion,
  parseSessionName,
  partitionOfRegion
} from './runInputs.ts'

export { defaultSessionName, partitionOfRegion } from './runInputs.ts'

/** Reads one input by name, '' when unset (like core.getInput). */
export type InputReader = (name: string) => string

/** Parses and validates every input; throws InputError (one line, naming the input) on the first bad one. */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string): string => read(name).trim()
  /** A boolean input with its default from the one table of defaults. */
  const flag = (name: DefaultedInput): boolean =>
    parseBoolean(name, input(name), INPUT_DEFAULTS[name] === 'true')
  const agentNames = parseAgentNames(input('agent-name'))
  const configFile = input('config-file')
  if (agentNames[0] === ALL_AGENTS && !configFile) {
    fail(
      'agent-name',
      '"*" means every agent of config-file, but config-file is not set; set it, or name the agents.'
    )
  }
  const region = parseRegion(input('aws-region'), env)
  const partition = partitionOfRegion(region)
  const roleToAssumeRaw = input('role-to-assume')
  const roleToAssume = roleToAssumeRaw
    ? parseRoleArn('role-to-assume', roleToAssumeRaw, partition)
    : undefined
  const mode = oneOf('mode', input('mode') || DEFAULTS.mode, MODES)
  const deployTool = deployToolOfConfigFile(configFile)
  if (deployTool === 'agentcore-cli') refuseToolkitOnlyInputs(input)
  const several = agentNames.length > 1 || agentNames[0] === ALL_AGENTS
  for (const name of ['execution-role', 'codebuild-role']) {
    if (several && input(name)) {
      fail(
        name,
        `names one role, but agent-name names several agents, and each agent needs roles of its own; remove ${name} (each agent gets its toolkit-named role), or run a step per agent.`
      )
    }
  }
  // A local run (@github/local-action) passes action.yml's default `${{ github.token }}` as it is.
  const githubTokenInput = input('github-token')
  const githubToken = /^\$\{\{[^}]*\}\}$/.test(githubTokenInput) ? '' : githubTokenInput
  const extraPolicyStatements = parseExtraPolicy(input('extra-policy'), env)
  const allowBroadExtraPolicy = flag('allow-broad-extra-policy')
  const allowedAccountIds = parseAccountIds(input('allowed-account-ids'))
  const [broad] = broadGrants(extraPolicyStatements, {
    partition,
    accountIds: [...(roleToAssume ? [accountOfArn(roleToAssume)] : []), ...allowedAccountIds]
  })
  if (broad && !allowBroadExtraPolicy) {
    fail(
      'extra-policy',
      `${describeBroadGrant(broad)}, which the agent's runtime role would then hold; narrow it to the actions and resources the agent needs, or set allow-broad-extra-policy: true if it is intended.`
    )
  }
  return {
    deployTool,
    cdkQualifier: parseCdkQualifier(input('cdk-qualifier')),
    agentName: agentNames[0] as string,
    agentNames,
    region,
    partition,
    roleToAssume,
    audience: parseAudience(input('audience')),
    roleSessionName: parseSessionName(input('role-session-name'), env),
    roleDurationSeconds: parseDuration(input('role-duration-seconds')),
    mode,
    failOnDrift: flag('fail-on-drift'),
    executionRole: parseRoleNameOrArn('execution-role', input('execution-role'), partition),
    codebuildRole: parseRoleNameOrArn('codebuild-role', input('codebuild-role'), partition),
    createCodebuildRole: flag('create-codebuild-role'),
    deploymentType: oneOf(
      'deployment-type',
      input('deployment-type') || DEFAULTS.deploymentType,
      DEPLOYMENT_TYPES
    ),
    protocol: parseProtocol(input('protocol')),
    memoryId: parseMemoryId(input('memory-id')),
    ecrRepository: parseEcrRepository(input('ecr-repository')),
    permissionsBoundary: parsePermissionsBoundary(input('permissions-boundary'), partition),
    rolePath: parseRolePath(input('role-path')),
    tags: parseTags(input('tags')),
    extraPolicyStatements,
    allowBroadExtraPolicy,
    manageExistingRoles: flag('manage-existing-roles'),
    acceptRiskyPolicies: parseAcceptedPolicies(input('accept-risky-policies'), partition),
    models: parseModels(input('models'), partition),
    deleteInUse: flag('delete-in-use'),
    ...(repositoryOf(env) ? { repository: repositoryOf(env) as string } : {}),
    validatePolicies: flag('validate-policies'),
    checkNewAccess: flag('check-new-access'),
    blockingFindingTypes: parseBlockingFindingTypes(input('treat-finding-type-as-blocking')),
    ignoredFindings: parseIgnoredFindings(input('ignore-finding')),
    checkPassRole: flag('check-pass-role'),
    checkDeployPermissions: flag('check-deploy-permissions'),
    exportCredentials: parseBoolean(
      'export-credentials',
      input('export-credentials'),
      roleToAssume !== undefined
    ),
    allowedAccountIds,
    configFile: configFile || undefined,
    githubToken: githubToken || undefined,
    commentOnPr: flag('comment-on-pr'),
    cleanupCredentials: flag('cleanup-credentials')
  }
}

/** GITHUB_REPOSITORY when it reads as owner/name (a tag value can hold it as it is). */
function repositoryOf(env: NodeJS.ProcessEnv): string | undefined {
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  return /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(repository) ? repository : undefined
}

/**
 * With the new CLI (config-file agentcore.json) the project file says what the starter toolkit's
 * inputs say: a runtime's build and protocol, its ECR repository (the CLI's stack makes it) and
 * its connections; and there is no CodeBuild role to bring. Setting one of them is a mistake.
 */
function refuseToolkitOnlyInputs(input: (name: string) => string): void {
  const toolkitOnly: Array<[string, boolean]> = [
    ['codebuild-role', input('codebuild-role') !== ''],
    ['ecr-repository', input('ecr-repository') !== ''],
    ['memory-id', input('memory-id') !== ''],
    [
      'deployment-type',
      ![DEFAULTS.deploymentType, ''].includes(input('deployment-type').toLowerCase())
    ],
    ['protocol', ![DEFAULTS.protocol, ''].includes(input('protocol').toUpperCase())]
  ]
  for (const [name, set] of toolkitOnly) {
    if (set) {
      fail(
        name,
        "applies to the starter toolkit only; with config-file agentcore.json (the new AgentCore CLI) the runtime entry of agentcore.json and the CLI's stack decide it. Remove the input."
      )
    }
  }
}

/**
 * Inputs that are valid but do nothing in this combination: worth a warning, not a failure
 * (a workflow that switches mode should not break over a leftover flag).
 */
export function ineffectiveInputWarnings(inputs: ActionInputs): string[] {
  const warnings: string[] = []
  if (inputs.failOnDrift && inputs.mode === 'apply') {
    warnings.push(
      'Input fail-on-drift: has no effect in mode apply, which repairs drift; use mode dry-run (or verify) to fail on pending changes.'
    )
  }
  if (inputs.codebuildRole !== undefined && !inputs.createCodebuildRole) {
    warnings.push(
      'Input codebuild-role: ignored, because create-codebuild-role is false (no CodeBuild role is verified or created); remove it, or set create-codebuild-role: true to verify it.'
    )
  }
  if (inputs.deployTool === 'agentcore-cli' && inputs.checkDeployPermissions) {
    warnings.push(
      "Input check-deploy-permissions: simulates the starter toolkit's deploy; with agentcore.json the caller's part of `agentcore deploy` (assuming the CDK bootstrap roles) is checked anyway. Remove it."
    )
  }
  const scope = { partition: inputs.partition, accountIds: inputs.allowedAccountIds }
  if (
    inputs.allowBroadExtraPolicy &&
    broadGrants(inputs.extraPolicyStatements, scope).length === 0
  ) {
    warnings.push(
      'Input allow-broad-extra-policy: no extra-policy statement is broad, so it has no effect; remove it.'
    )
  }
  if (inputs.exportCredentials && !inputs.roleToAssume) {
    warnings.push(
      'Input export-credentials: without role-to-assume there are no new credentials to export; only AWS_REGION and AWS_DEFAULT_REGION are exported.'
    )
  }
  return warnings
}

/** Reads the inputs from the runner (core.getInput, process.env): masks the token first, warns on no-ops. */
export function readActionInputs(): ActionInputs {
  // Secrets of the runner and the inputs are masked before anything else is printed.
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  const tokenRequestToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (tokenRequestToken) core.setSecret(tokenRequestToken)
  const inputs = parseInputs((name) => core.getInput(name), process.env)
  for (const warning of ineffectiveInputWarnings(inputs)) log.warning(warning)
  return inputs
}
