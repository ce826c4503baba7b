// Two and five runs started together on the same agent (e.g. a re-run overlapping a push): all
// succeed, the account ends with exactly one pair of roles for the agent, with the clean documents.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import {
  expectConverged,
  expectNoSecretLeak,
  expectSucceeded,
  referenceRoles,
  type AgentRoles
} from './support.ts'

const CASES = [
  { runs: 2, agentName: 'raced_by_two' },
  { runs: 5, agentName: 'raced_by_five' }
]

describe('concurrent runs on the same agent', () => {
  let scenario: Scenario
  let references: Map<string, AgentRoles>

  beforeAll(async () => {
    references = await referenceRoles(CASES.map(({ agentName }) => agentName))
    scenario = await startScenario()
    // Slow answers make the runs' reads and writes overlap, as they would against real IAM.
    scenario.aws.faults.latency(40)
  }, 60_000)
  afterAll(() => scenario.close())

  it.each(CASES)(
    '$runs runs at once on a fresh account all succeed with one pair of roles',
    async ({ runs, agentName }) => {
      const rolesBefore = scenario.aws.listRoles().length
      const results = await Promise.all(
        Array.from({ length: runs }, () => scenario.run({ 'agent-name': agentName }))
      )
      for (const run of results) {
        expectSucceeded(run)
        expectNoSecretLeak(run, scenario)
      }
      const reference = references.get(agentName) as AgentRoles
      expect(
        scenario.aws
          .listRoles()
          .slice(rolesBefore)
          .map((role) => role.name)
          .sort()
      ).toEqual([reference.codebuild, reference.runtime].sort())
      expectConverged(scenario, reference)
      for (const run of results) {
        expect(run.outputs['execution-role-name']).toBe(reference.runtime)
        expect(run.outputs['codebuild-role-name']).toBe(reference.codebuild)
      }
    },
    60_000
  )
})
