// The local endpoint's REST-JSON services, as the AWS SDK calls them: IAM Access Analyzer
// (ValidatePolicy, CheckNoNewAccess) and Bedrock (GetInferenceProfile). Routes by method and path,
// answers JSON, and errors as REST-JSON does (status, `x-amzn-ErrorType`, `{"message"}`).
import { checkNoNewAccess, validatePolicy } from './accessAnalyzer.ts'
import type { AgentRuntimes } from './agentRuntimes.ts'
import type { InferenceProfiles } from './bedrock.ts'
import { AwsError } from './queryProtocol.ts'

export type RestService = 'access-analyzer' | 'bedrock' | 'bedrock-agentcore'

export interface RestRoute {
  service: RestService
  operation: string
  /** The IAM action the caller needs, and on what. */
  action: string
  resource: string
  answer(): Promise<unknown>
}

/** The route of a request, or undefined when none of these services has the path. */
export function restRoute(
  method: string,
  path: string,
  body: string,
  where: {
    partition: string
    region: string
    accountId: string
    profiles: InferenceProfiles
    runtimes: AgentRuntimes
    query: URLSearchParams
  }
): RestRoute | undefined {
  const json = () => {
    try {
      return JSON.parse(body || '{}') as Record<string, unknown>
    } catch {
      throw new AwsError('ValidationException', 'The request body is not valid JSON.')
    }
  }
  if (method === 'POST' && path === '/policy/validation') {
    return {
      service: 'access-analyzer',
      operation: 'ValidatePolicy',
      action: 'access-analyzer:ValidatePolicy',
      resource: '*',
      answer: async () => ({ findings: await validatePolicy(json()) })
    }
  }
  if (method === 'POST' && path === '/policy/check-no-new-access') {
    return {
      service: 'access-analyzer',
      operation: 'CheckNoNewAccess',
      action: 'access-analyzer:CheckNoNewAccess',
      resource: '*',
      answer: () => checkNoNewAccess(json(), where.accountId)
    }
  }
  if (method === 'POST' && path === '/runtimes/') {
    return {
      service: 'bedrock-agentcore',
      operation: 'ListAgentRuntimes',
      action: 'bedrock-agentcore:ListAgentRuntimes',
      resource: '*',
      answer: async () =>
        where.runtimes.list(
          Number(where.query.get('maxResults') ?? '10'),
          where.query.get('nextToken') ?? undefined
        )
    }
  }
  const runtime = /^\/runtimes\/([^/]+)\/$/.exec(path)
  if (method === 'GET' && runtime) {
    const id = decodeURIComponent(runtime[1] as string)
    const found = where.runtimes.get(id)
    return {
      service: 'bedrock-agentcore',
      operation: 'GetAgentRuntime',
      action: 'bedrock-agentcore:GetAgentRuntime',
      resource:
        found?.agentRuntimeArn ??
        `arn:${where.partition}:bedrock-agentcore:${where.region}:${where.accountId}:runtime/${id}`,
      answer: async () => {
        if (!found) {
          throw new AwsError('ResourceNotFoundException', `Agent runtime ${id} does not exist.`)
        }
        return found
      }
    }
  }
  const profile = /^\/inference-profiles\/([^/]+)$/.exec(path)
  if (method === 'GET' && profile) {
    const identifier = decodeURIComponent(profile[1] as string)
    const found = where.profiles.find(identifier, where.region)
    return {
      service: 'bedrock',
      operation: 'GetInferenceProfile',
      action: 'bedrock:GetInferenceProfile',
      resource:
        found?.inferenceProfileArn ??
        `arn:${where.partition}:bedrock:${where.region}:${where.accountId}:inference-profile/${identifier}`,
      answer: async () => {
        if (!found) {
          throw new AwsError(
            'ResourceNotFoundException',
            `Inference profile ${identifier} does not exist in ${where.region}.`
          )
        }
        return found
      }
    }
  }
  return undefined
}

/** REST-JSON's error shape. */
export function restError(error: AwsError): {
  status: number
  headers: Record<string, string>
  body: string
} {
  const code = error.code === 'AccessDenied' ? 'AccessDeniedException' : error.code
  const status =
    code === 'AccessDeniedException'
      ? 403
      : code === 'ResourceNotFoundException'
        ? 404
        : code === 'ThrottlingException'
          ? 429
          : error.status
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': code },
    body: JSON.stringify({ message: error.message })
  }
}
