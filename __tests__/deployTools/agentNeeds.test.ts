import { actionInputs } from '../../__fixtures__/actionInputs.ts'
import { agentNeeds, declaredAgent } from '../../src/deployTools/starterToolkit/agentNeeds.ts'

const PATH = '.bedrock_agentcore.yaml'

describe('declaredAgent', () => {
  it('reads what changes the roles, as agentcore configure writes it', () => {
    expect(
      declaredAgent(PATH, 'a', {
        deployment_type: 'direct_code_deploy',
        aws: {
          ecr_repository: '111122223333.dkr.ecr.us-east-1.amazonaws.com/team/images',
          protocol_configuration: { server_protocol: 'a2a' }
        },
        memory: { mode: 'STM_ONLY', memory_id: null },
        identity: { credential_providers: [{ name: 'gh', arn: 'arn:aws:x', type: 'github' }] },
        aws_jwt: { enabled: true, audiences: ['https://api'], duration_seconds: 600 }
      })
    ).toEqual({
      deploymentType: 'direct_code_deploy',
      protocol: 'A2A',
      ecrRepository: 'team/images',
      memory: { mode: 'STM_ONLY' },
      credentialProviders: [{ name: 'gh', arn: 'arn:aws:x' }],
      awsJwt: { audiences: ['https://api'], signingAlgorithm: 'ES384', durationSeconds: 600 }
    })
  })

  it('reads an empty entry as declaring nothing; aws_jwt without audiences as off', () => {
    expect(declaredAgent(PATH, 'a', { aws_jwt: { enabled: true, audiences: [] } })).toEqual({
      credentialProviders: []
    })
  })

  it.each([
    [{ deployment_type: 'lambda' }, 'agents.a.deployment_type'],
    [{ aws: { protocol_configuration: { server_protocol: 'SOAP' } } }, 'server_protocol'],
    [{ memory: { mode: 'FOREVER' } }, 'agents.a.memory.mode'],
    [{ identity: { credential_providers: [{ name: 'x' }] } }, 'credential_providers[0]']
  ])('refuses %j in one line naming the key', (entry, key) => {
    expect(() => declaredAgent(PATH, 'a', entry)).toThrow(key)
  })
})

describe('agentNeeds', () => {
  const file = declaredAgent(PATH, 'my_agent', {
    deployment_type: 'direct_code_deploy',
    memory: { mode: 'STM_AND_LTM', memory_id: 'my_agent_mem-abcdefghij' }
  })

  it('takes the file, the inputs where it is silent, and the toolkit defaults', () => {
    expect(agentNeeds(actionInputs({ configFile: PATH }), 'my_agent', file)).toEqual({
      deploymentType: 'direct_code_deploy',
      protocol: 'HTTP',
      ecrRepository: 'bedrock-agentcore-my_agent',
      memory: { memoryId: 'my_agent_mem-abcdefghij' },
      credentialProviders: []
    })
    const pending = declaredAgent(PATH, 'my_agent', { memory: { mode: 'STM_ONLY' } })
    expect(agentNeeds(actionInputs(), 'my_agent', pending).memory).toEqual({
      memoryName: 'my_agent_mem'
    })
    expect(
      agentNeeds(actionInputs({ memoryId: 'm-abcdefghij' }), 'my_agent', undefined).memory
    ).toEqual({
      memoryId: 'm-abcdefghij'
    })
  })

  it('refuses an input that contradicts the file', () => {
    expect(() =>
      agentNeeds(actionInputs({ memoryId: 'other-abcdefghij' }), 'my_agent', file, PATH)
    ).toThrow(
      'Input memory-id: "other-abcdefghij", but config-file .bedrock_agentcore.yaml says agents.my_agent.memory.memory_id'
    )
    const off = declaredAgent(PATH, 'my_agent', { memory: { mode: 'NO_MEMORY' } })
    expect(() => agentNeeds(actionInputs({ memoryId: 'm-abcdefghij' }), 'my_agent', off)).toThrow(
      'memory.mode'
    )
  })
})
