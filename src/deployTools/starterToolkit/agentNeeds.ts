// What one agent of a starter-toolkit project needs of its roles, read once from
// `.bedrock_agentcore.yaml` (as `agentcore configure` writes it, schema.py of the toolkit) and the
// inputs: one typed model from which the role policies are built. An input that is set wins over a
// file that says nothing; an input that contradicts the file is refused in one line. Pure.
import { InputError } from '../../common/errors.ts'
import type { ActionInputs, DeploymentType, Protocol } from '../../common/model.ts'
import { DEFAULTS } from '../../inputs/defaults.ts'
import { show } from '../../inputs/messages.ts'
import { ecrRepositoryName } from './naming.ts'

export type MemoryMode = 'NO_MEMORY' | 'STM_ONLY' | 'STM_AND_LTM'

/** What the file declares for one agent (only the keys that change its roles). */
export interface DeclaredAgent {
  deploymentType?: DeploymentType
  /** aws.protocol_configuration.server_protocol, upper-cased (HTTP, MCP, A2A, AGUI). */
  protocol?: string
  /** aws.ecr_repository: the repository name of the image URI the file gives. */
  ecrRepository?: string
  memory?: { mode: MemoryMode; memoryId?: string }
  credentialProviders: Array<{ name: string; arn: string }>
  awsJwt?: { audiences: string[]; signingAlgorithm: string; durationSeconds: number }
}

/** The agent's memory as its role must reach it: a known id, or the one the deploy will create. */
export type MemoryNeed = { memoryId: string } | { memoryName: string }

/** Everything the roles of one agent are built from. */
export interface AgentNeeds {
  deploymentType: DeploymentType
  protocol: Protocol | 'AGUI'
  ecrRepository: string
  memory?: MemoryNeed
  credentialProviders: Array<{ name: string; arn: string }>
  awsJwt?: DeclaredAgent['awsJwt']
}

const MEMORY_MODES: MemoryMode[] = ['NO_MEMORY', 'STM_ONLY', 'STM_AND_LTM']
const PROTOCOLS = ['HTTP', 'MCP', 'A2A', 'AGUI']

type Data = Record<string, unknown>
const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** The repository name of an image URI (`{account}.dkr.ecr.{region}.amazonaws.com/name`), as the toolkit reads it. */
function repositoryOf(uri: string): string {
  return uri.includes('/') ? uri.slice(uri.indexOf('/') + 1) : uri
}

/** One agent's entry of the file, as plain data (the yaml package's toJS). */
export function declaredAgent(path: string, agentName: string, entry: unknown): DeclaredAgent {
  const where = (key: string) => `config-file ${path}: agents.${agentName}.${key}`
  const bad = (key: string, value: unknown, expected: string): never => {
    throw new InputError(
      `${where(key)} is ${show(JSON.stringify(value) ?? 'undefined')}, not ${expected}`
    )
  }
  const agent = isData(entry) ? entry : {}
  const aws = isData(agent.aws) ? agent.aws : {}
  const declared: DeclaredAgent = { credentialProviders: [] }

  const deploymentType = agent.deployment_type
  if (deploymentType !== undefined && deploymentType !== null) {
    if (deploymentType !== 'container' && deploymentType !== 'direct_code_deploy') {
      bad('deployment_type', deploymentType, 'container or direct_code_deploy')
    }
    declared.deploymentType = deploymentType as DeploymentType
  }
  const protocolConfig = isData(aws.protocol_configuration) ? aws.protocol_configuration : {}
  const protocol = protocolConfig.server_protocol
  if (protocol !== undefined && protocol !== null) {
    const upper = typeof protocol === 'string' ? protocol.toUpperCase() : ''
    if (!PROTOCOLS.includes(upper)) {
      bad('aws.protocol_configuration.server_protocol', protocol, PROTOCOLS.join(', '))
    }
    declared.protocol = upper
  }
  const repository = text(aws.ecr_repository)
  if (repository !== undefined) declared.ecrRepository = repositoryOf(repository)

  if (isData(agent.memory)) {
    const mode = agent.memory.mode ?? 'NO_MEMORY'
    if (!MEMORY_MODES.includes(mode as MemoryMode)) {
      bad('memory.mode', mode, MEMORY_MODES.join(', '))
    }
    const memoryId = text(agent.memory.memory_id)
    declared.memory = { mode: mode as MemoryMode, ...(memoryId ? { memoryId } : {}) }
  }
  const identity = isData(agent.identity) ? agent.identity : {}
  const providers = Array.isArray(identity.credential_providers)
    ? identity.credential_providers
    : []
  declared.credentialProviders = providers.map((provider, index) => {
    const name = isData(provider) ? text(provider.name) : undefined
    const arn = isData(provider) ? text(provider.arn) : undefined
    if (!name || !arn?.startsWith('arn:')) {
      bad(`identity.credential_providers[${index}]`, provider, 'a provider with a name and an arn')
    }
    return { name: name as string, arn: arn as string }
  })
  if (isData(agent.aws_jwt) && agent.aws_jwt.enabled === true) {
    const audiences = Array.isArray(agent.aws_jwt.audiences)
      ? agent.aws_jwt.audiences.filter(
          (audience): audience is string => typeof audience === 'string'
        )
      : []
    if (audiences.length > 0) {
      declared.awsJwt = {
        audiences,
        signingAlgorithm: text(agent.aws_jwt.signing_algorithm) ?? 'ES384',
        durationSeconds:
          typeof agent.aws_jwt.duration_seconds === 'number' ? agent.aws_jwt.duration_seconds : 300
      }
    }
  }
  return declared
}

/** The name the toolkit's deploy gives the memory it creates for an agent (launch.py). */
export const toolkitMemoryName = (agentName: string) => `${agentName}_mem`

/**
 * The agent's needs: the file's declarations, the inputs where the file says nothing. An input
 * that differs from its default (the runner always passes action.yml's defaults) and from the
 * file is a contradiction, refused before any AWS call.
 */
export function agentNeeds(
  inputs: ActionInputs,
  agentName: string,
  declared: DeclaredAgent | undefined,
  path = inputs.configFile ?? ''
): AgentNeeds {
  const file = declared ?? { credentialProviders: [] }
  const contradiction = (input: string, value: string, key: string, fileValue: string): never => {
    throw new InputError(
      `Input ${input}: ${show(value)}, but config-file ${path} says agents.${agentName}.${key}: ${show(fileValue)}; ` +
        'remove the input (the file is what the toolkit deploys) or change the file.'
    )
  }
  const pick = <T extends string>(
    input: string,
    value: T | undefined,
    fallback: T | undefined,
    key: string,
    fileValue: T | undefined
  ): T | undefined => {
    const set = value !== undefined && value !== fallback
    if (set && fileValue !== undefined && fileValue !== value) {
      contradiction(input, value, key, fileValue)
    }
    return fileValue ?? value
  }
  const deploymentType =
    pick(
      'deployment-type',
      inputs.deploymentType,
      DEFAULTS.deploymentType,
      'deployment_type',
      file.deploymentType
    ) ?? DEFAULTS.deploymentType
  const protocol =
    pick(
      'protocol',
      inputs.protocol as string,
      DEFAULTS.protocol,
      'aws.protocol_configuration.server_protocol',
      file.protocol
    ) ?? DEFAULTS.protocol
  const ecrRepository =
    pick(
      'ecr-repository',
      inputs.ecrRepository,
      undefined,
      'aws.ecr_repository',
      file.ecrRepository
    ) ?? ecrRepositoryName(agentName)
  const memoryId = pick(
    'memory-id',
    inputs.memoryId,
    undefined,
    'memory.memory_id',
    file.memory?.memoryId
  )
  if (inputs.memoryId !== undefined && file.memory?.mode === 'NO_MEMORY') {
    contradiction('memory-id', inputs.memoryId, 'memory.mode', 'NO_MEMORY')
  }
  const memoryOn =
    file.memory !== undefined ? file.memory.mode !== 'NO_MEMORY' : memoryId !== undefined
  const memory: MemoryNeed | undefined = !memoryOn
    ? undefined
    : memoryId !== undefined
      ? { memoryId }
      : { memoryName: toolkitMemoryName(agentName) }
  return {
    deploymentType,
    protocol: protocol as AgentNeeds['protocol'],
    ecrRepository,
    ...(memory ? { memory } : {}),
    credentialProviders: file.credentialProviders,
    ...(file.awsJwt ? { awsJwt: file.awsJwt } : {})
  }
}
