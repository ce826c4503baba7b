// End to end, as a runner runs it: dist/index.js under Node 24 against the local AWS endpoint.
import { policiesEqual } from '../../src/policyDocument.ts'
import {
  codebuildPermissionsPolicy,
  codebuildTrustPolicy,
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from '../../src/policies.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const RUNTIME = 'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
const CODEBUILD = 'AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a'

describe('roles on a fresh account', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('creates both roles with the spec documents, then a second run writes nothing', async () => {
    const first = await scenario.run()
    expect(first.exitCode).toBe(0)
    expect(first.outputs['execution-role-arn']).toBe(`arn:aws:iam::111122223333:role/${RUNTIME}`)
    expect(first.outputs['codebuild-role-arn']).toBe(`arn:aws:iam::111122223333:role/${CODEBUILD}`)
    expect(first.outputs['changed']).toBe('true')

    const runtime = scenario.aws.getRole(RUNTIME)
    const codebuild = scenario.aws.getRole(CODEBUILD)
    expect(runtime?.tags['managed-by']).toBe('agentcore-role-action')
    expect(runtime?.description).toBe('Execution role for BedrockAgentCore Runtime - my_agent')
    expect(codebuild?.description).toBe(
      'CodeBuild execution role for Bedrock AgentCore ARM64 builds'
    )
    const context = {
      partition: 'aws' as const,
      region: 'us-east-1',
      accountId: '111122223333',
      agentName: 'my_agent',
      deploymentType: 'container' as const,
      protocol: 'HTTP' as const,
      ecrRepository: 'bedrock-agentcore-my_agent'
    }
    expect(policiesEqual(runtime!.trustPolicy, runtimeTrustPolicy(context))).toBe(true)
    expect(policiesEqual(codebuild!.trustPolicy, codebuildTrustPolicy(context))).toBe(true)
    expect(
      policiesEqual(
        runtime!.inlinePolicies['BedrockAgentCoreRuntimeExecutionPolicy-my_agent']!,
        runtimePermissionsPolicy(context)
      )
    ).toBe(true)
    expect(
      policiesEqual(
        codebuild!.inlinePolicies['CodeBuildExecutionPolicy']!,
        codebuildPermissionsPolicy(context)
      )
    ).toBe(true)

    scenario.aws.calls.reset()
    const second = await scenario.run()
    expect(second.exitCode).toBe(0)
    expect(second.outputs['changed']).toBe('false')
    expect(scenario.aws.calls.writes()).toEqual([])
  })
})
