import { roleArn } from '../../src/common/arn.ts'
import { MANAGED_BY_TAG } from '../../src/common/ownership.ts'
import {
  codebuildProjectName,
  codebuildRoleName,
  codebuildSourceBucket,
  ecrRepositoryName,
  roleNameSuffix,
  runtimeRoleName
} from '../../src/deployTools/starterToolkit/naming.ts'
import { parseRoleReference } from '../../src/desired/roleReference.ts'

describe('role names (toolkit-compatible)', () => {
  it('derives the suffix from SHA-256 of the agent name alone', () => {
    expect(roleNameSuffix('my_agent')).toBe('e72c1a7c7a')
    expect(roleNameSuffix('hello_agent')).toBe('c07010a437')
  })

  it('names both roles after region and suffix', () => {
    expect(runtimeRoleName('us-east-1', 'my_agent')).toBe(
      'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
    )
    expect(codebuildRoleName('eu-west-1', 'hello_agent')).toBe(
      'AmazonBedrockAgentCoreSDKCodeBuild-eu-west-1-c07010a437'
    )
  })

  it.each(['ap-southeast-2', 'ap-northeast-3', 'us-gov-west-1', 'cn-northwest-1'])(
    'stays within IAM 64 characters in %s',
    (region) => {
      const longestAgent = 'a'.repeat(48)
      expect(codebuildRoleName(region, longestAgent).length).toBeLessThanOrEqual(64)
      expect(runtimeRoleName(region, longestAgent).length).toBeLessThanOrEqual(64)
    }
  )

  it('marks managed roles with managed-by=agentcore-role-action', () => {
    expect(MANAGED_BY_TAG).toEqual({ key: 'managed-by', value: 'agentcore-role-action' })
  })
})

describe('related resource names', () => {
  it.each([
    ['my_agent', 'bedrock-agentcore-my_agent'],
    ['MyAgent', 'bedrock-agentcore-myagent'],
    ['my__agent', 'bedrock-agentcore-my-agent'],
    ['agent_1___x', 'bedrock-agentcore-agent_1-x'],
    ['agent__', 'bedrock-agentcore-agent'],
    ['a', 'bedrock-agentcore-a-agent'],
    ['my.agent', 'bedrock-agentcore-my-agent'],
    ['_x', 'bedrock-agentcore-a_x']
  ])('sanitizes %s for ECR as the toolkit does', (agent, repository) => {
    expect(ecrRepositoryName(agent)).toBe(repository)
  })

  it('names the CodeBuild project and source bucket', () => {
    expect(codebuildProjectName('My__Agent')).toBe('bedrock-agentcore-my-agent-builder')
    expect(codebuildSourceBucket('111122223333', 'us-east-1')).toBe(
      'bedrock-agentcore-codebuild-sources-111122223333-us-east-1'
    )
  })
})

describe('role ARNs and references', () => {
  it('builds ARNs with the path', () => {
    expect(roleArn('aws-cn', '111122223333', '/team/', 'r')).toBe(
      'arn:aws-cn:iam::111122223333:role/team/r'
    )
    expect(roleArn('aws', '111122223333', '/', 'r')).toBe('arn:aws:iam::111122223333:role/r')
  })

  it('takes a bare name with path /', () => {
    expect(parseRoleReference('MyRole', 'aws-us-gov', '111122223333')).toEqual({
      name: 'MyRole',
      path: '/',
      arn: 'arn:aws-us-gov:iam::111122223333:role/MyRole'
    })
  })

  it('takes the path from an ARN', () => {
    const arn = 'arn:aws:iam::111122223333:role/service-role/team/MyRole'
    expect(parseRoleReference(arn, 'aws', '111122223333')).toEqual({
      name: 'MyRole',
      path: '/service-role/team/',
      arn
    })
  })

  it('rejects ARNs of another account or partition, other resources and bad names', () => {
    expect(() =>
      parseRoleReference('arn:aws:iam::444455556666:role/R', 'aws', '111122223333')
    ).toThrow(/not in this account/)
    expect(() =>
      parseRoleReference('arn:aws:iam::111122223333:role/R', 'aws-cn', '111122223333')
    ).toThrow(/not in this account and partition/)
    expect(() =>
      parseRoleReference('arn:aws:iam::111122223333:user/R', 'aws', '111122223333')
    ).toThrow(/not an IAM role ARN/)
    expect(() => parseRoleReference('my role', 'aws', '111122223333')).toThrow(
      /not a valid IAM role name/
    )
  })
})
