// AgentCore runtimes of the local account, as bedrock-agentcore-control lists and describes them
// (ListAgentRuntimes, GetAgentRuntime): made by the tests, each with the role it runs as.

export interface AgentRuntime {
  agentRuntimeId: string
  agentRuntimeArn: string
  agentRuntimeName: string
  agentRuntimeVersion: string
  roleArn: string
  status: 'READY'
  lastUpdatedAt: string
}

export class AgentRuntimes {
  private readonly runtimes = new Map<string, AgentRuntime>()
  private readonly partition: string
  private readonly accountId: string

  constructor(partition: string, accountId: string) {
    this.partition = partition
    this.accountId = accountId
  }

  create(name: string, roleArn: string, region = 'us-east-1'): AgentRuntime {
    const suffix = [...`${name}0123456789`.replace(/[^A-Za-z0-9]/g, '')].slice(0, 10).join('')
    const agentRuntimeId = `${name}-${suffix}`
    const runtime: AgentRuntime = {
      agentRuntimeId,
      agentRuntimeArn: `arn:${this.partition}:bedrock-agentcore:${region}:${this.accountId}:runtime/${agentRuntimeId}`,
      agentRuntimeName: name,
      agentRuntimeVersion: '1',
      roleArn,
      status: 'READY',
      lastUpdatedAt: '2026-12-01T00:00:00Z'
    }
    this.runtimes.set(agentRuntimeId, runtime)
    return runtime
  }

  delete(agentRuntimeId: string): void {
    this.runtimes.delete(agentRuntimeId)
  }

  get(agentRuntimeId: string): AgentRuntime | undefined {
    return this.runtimes.get(agentRuntimeId)
  }

  /** One page of summaries (no role: GetAgentRuntime has it), in creation order. */
  list(maxResults: number, nextToken: string | undefined) {
    const all = [...this.runtimes.values()]
    const start = nextToken ? Number(nextToken) : 0
    const page = all.slice(start, start + maxResults)
    return {
      agentRuntimes: page.map(({ roleArn: _role, ...summary }) => summary),
      ...(start + maxResults < all.length ? { nextToken: String(start + maxResults) } : {})
    }
  }
}
