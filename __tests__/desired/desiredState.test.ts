import {
  assertRuntimePolicyFits,
  buildDesiredState,
  INLINE_POLICY_SIZE_LIMIT,
  inlinePolicySize,
  withExistingRolePaths
} from '../../src/desired/desiredState.ts'
import type { PolicyStatement } from '../../src/common/model.ts'
import { codebuildPermissionsPolicy } from '../../src/deployTools/starterToolkit/codebuildPolicies.ts'
import {
  runtimeMinimumPermissionsPolicy,
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from '../../src/deployTools/starterToolkit/runtimePolicies.ts'
import { ACCOUNT, actionInputs } from '../../__fixtures__/actionInputs.ts'
import { currentRoleFor } from '../../__fixtures__/currentRoles.ts'

const ctx = {
  partition: 'aws' as const,
  region: 'us-east-1',
  accountId: ACCOUNT,
  agentName: 'my_agent',
  deploymentType: 'container' as const,
  protocol: 'HTTP' as const,
  ecrRepository: 'bedrock-agentcore-my_agent'
}

describe('buildDesiredState', () => {
  it('describes both toolkit-named roles', () => {
    const state = buildDesiredState(actionInputs(), ACCOUNT)
    expect(state).toMatchObject({
      accountId: ACCOUNT,
      partition: 'aws',
      region: 'us-east-1',
      agentName: 'my_agent'
    })
    const [runtime, codebuild] = state.roles
    expect(runtime).toEqual({
      kind: 'runtime',
      name: 'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a',
      path: '/',
      arn: `arn:aws:iam::${ACCOUNT}:role/AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a`,
      description: 'Execution role for BedrockAgentCore Runtime - my_agent',
      trustPolicy: runtimeTrustPolicy(ctx),
      inlinePolicyName: 'BedrockAgentCoreRuntimeExecutionPolicy-my_agent',
      permissionsPolicy: runtimePermissionsPolicy(ctx),
      minimumPermissionsPolicy: runtimeMinimumPermissionsPolicy(ctx),
      tags: { 'managed-by': 'agentcore-role-action' },
      passedToService: 'bedrock-agentcore.amazonaws.com',
      userSupplied: false
    })
    expect(codebuild).toMatchObject({
      kind: 'codebuild',
      name: 'AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a',
      description: 'CodeBuild execution role for Bedrock AgentCore ARM64 builds',
      inlinePolicyName: 'CodeBuildExecutionPolicy',
      permissionsPolicy: codebuildPermissionsPolicy(ctx),
      passedToService: 'codebuild.amazonaws.com',
      userSupplied: false
    })
  })

  it('shapes the policies from the inputs, in aws-cn too', () => {
    const state = buildDesiredState(
      actionInputs({
        region: 'cn-north-1',
        partition: 'aws-cn',
        ecrRepository: 'team/agent-images',
        memoryId: 'mem-1',
        protocol: 'A2A',
        deploymentType: 'container'
      }),
      ACCOUNT
    )
    const [runtime, codebuild] = state.roles
    const text = JSON.stringify(runtime?.permissionsPolicy)
    expect(text).toContain(`arn:aws-cn:ecr:cn-north-1:${ACCOUNT}:repository/team/agent-images`)
    expect(text).toContain(`arn:aws-cn:bedrock-agentcore:cn-north-1:${ACCOUNT}:memory/mem-1`)
    expect(text).toContain('BedrockAgentCoreRuntime"')
    expect(runtime?.arn).toBe(
      `arn:aws-cn:iam::${ACCOUNT}:role/AmazonBedrockAgentCoreSDKRuntime-cn-north-1-e72c1a7c7a`
    )
    expect(runtime?.passedToService).toBe('bedrock-agentcore.amazonaws.com')
    expect(codebuild?.passedToService).toBe('codebuild.amazonaws.com')
    expect(JSON.stringify(codebuild?.permissionsPolicy)).toContain('repository/team/agent-images')
  })

  it('applies path, tags and boundary; the managed-by tag wins over a user tag of that key', () => {
    const boundary = `arn:aws:iam::${ACCOUNT}:policy/Boundary`
    const state = buildDesiredState(
      actionInputs({
        rolePath: '/agents/',
        tags: { team: 'ml', 'managed-by': 'me' },
        permissionsBoundary: boundary
      }),
      ACCOUNT
    )
    for (const role of state.roles) {
      expect(role.path).toBe('/agents/')
      expect(role.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/agents/${role.name}`)
      expect(role.tags).toEqual({ team: 'ml', 'managed-by': 'agentcore-role-action' })
      expect(role.permissionsBoundary).toBe(boundary)
    }
  })

  it('uses the roles the user names, with the path of an ARN', () => {
    const state = buildDesiredState(
      actionInputs({
        rolePath: '/agents/',
        executionRole: `arn:aws:iam::${ACCOUNT}:role/service-role/MyRuntime`,
        codebuildRole: 'MyBuilder'
      }),
      ACCOUNT
    )
    expect(state.roles.map((r) => [r.name, r.path, r.arn, r.userSupplied])).toEqual([
      ['MyRuntime', '/service-role/', `arn:aws:iam::${ACCOUNT}:role/service-role/MyRuntime`, true],
      ['MyBuilder', '/', `arn:aws:iam::${ACCOUNT}:role/MyBuilder`, true]
    ])
  })

  it('names the input whose role reference is wrong', () => {
    expect(() =>
      buildDesiredState(
        actionInputs({ codebuildRole: 'arn:aws:iam::444455556666:role/X' }),
        ACCOUNT
      )
    ).toThrow(
      /^Input codebuild-role: role arn:aws:iam::444455556666:role\/X is not in this account/
    )
  })

  it('leaves out the CodeBuild role when create-codebuild-role is off', () => {
    const state = buildDesiredState(actionInputs({ createCodebuildRole: false }), ACCOUNT)
    expect(state.roles.map((r) => r.kind)).toEqual(['runtime'])
  })

  it('appends extra-policy statements to the runtime policy and its minimum', () => {
    const extra: PolicyStatement = {
      Sid: 'Dynamo',
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      Resource: '*'
    }
    const [runtime, codebuild] = buildDesiredState(
      actionInputs({ extraPolicyStatements: [extra] }),
      ACCOUNT
    ).roles
    expect(runtime?.permissionsPolicy.Statement.at(-1)).toEqual(extra)
    expect(runtime?.minimumPermissionsPolicy?.Statement.at(-1)).toEqual(extra)
    expect(JSON.stringify(codebuild)).not.toContain('dynamodb')
  })
  it('rejects an extra-policy Sid that the runtime policy already uses', () => {
    const clash: PolicyStatement = {
      Sid: 'ECRTokenAccess',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*'
    }
    expect(() =>
      buildDesiredState(actionInputs({ extraPolicyStatements: [clash] }), ACCOUNT)
    ).toThrow(/^extra-policy: Sid "ECRTokenAccess" is already used/)
  })
})

describe('inline policy size', () => {
  it('does not count whitespace', () => {
    expect(
      inlinePolicySize({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: 'a b' }] })
    ).toBe(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: 'ab' }] })
        .length
    )
  })

  it('leaves room for extra statements in the toolkit policy', () => {
    expect(
      inlinePolicySize(runtimePermissionsPolicy({ ...ctx, protocol: 'A2A', memoryId: 'm' }))
    ).toBeLessThan(INLINE_POLICY_SIZE_LIMIT / 2)
  })

  it('fails naming extra-policy when the runtime policy would exceed 10,240 characters', () => {
    const big: PolicyStatement = {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`)
    }
    expect(() =>
      buildDesiredState(actionInputs({ extraPolicyStatements: [big] }), ACCOUNT)
    ).toThrow(
      /^extra-policy makes the runtime role's inline policy \d+ characters long .* limit of 10240/
    )
    expect(() => assertRuntimePolicyFits(runtimePermissionsPolicy(ctx))).not.toThrow()
  })
})

describe('withExistingRolePaths', () => {
  it('takes path and ARN from the roles IAM returned, and keeps the guess for missing ones', () => {
    const desired = buildDesiredState(
      actionInputs({ executionRole: 'agent-runtime', rolePath: '/agentcore/' }),
      ACCOUNT
    )
    const [runtime, codebuild] = desired.roles
    expect(runtime?.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/agent-runtime`)
    const teamArn = `arn:aws:iam::${ACCOUNT}:role/team/agent-runtime`

    const located = withExistingRolePaths(desired, {
      roles: { runtime: currentRoleFor(runtime!, { path: '/team/', arn: teamArn }) }
    })
    expect(located.roles[0]).toEqual({ ...runtime, path: '/team/', arn: teamArn })
    expect(located.roles[1]).toEqual(codebuild)
    expect(desired.roles[0]?.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/agent-runtime`)
  })

  it('finds a toolkit-named role at the path it was created under, not the role-path input', () => {
    const desired = buildDesiredState(actionInputs({ rolePath: '/agentcore/' }), ACCOUNT)
    const codebuild = desired.roles[1]!
    const atRoot = `arn:aws:iam::${ACCOUNT}:role/${codebuild.name}`
    const located = withExistingRolePaths(desired, {
      roles: { codebuild: currentRoleFor(codebuild, { path: '/', arn: atRoot }) }
    })
    expect(located.roles.map((role) => role.arn)).toEqual([desired.roles[0]!.arn, atRoot])
  })
})
