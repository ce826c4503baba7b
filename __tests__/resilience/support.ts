// Shared by the resilience suite: what a clean run produces (the reference every faulty run must
// converge to), runs in small parallel batches (2 cores), and the secret check every run passes.
import { expect } from '@jest/globals'
import type { RoleSnapshot } from '../../test-support/localAws/server.ts'
import { FAKE_GITHUB_TOKEN, type ActionRun } from '../../test-support/runAction.ts'
import { leakedSecrets, startScenario, type Scenario } from '../../test-support/scenario.ts'

/** What a role is, for the action's promise: everything but its identity and creation date. */
export type RoleContent = Omit<RoleSnapshot, 'arn' | 'roleId' | 'createDate' | 'trustPolicyText'>

export function contentOf(role: RoleSnapshot | undefined): RoleContent | undefined {
  if (!role) return undefined
  const content: Partial<RoleSnapshot> = { ...role }
  for (const identity of ['arn', 'roleId', 'createDate', 'trustPolicyText'] as const) {
    delete content[identity]
  }
  return content as RoleContent
}

/** The two roles of an agent as a run reports them (outputs), and their content. */
export interface AgentRoles {
  runtime: string
  codebuild: string
  content: Record<string, RoleContent>
}

/** Runs `work` over `items`, `size` at a time: parallel enough to race, gentle on 2 cores. */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size)
    results.push(...(await Promise.all(batch.map((item, offset) => work(item, start + offset)))))
  }
  return results
}

export function expectSucceeded(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`run failed (exit ${run.exitCode}):\n${run.log}`)
}

/** No secret the endpoint handed out (OIDC tokens, keys) nor the GitHub token shows outside ::add-mask::. */
export function expectNoSecretLeak(run: ActionRun, scenario: Scenario): void {
  expect(leakedSecrets(run, [...scenario.aws.issuedSecrets(), FAKE_GITHUB_TOKEN])).toEqual([])
}

/** Runs each agent once on a clean account with no faults: the state every other run must reach. */
export async function referenceRoles(
  agentNames: readonly string[],
  inputs: Record<string, string> = {}
): Promise<Map<string, AgentRoles>> {
  const clean = await startScenario()
  try {
    const references = new Map<string, AgentRoles>()
    await inBatches(agentNames, 4, async (agentName) => {
      const run = await clean.run({ ...inputs, 'agent-name': agentName })
      expectSucceeded(run)
      expectNoSecretLeak(run, clean)
      const runtime = run.outputs['execution-role-name'] as string
      const codebuild = run.outputs['codebuild-role-name'] as string
      const content: Record<string, RoleContent> = {}
      for (const name of [runtime, codebuild]) {
        content[name] = contentOf(clean.aws.getRole(name)) as RoleContent
      }
      references.set(agentName, { runtime, codebuild, content })
    })
    return references
  } finally {
    await clean.close()
  }
}

/** Both roles of the agent exist on this endpoint with exactly the reference content. */
export function expectConverged(scenario: Scenario, reference: AgentRoles): void {
  for (const name of [reference.runtime, reference.codebuild]) {
    expect(contentOf(scenario.aws.getRole(name))).toEqual(reference.content[name])
  }
}
