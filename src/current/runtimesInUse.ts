// Which AgentCore runtimes use which role: bedrock-agentcore-control ListAgentRuntimes (every
// page), then GetAgentRuntime of each (the summary has no role), in parallel. Read once per run,
// for mode delete's in-use guard. A refusal is an answer: "unknown", with the refused call.
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  ListAgentRuntimesCommand
} from '@aws-sdk/client-bedrock-agentcore-control'
import { isAccessDenied } from '../aws/iamResponses.ts'
import { nameFailingOperations, sharedClientConfig, type AwsClientOptions } from '../aws/clients.ts'

export type RuntimesInUse =
  { status: 'read'; byRoleArn: Map<string, string[]> } | { status: 'unknown'; reason: string }

export async function readRuntimesInUse(options: AwsClientOptions): Promise<RuntimesInUse> {
  const control = nameFailingOperations(
    new BedrockAgentCoreControlClient(sharedClientConfig(options)),
    'Bedrock AgentCore Control'
  )
  try {
    const runtimes: Array<{ id: string; name: string }> = []
    let nextToken: string | undefined
    do {
      const page = await control.send(
        new ListAgentRuntimesCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) })
      )
      for (const runtime of page.agentRuntimes ?? []) {
        if (runtime.agentRuntimeId) {
          runtimes.push({
            id: runtime.agentRuntimeId,
            name: runtime.agentRuntimeName ?? runtime.agentRuntimeId
          })
        }
      }
      nextToken = page.nextToken
    } while (nextToken)
    const described = await Promise.all(
      runtimes.map((runtime) =>
        control.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtime.id })).then(
          (answer) => ({ name: runtime.name, roleArn: answer.roleArn }),
          (error: unknown) => {
            // A runtime deleted between the list and the read uses nothing any more.
            if (error instanceof Error && error.name === 'ResourceNotFoundException') {
              return { name: runtime.name, roleArn: undefined }
            }
            throw error
          }
        )
      )
    )
    const byRoleArn = new Map<string, string[]>()
    for (const { name, roleArn } of described) {
      if (!roleArn) continue
      // Role ARNs compare without case: IAM role names are case-insensitive.
      const key = roleArn.toLowerCase()
      byRoleArn.set(key, [...(byRoleArn.get(key) ?? []), name])
    }
    return { status: 'read', byRoleArn }
  } catch (error) {
    if (isAccessDenied(error)) {
      return {
        status: 'unknown',
        reason: `the caller may not list the account's AgentCore runtimes (${(error as Error).message})`
      }
    }
    throw error
  } finally {
    control.destroy()
  }
}
