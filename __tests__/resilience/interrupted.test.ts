// A run SIGKILLed right after each of its writes in turn, then run again: the rerun exits 0 and
// the roles end exactly as a clean run leaves them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import {
  expectConverged,
  expectNoSecretLeak,
  expectSucceeded,
  referenceRoles,
  type AgentRoles
} from './support.ts'

/** A fresh account costs four writes: CreateRole and PutRolePolicy for each role. */
const FRESH_ACCOUNT_WRITES = [1, 2, 3, 4]
const agentFor = (writes: number) => `killed_after_${writes}`

describe('a run killed after each write in turn', () => {
  let scenario: Scenario
  let references: Map<string, AgentRoles>

  beforeAll(async () => {
    references = await referenceRoles(FRESH_ACCOUNT_WRITES.map(agentFor))
    scenario = await startScenario()
  }, 60_000)
  afterAll(() => scenario.close())

  it('a clean run on a fresh account makes exactly those four writes', async () => {
    scenario.aws.calls.reset()
    const run = await scenario.run({ 'agent-name': 'clean_run' })
    expectSucceeded(run)
    expect(
      scenario.aws.calls
        .writes()
        .map((write) => write.operation)
        .sort()
    ).toEqual(['CreateRole', 'CreateRole', 'PutRolePolicy', 'PutRolePolicy'])
  })

  it.each(FRESH_ACCOUNT_WRITES)(
    'killed after write %i, the rerun completes the roles',
    async (writes) => {
      const agentName = agentFor(writes)
      scenario.aws.calls.reset()
      const killed = await scenario.run({ 'agent-name': agentName }, { killAfterWrite: writes })
      expect(killed.signal).toBe('SIGKILL')
      expect(
        scenario.aws.calls.writes().filter((write) => write.status === 200).length
      ).toBeGreaterThanOrEqual(writes)
      expectNoSecretLeak(killed, scenario)

      const rerun = await scenario.run({ 'agent-name': agentName })
      expectSucceeded(rerun)
      expectNoSecretLeak(rerun, scenario)
      expectConverged(scenario, references.get(agentName) as AgentRoles)

      // And the run after that has nothing left to do.
      scenario.aws.calls.reset()
      const after = await scenario.run({ 'agent-name': agentName })
      expectSucceeded(after)
      expect(after.outputs['changed']).toBe('false')
      expect(scenario.aws.calls.writes()).toEqual([])
    },
    60_000
  )
})
