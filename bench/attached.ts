// Roles whose permissions come from attached managed policies (Terraform, CDK, the console) against
// roles with the action's inline policy, both verified up to date in one step of N agents, with a
// fixed latency per IAM/STS answer: sequential round trips, AWS calls and wall time side by side.
// The attached shape reads each managed policy (GetPolicy, then GetPolicyVersion) once per run:
// every role also attaches one shared policy, read once however many roles attach it.
import type { PolicyDocument } from '../src/common/model.ts'
import { runtimeRoleName } from '../src/deployTools/starterToolkit/naming.ts'
import { startScenario, type Scenario } from '../test-support/scenario.ts'
import { median, ms, profileCalls, table } from './measure.ts'

const REGION = 'us-east-1'
const names = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}_${index}`)

type Shape = 'own' | 'inline' | 'attached'

export interface AttachedRow {
  shape: Shape
  agents: number
  wallMs: number[]
  awsCalls: number
  policyReads: number
  sequentialRoundTrips: number
}

const runtimeOnly = { 'create-codebuild-role': 'false' }

/**
 * N agents' roles made by the action (`own`), then N with the same documents in an inline policy
 * under another name (`aws_iam_role_policy`), and N with them in two attached policies and a shared
 * one (`aws_iam_role_policy_attachment`).
 */
function seedOthers(scenario: Scenario, own: string[], inline: string[], attached: string[]): void {
  const shared = scenario.aws.createManagedPolicy('SharedTracing', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' }]
  })
  own.forEach((source, index) => {
    const made = scenario.aws.getRole(runtimeRoleName(REGION, source))
    const policy = made?.inlinePolicies[
      `BedrockAgentCoreRuntimeExecutionPolicy-${source}`
    ] as PolicyDocument
    // The source agent's documents, renamed for another agent (names appear in its resources).
    const renamedFor = (agent: string) =>
      JSON.parse(JSON.stringify(policy).replaceAll(source, agent)) as PolicyDocument
    const role = (agent: string) => ({
      name: runtimeRoleName(REGION, agent),
      description: `Execution role for BedrockAgentCore Runtime - ${agent}`,
      trustPolicy: made?.trustPolicy as PolicyDocument,
      tags: made?.tags ?? {}
    })
    const inlineAgent = inline[index] as string
    scenario.aws.createRole({
      ...role(inlineAgent),
      inlinePolicies: { 'terraform-inline': renamedFor(inlineAgent) }
    })
    const agent = attached[index] as string
    const renamed = renamedFor(agent)
    const half = Math.ceil(renamed.Statement.length / 2)
    const parts = [renamed.Statement.slice(0, half), renamed.Statement.slice(half)].map(
      (Statement, part) =>
        scenario.aws.createManagedPolicy(`${agent}-${part}`, { Version: '2012-10-17', Statement })
    )
    scenario.aws.createRole({ ...role(agent), managedPolicyArns: [...parts, shared] })
  })
}

export async function measureAttached(
  count: number,
  runs: number,
  latencyMs: number
): Promise<AttachedRow[]> {
  const scenario = await startScenario()
  const agents: Record<Shape, string[]> = {
    own: names('bench_own', count),
    inline: names('bench_inline', count),
    attached: names('bench_attached', count)
  }
  try {
    const setUp = await scenario.run({ ...runtimeOnly, 'agent-name': agents.own.join(',') })
    if (setUp.exitCode !== 0) throw new Error(`set-up run failed:\n${setUp.log}`)
    seedOthers(scenario, agents.own, agents.inline, agents.attached)
    scenario.aws.faults.latency(latencyMs)
    const rows: AttachedRow[] = (['own', 'inline', 'attached'] as const).map((shape) => ({
      shape,
      agents: count,
      wallMs: [],
      awsCalls: 0,
      policyReads: 0,
      sequentialRoundTrips: 0
    }))
    for (let index = 0; index < runs; index++) {
      // Interleaved, so a slow moment of the machine hits both shapes alike.
      for (const row of rows) {
        scenario.aws.calls.reset()
        const run = await scenario.run(
          { ...runtimeOnly, 'agent-name': agents[row.shape].join(','), mode: 'verify' },
          { timeoutMs: 300_000 }
        )
        if (run.exitCode !== 0) throw new Error(`${row.shape} verify failed:\n${run.log}`)
        const profile = profileCalls(scenario.aws, scenario.aws.calls.all())
        row.wallMs.push(run.durationMs)
        row.awsCalls = profile.awsCalls
        row.sequentialRoundTrips = profile.sequentialRoundTrips
        row.policyReads =
          scenario.aws.calls.count('GetPolicy') + scenario.aws.calls.count('GetPolicyVersion')
      }
    }
    return rows
  } finally {
    await scenario.close()
  }
}

const LABEL: Record<Shape, string> = {
  own: "the action's inline policy",
  inline: 'an inline policy of another name',
  attached: '2 attached + 1 shared managed policy'
}

export function reportAttached(rows: AttachedRow[]): string {
  const inline = rows.find((row) => row.shape === 'inline')
  return table(
    [
      'roles',
      'agents',
      'median wall',
      'AWS calls',
      'managed policy reads',
      'sequential round trips',
      'added over another inline name'
    ],
    rows.map((row) => [
      LABEL[row.shape],
      row.agents,
      ms(median(row.wallMs)),
      row.awsCalls,
      row.policyReads,
      row.sequentialRoundTrips,
      row.sequentialRoundTrips - (inline?.sequentialRoundTrips ?? 0)
    ])
  )
}
