import {
  IAMClient,
  IAMServiceException,
  SimulatePrincipalPolicyCommand,
  type SimulatePrincipalPolicyCommandInput
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import {
  checkDeployPermissions,
  deployPermissionGroups,
  type DeployTarget
} from '../../src/checks/deployPermissions.ts'
import { describeDeniedPermission } from '../../src/report/wording.ts'
import type { ResolvedCaller } from '../../src/checks/passRole.ts'

const principal = 'arn:aws:iam::111122223333:role/ci/deployers/github-deployer'
const caller: ResolvedCaller = {
  kind: 'principal',
  principal: { type: 'role', arn: principal, name: 'github-deployer' }
}
const target: DeployTarget = {
  partition: 'aws',
  region: 'us-east-1',
  accountId: '111122223333',
  agentName: 'my_agent'
}

const iam = mockClient(IAMClient)
const client = new IAMClient({ region: 'us-east-1' })
beforeEach(() => iam.reset())

/** Answers each action of each call: denied when `deny` says so. */
function simulate(
  deny: (action: string, resource: string) => 'implicitDeny' | 'explicitDeny' | undefined
): void {
  iam
    .on(SimulatePrincipalPolicyCommand)
    .callsFake((request: SimulatePrincipalPolicyCommandInput) => {
      const resource = request.ResourceArns?.[0] ?? ''
      return {
        EvaluationResults: (request.ActionNames ?? []).map((action) => {
          const decision = deny(action, resource) ?? 'allowed'
          return {
            EvalActionName: action,
            EvalResourceName: resource,
            EvalDecision: decision,
            MatchedStatements:
              decision === 'explicitDeny'
                ? [{ SourcePolicyId: 'NoEcrPush', SourcePolicyType: 'role' }]
                : []
          }
        }),
        IsTruncated: false
      }
    })
}

describe('deployPermissionGroups', () => {
  test('names the concrete resources of this agent, toolkit-named', () => {
    const resources = deployPermissionGroups(target).map((group) => group.resource)
    expect(resources).toEqual([
      'arn:aws:codebuild:us-east-1:111122223333:project/bedrock-agentcore-my_agent-builder',
      'arn:aws:ecr:us-east-1:111122223333:repository/bedrock-agentcore-my_agent',
      '*',
      'arn:aws:s3:::bedrock-agentcore-codebuild-sources-111122223333-us-east-1',
      'arn:aws:s3:::bedrock-agentcore-codebuild-sources-111122223333-us-east-1/*',
      'arn:aws:logs:us-east-1:111122223333:log-group:/aws/codebuild/bedrock-agentcore-my_agent-builder',
      'arn:aws:logs:us-east-1:111122223333:log-group:/aws/codebuild/bedrock-agentcore-my_agent-builder:log-stream:*',
      'arn:aws:logs:us-east-1:111122223333:log-group:/aws/bedrock-agentcore/runtimes/my_agent-*',
      'arn:aws:logs:us-east-1:111122223333:log-group:/aws/bedrock-agentcore/runtimes/my_agent-*:log-stream:*',
      'arn:aws:bedrock-agentcore:us-east-1:111122223333:runtime/my_agent-*'
    ])
  })

  test('direct_code_deploy builds nothing: no CodeBuild project, logs or ECR repository', () => {
    const groups = deployPermissionGroups({ ...target, deploymentType: 'direct_code_deploy' })
    const resources = groups.map((group) => group.resource)
    expect(resources.some((resource) => /codebuild:|:ecr:|\/aws\/codebuild\//.test(resource))).toBe(
      false
    )
    expect(resources).toContain(
      'arn:aws:bedrock-agentcore:us-east-1:111122223333:runtime/my_agent-*'
    )
  })

  test("includes the toolkit's own writes to the runtime role (identity, AWS JWT)", () => {
    const roleArn =
      'arn:aws:iam::111122223333:role/AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
    const groups = deployPermissionGroups({
      ...target,
      roleWrites: { roleArn, actions: ['iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy'] }
    })
    expect(groups.at(-1)).toEqual({
      purpose: "the toolkit's own writes to the runtime role at deploy (identity, AWS JWT)",
      resource: roleArn,
      actions: ['iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy']
    })
  })

  test('uses the ecr-repository input and the partition of the region', () => {
    const groups = deployPermissionGroups({
      ...target,
      partition: 'aws-cn',
      region: 'cn-north-1',
      ecrRepository: 'team/agents'
    })
    expect(groups.find((group) => group.actions.includes('ecr:PutImage'))?.resource).toBe(
      'arn:aws-cn:ecr:cn-north-1:111122223333:repository/team/agents'
    )
    expect(
      groups.every((group) => group.resource === '*' || group.resource.startsWith('arn:aws-cn:'))
    ).toBe(true)
  })
})

describe('checkDeployPermissions', () => {
  test('one simulation per resource, many actions each, in parallel; nothing denied', async () => {
    simulate(() => undefined)

    const result = await checkDeployPermissions(client, caller, target)

    const calls = iam.commandCalls(SimulatePrincipalPolicyCommand).map((call) => call.args[0].input)
    expect(calls).toHaveLength(deployPermissionGroups(target).length)
    expect(
      calls.every((call) => call.PolicySourceArn === principal && call.ResourceArns?.length === 1)
    ).toBe(true)
    expect(result).toMatchObject({ status: 'checked', denied: [], checked: 34 })
  })

  test('lists the denied actions with their resources and the statements to add', async () => {
    simulate((action, resource) => {
      if (action === 'ecr:PutImage') return 'explicitDeny'
      if (resource.includes(':s3:::')) return 'implicitDeny'
      if (action === 'bedrock-agentcore:UpdateAgentRuntime') return 'implicitDeny'
      return undefined
    })

    const result = await checkDeployPermissions(client, caller, target)

    const bucket = 'arn:aws:s3:::bedrock-agentcore-codebuild-sources-111122223333-us-east-1'
    const runtime = 'arn:aws:bedrock-agentcore:us-east-1:111122223333:runtime/my_agent-*'
    expect(
      result.denied.map((denial) => [denial.action, denial.resource, denial.decision])
    ).toEqual([
      [
        'ecr:PutImage',
        'arn:aws:ecr:us-east-1:111122223333:repository/bedrock-agentcore-my_agent',
        'explicitDeny'
      ],
      ['s3:ListBucket', bucket, 'implicitDeny'],
      ['s3:GetObject', `${bucket}/*`, 'implicitDeny'],
      ['s3:PutObject', `${bucket}/*`, 'implicitDeny'],
      ['bedrock-agentcore:UpdateAgentRuntime', runtime, 'implicitDeny']
    ])
    expect(result.denied[0]?.matchedStatements).toEqual([
      { sourcePolicyId: 'NoEcrPush', sourcePolicyType: 'role' }
    ])
    expect(result.missingStatements).toEqual([
      { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: bucket },
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucket}/*` },
      { Effect: 'Allow', Action: ['bedrock-agentcore:UpdateAgentRuntime'], Resource: runtime }
    ])
    expect(result.reason).toContain('may not perform 5 of the 34 actions')
    expect(result.reason).toContain('1 explicitly denied')
    expect(describeDeniedPermission(result.denied[0]!)).toBe(
      'ecr:PutImage on arn:aws:ecr:us-east-1:111122223333:repository/bedrock-agentcore-my_agent (ECR repository of the agent image): explicitDeny by role policy NoEcrPush'
    )
  })

  test('unknown when the caller may not simulate', async () => {
    iam.on(SimulatePrincipalPolicyCommand).rejects(
      new IAMServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'not authorized to perform: iam:SimulatePrincipalPolicy'
      })
    )

    const result = await checkDeployPermissions(client, caller, target)

    expect(result.status).toBe('unknown')
    expect(result.reason).toContain('SimulatePrincipalPolicy was refused')
  })

  test('a caller that cannot be simulated (root, federated user): unknown, no IAM call', async () => {
    const result = await checkDeployPermissions(
      client,
      { kind: 'unsupported', reason: 'the caller is a federated user' },
      target
    )

    expect(result).toEqual({
      status: 'unknown',
      denied: [],
      checked: 0,
      reason: 'the deploy permissions were not simulated: the caller is a federated user',
      missingStatements: []
    })
    expect(iam.calls()).toHaveLength(0)
  })
})
