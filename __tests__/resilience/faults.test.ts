// Under throttling on 30% of the calls and 5xx bursts, every run still converges: 50 runs of the
// bundle over 5 agents, in parallel batches, creating the roles and then repairing drift.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PolicyDocument } from '../../src/common/model.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import {
  expectConverged,
  expectNoSecretLeak,
  expectSucceeded,
  inBatches,
  referenceRoles,
  type AgentRoles
} from './support.ts'

const AGENTS = Array.from({ length: 5 }, (_, index) => `faulty_${index}`)
const ROUNDS = 10
const BATCH = 5

/** A trust policy that drifted: the service is wrong and the account condition is gone. */
const DRIFTED_TRUST: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
}
const DRIFTED_PERMISSIONS: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]
}

describe('throttling on 30% of calls and 5xx bursts', () => {
  let scenario: Scenario
  let references: Map<string, AgentRoles>

  beforeAll(async () => {
    references = await referenceRoles(AGENTS)
    scenario = await startScenario()
    scenario.aws.faults.throttle({ probability: 0.3, seed: 8 })
  }, 120_000)
  afterAll(() => scenario.close())

  it('50 runs (create, then repair drift every other round) all converge to the clean state', async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      if (round % 2 === 0) {
        // Drift both roles of every agent (trust and inline policy), and open the round with a
        // burst of 5xx that hits every run's first calls.
        for (const reference of references.values()) {
          scenario.aws.updateAssumeRolePolicy(reference.runtime, DRIFTED_TRUST)
          const [policyName] = Object.keys(
            reference.content[reference.codebuild]?.inlinePolicies ?? {}
          )
          scenario.aws.putRolePolicy(reference.codebuild, policyName as string, DRIFTED_PERMISSIONS)
        }
        scenario.aws.faults.serverErrors({ next: 12, status: round % 4 === 0 ? 500 : 503 })
      }
      await inBatches(AGENTS, BATCH, async (agentName) => {
        const run = await scenario.run({ 'agent-name': agentName })
        expectSucceeded(run)
        expectNoSecretLeak(run, scenario)
        expectConverged(scenario, references.get(agentName) as AgentRoles)
        expect(run.outputs['changed']).toBe(round % 2 === 0 || round === 1 ? 'true' : 'false')
      })
    }
    // The faults did happen: the runs got through them, not around them.
    const records = scenario.aws.calls.all()
    expect(records.filter((record) => record.errorCode === 'Throttling').length).toBeGreaterThan(
      100
    )
    expect(records.filter((record) => (record.status ?? 0) >= 500)).toHaveLength(12 * (ROUNDS / 2))
    expect(
      records.filter((record) => record.write && record.errorCode === 'Throttling').length
    ).toBeGreaterThan(0)
  }, 170_000)
})
