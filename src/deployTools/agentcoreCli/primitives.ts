// What an agentcore.json declares that reaches a runtime's execution role, read once and checked
// before any AWS call: the project's memories, credentials, gateways, payments and MCP runtime
// tools, and each runtime's connections and filesystem mounts. The CLI's CDK construct grants the
// role it makes for each (held against synthesized templates by the tests); what the file holds
// that this action does not know is listed, never skipped.
//
// Keys are those of the CLI's AgentCoreProjectSpecSchema and AgentEnvSpecSchema (a test holds
// these lists against the vendored schema, so a CLI upgrade with a new key fails it).

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Top-level keys of agentcore.json, and what each does to a runtime's role. */
export const PROJECT_KEYS = {
  granting: ['memories', 'credentials', 'agentCoreGateways', 'mcpRuntimeTools', 'payments'],
  /** Read for the role's name and shape, or only other resources' (they have roles of their own). */
  other: [
    '$schema',
    'name',
    'version',
    'managedBy',
    'tags',
    'runtimes',
    'knowledgeBases',
    'evaluators',
    'onlineEvalConfigs',
    'unassignedTargets',
    'policyEngines',
    'configBundles',
    'abTests',
    'harnesses',
    'datasets',
    'capacityProviders',
    'httpGateways'
  ]
} as const

/** Keys of a runtimes[] entry, and what each does to its role. */
export const RUNTIME_KEYS = {
  granting: ['connections', 'filesystemConfigurations'],
  /** The construct attaches these to a role it makes; the action does not read them (yet). */
  unhandled: ['additionalPolicies'],
  other: [
    'name',
    'description',
    'build',
    'entrypoint',
    'codeLocation',
    'dockerfile',
    'buildContextPath',
    'customDockerBuildArgs',
    'runtimeVersion',
    'envVars',
    'networkMode',
    'networkConfig',
    'instrumentation',
    'protocol',
    'requestHeaderAllowlist',
    'executionRoleArn',
    'authorizerType',
    'authorizerConfiguration',
    'tags',
    'lifecycleConfiguration',
    'endpoints',
    'capacityProviderConfiguration'
  ]
} as const

export interface CliMemory {
  name: string
  /** Namespace templates of its strategies, `{…}` variables as `*` (the construct's conditions). */
  namespaces: string[]
}

export type GatewayAuthorizer = 'NONE' | 'AWS_IAM' | 'CUSTOM_JWT'

export interface CliGateway {
  name: string
  /** The gateway's AWS name: `resourceName` (imported gateways), else `{project}-{name}`. */
  awsName: string
  authorizerType: GatewayAuthorizer
}

export interface CliMcpTool {
  name: string
  /** The AgentCore Runtime that hosts it: `{project}_{compute.runtime.name}`. */
  runtimeName: string
  /** The project's runtimes it is bound to. */
  boundTo: string[]
}

export type CliConnection =
  | { id: string; type: 'memory'; arn: string; namespaces: string[]; access: 'read' | 'readwrite' }
  | {
      id: string
      type: 'gateway'
      arn: string
      auth: 'awsIam' | 'none' | 'oauth'
      providerArn?: string
    }
  | { id: string; type: 'runtime'; arn: string; exec: boolean }
  | { id: string; type: 'browser' | 'codeInterpreter'; arn?: string }

export type CliFilesystem =
  { kind: 'efs' | 's3files'; accessPointArn: string } | { kind: 'other'; what: string }

/** What one runtimes[] entry declares for its own role. */
export interface CliRuntimePrimitives {
  /** Python (entrypoint `.py`) and HTTP: the vended app wires payments into such runtimes only. */
  paymentEligible: boolean
  connections: CliConnection[]
  filesystems: CliFilesystem[]
  /** Keys of the entry the action does not turn into grants, with where they are. */
  unhandled: string[]
}

export interface CliPrimitives {
  memories: CliMemory[]
  /** Any credential (API key, OAuth, payment): the construct grants AgentCore Identity access. */
  hasCredentials: boolean
  gateways: CliGateway[]
  payments: string[]
  mcpTools: CliMcpTool[]
  /** Top-level keys the action does not know. */
  unknown: string[]
}

/** The CLI's patterns for connection targets (connections.ts), so that no other ARN is granted. */
const CONNECTION_ARN: Record<string, RegExp> = {
  memory: /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:\d{12}:memory\/.+$/,
  gateway: /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:\d{12}:gateway\/.+$/,
  runtime: /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:\d{12}:runtime\/.+$/,
  browser: /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:(\d{12}|aws):browser(-custom)?\/.+$/,
  codeInterpreter:
    /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:(\d{12}|aws):code-interpreter(-custom)?\/.+$/
}
const PROVIDER_ARN = /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:\d{12}:token-vault\/.+$/
const ACCESS_POINT_ARN = {
  efs: /^arn:[^:]+:elasticfilesystem:[a-z0-9-]+:\d{12}:access-point\/fsap-[0-9a-f]{8,40}$/,
  s3files: /^arn:[^:]+:s3files:[a-z0-9-]+:\d{12}:file-system\/[^/]+\/access-point\/[A-Za-z0-9_-]+$/
}

/** A one-line error in the file's terms, thrown by the reader. */
type Fail = (problem: string) => never

const list = (value: unknown, where: string, fail: Fail): unknown[] => {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail(`${where} is not a list`)
  return value as unknown[]
}

const text = (value: unknown, where: string, fail: Fail): string => {
  if (typeof value !== 'string' || value.length === 0) fail(`${where} is not a string`)
  return value as string
}

const entry = (value: unknown, where: string, fail: Fail): Json => {
  if (!isObject(value)) fail(`${where} is not an object`)
  return value as Json
}

/** Namespace templates as the construct conditions them: every `{variable}` a `*`. */
const namespacePatterns = (templates: string[]) =>
  templates.map((template) => template.replace(/\{[^{}]+\}/g, '*'))

function memories(data: Json, fail: Fail): CliMemory[] {
  return list(data['memories'], 'memories', fail).map((value, index) => {
    const memory = entry(value, `memories[${index}]`, fail)
    const name = text(memory['name'], `memories[${index}].name`, fail)
    const strategies = list(memory['strategies'], `memories[${name}].strategies`, fail)
    const templates = strategies.flatMap((strategy, at) => {
      const where = `memories[${name}].strategies[${at}]`
      const given = entry(strategy, where, fail)
      // namespaceTemplates, else the deprecated namespaces (AgentCoreMemory.collectNamespaces).
      const key = given['namespaceTemplates'] !== undefined ? 'namespaceTemplates' : 'namespaces'
      return list(given[key], `${where}.${key}`, fail).map((ns, i) =>
        text(ns, `${where}.${key}[${i}]`, fail)
      )
    })
    return { name, namespaces: namespacePatterns(templates) }
  })
}

const AUTHORIZERS: readonly GatewayAuthorizer[] = ['NONE', 'AWS_IAM', 'CUSTOM_JWT']

function gateways(data: Json, project: string, fail: Fail): CliGateway[] {
  return list(data['agentCoreGateways'], 'agentCoreGateways', fail).map((value, index) => {
    const gateway = entry(value, `agentCoreGateways[${index}]`, fail)
    const name = text(gateway['name'], `agentCoreGateways[${index}].name`, fail)
    const authorizerType = gateway['authorizerType'] ?? 'NONE'
    if (!AUTHORIZERS.includes(authorizerType as GatewayAuthorizer)) {
      fail(`agentCoreGateways[${name}].authorizerType is none of ${AUTHORIZERS.join(', ')}`)
    }
    const resourceName =
      gateway['resourceName'] === undefined
        ? undefined
        : text(gateway['resourceName'], `agentCoreGateways[${name}].resourceName`, fail)
    return {
      name,
      awsName: resourceName ?? `${project}-${name}`,
      authorizerType: authorizerType as GatewayAuthorizer
    }
  })
}

function mcpTools(data: Json, project: string, fail: Fail): CliMcpTool[] {
  return list(data['mcpRuntimeTools'], 'mcpRuntimeTools', fail).flatMap((value, index) => {
    const tool = entry(value, `mcpRuntimeTools[${index}]`, fail)
    const name = text(tool['name'], `mcpRuntimeTools[${index}].name`, fail)
    const compute = isObject(tool['compute']) ? tool['compute'] : {}
    // A Lambda-hosted tool is invoked through its gateway, not by the runtime.
    if (compute['host'] !== 'AgentCoreRuntime' || !isObject(compute['runtime'])) return []
    const runtime = text(
      compute['runtime']['name'],
      `mcpRuntimeTools[${name}].compute.runtime.name`,
      fail
    )
    const boundTo = list(tool['bindings'], `mcpRuntimeTools[${name}].bindings`, fail).map(
      (binding, at) =>
        text(
          entry(binding, `mcpRuntimeTools[${name}].bindings[${at}]`, fail)['runtimeName'],
          `mcpRuntimeTools[${name}].bindings[${at}].runtimeName`,
          fail
        )
    )
    return [{ name, runtimeName: `${project}_${runtime}`, boundTo }]
  })
}

/** The project's primitives (runtimes aside), checked as far as the roles rely on them. */
export function projectPrimitives(data: Json, project: string, fail: Fail): CliPrimitives {
  const known = new Set<string>([...PROJECT_KEYS.granting, ...PROJECT_KEYS.other])
  const unknown = Object.keys(data)
    .filter((key) => !known.has(key) && !isEmpty(data[key]))
    .map((key) => `${key} (a key this action does not know)`)
  return {
    memories: memories(data, fail),
    hasCredentials: list(data['credentials'], 'credentials', fail).length > 0,
    gateways: gateways(data, project, fail),
    payments: list(data['payments'], 'payments', fail).map((value, index) =>
      text(entry(value, `payments[${index}]`, fail)['name'], `payments[${index}].name`, fail)
    ),
    mcpTools: mcpTools(data, project, fail),
    unknown
  }
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0)

function connection(value: unknown, where: string, fail: Fail): CliConnection | string {
  const given = entry(value, where, fail)
  const to = entry(given['to'], `${where}.to`, fail)
  const type = to['type']
  const id = given['id'] === undefined ? String(type) : text(given['id'], `${where}.id`, fail)
  const arnOf = (required: boolean): string | undefined => {
    if (to['arn'] === undefined && !required) return undefined
    const arn = text(to['arn'], `${where}.to.arn`, fail)
    if (!CONNECTION_ARN[type as string]?.test(arn))
      fail(`${where}.to.arn is not a ${String(type)} ARN`)
    return arn
  }
  switch (type) {
    case 'memory': {
      const templates = list(to['namespaces'], `${where}.to.namespaces`, fail).map((ns, i) =>
        text(ns, `${where}.to.namespaces[${i}]`, fail)
      )
      const access = given['access'] ?? 'read'
      if (access !== 'read' && access !== 'readwrite')
        fail(`${where}.access is neither read nor readwrite`)
      return {
        id,
        type,
        arn: arnOf(true) as string,
        namespaces: namespacePatterns(templates),
        access: access as 'read' | 'readwrite'
      }
    }
    case 'gateway': {
      const auth = isObject(to['outboundAuth']) ? to['outboundAuth'] : { awsIam: {} }
      const kind = 'oauth' in auth ? 'oauth' : 'none' in auth ? 'none' : 'awsIam'
      const oauth =
        kind === 'oauth' ? entry(auth['oauth'], `${where}.to.outboundAuth.oauth`, fail) : {}
      const providerArn =
        kind === 'oauth'
          ? text(oauth['providerArn'], `${where}.to.outboundAuth.oauth.providerArn`, fail)
          : undefined
      if (providerArn !== undefined && !PROVIDER_ARN.test(providerArn)) {
        fail(`${where}.to.outboundAuth.oauth.providerArn is not an AgentCore Identity provider ARN`)
      }
      return {
        id,
        type,
        arn: arnOf(true) as string,
        auth: kind,
        ...(providerArn ? { providerArn } : {})
      }
    }
    case 'runtime':
      return { id, type, arn: arnOf(true) as string, exec: to['exec'] === true }
    case 'browser':
    case 'codeInterpreter': {
      const arn = arnOf(false)
      return { id, type, ...(arn ? { arn } : {}) }
    }
    default:
      return `${where}.to.type \`${String(type)}\``
  }
}

function filesystem(value: unknown, where: string, fail: Fail): CliFilesystem {
  const given = entry(value, where, fail)
  for (const [key, kind] of [
    ['efsAccessPoint', 'efs'],
    ['s3FilesAccessPoint', 's3files']
  ] as const) {
    if (given[key] === undefined) continue
    const arn = text(
      entry(given[key], `${where}.${key}`, fail)['accessPointArn'],
      `${where}.${key}.accessPointArn`,
      fail
    )
    if (!ACCESS_POINT_ARN[kind].test(arn))
      fail(`${where}.${key}.accessPointArn is not an access point ARN`)
    return { kind, accessPointArn: arn }
  }
  return { kind: 'other', what: Object.keys(given).join(', ') }
}

/** What one runtimes[] entry declares for its own role. */
export function runtimePrimitives(runtime: Json, where: string, fail: Fail): CliRuntimePrimitives {
  const unhandled: string[] = []
  const connections: CliConnection[] = []
  list(runtime['connections'], `${where}.connections`, fail).forEach((value, index) => {
    const parsed = connection(value, `${where}.connections[${index}]`, fail)
    if (typeof parsed === 'string') unhandled.push(parsed)
    else connections.push(parsed)
  })
  const filesystems = list(
    runtime['filesystemConfigurations'],
    `${where}.filesystemConfigurations`,
    fail
  ).map((value, index) => filesystem(value, `${where}.filesystemConfigurations[${index}]`, fail))
  const known = new Set<string>([...RUNTIME_KEYS.granting, ...RUNTIME_KEYS.other])
  for (const key of Object.keys(runtime)) {
    if (isEmpty(runtime[key])) continue
    if ((RUNTIME_KEYS.unhandled as readonly string[]).includes(key) || !known.has(key)) {
      unhandled.push(`${where}.${key}`)
    }
  }
  const entrypoint = typeof runtime['entrypoint'] === 'string' ? runtime['entrypoint'] : ''
  const protocol = runtime['protocol'] ?? 'HTTP'
  return {
    paymentEligible: protocol === 'HTTP' && (entrypoint.split(':')[0] ?? '').endsWith('.py'),
    connections,
    filesystems,
    unhandled
  }
}
