import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetGroupPolicyCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  IAMClient,
  IAMServiceException,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type SimulatePrincipalPolicyCommandInput,
  type Statement
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import {
  checkPassRole,
  resolveCallerPrincipal,
  type PassRoleCheckInput
} from '../../src/checks/passRole.ts'

const account = '111122223333'
const callerRoleArn = `arn:aws:iam::${account}:role/ci/deployers/github-deployer`
const assumedRoleArn = `arn:aws:sts::${account}:assumed-role/github-deployer/gha-run-42`
const runtimeRole = `arn:aws:iam::${account}:role/AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a`
const codebuildRole = `arn:aws:iam::${account}:role/AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a`
const toolkitPattern = `arn:aws:iam::${account}:role/AmazonBedrockAgentCore*`
const agentCore = 'bedrock-agentcore.amazonaws.com'
const codebuild = 'codebuild.amazonaws.com'

const input: PassRoleCheckInput = {
  callerArn: assumedRoleArn,
  callerRoleArn,
  partition: 'aws',
  accountId: account,
  roles: [
    { kind: 'runtime', arn: runtimeRole, passedToService: agentCore },
    { kind: 'codebuild', arn: codebuildRole, passedToService: codebuild }
  ]
}

const iam = mockClient(IAMClient)
const client = new IAMClient({ region: 'us-east-1' })

beforeEach(() => iam.reset())

type Answer = Pick<
  EvaluationResult,
  'EvalDecision' | 'MatchedStatements' | 'PermissionsBoundaryDecisionDetail'
>

const allowedBy = (policy: string): Answer => ({
  EvalDecision: 'allowed',
  MatchedStatements: [{ SourcePolicyId: policy, SourcePolicyType: 'role' }]
})
const implicitDeny: Answer = { EvalDecision: 'implicitDeny', MatchedStatements: [] }

/** SimulatePrincipalPolicy answering per (resource, iam:PassedToService). */
function simulate(answer: (resource: string, service: string) => Answer): void {
  iam
    .on(SimulatePrincipalPolicyCommand)
    .callsFake((request: SimulatePrincipalPolicyCommandInput) => {
      const resource = request.ResourceArns?.[0] ?? ''
      const service =
        request.ContextEntries?.find((entry) => entry.ContextKeyName === 'iam:PassedToService')
          ?.ContextKeyValues?.[0] ?? ''
      return {
        EvaluationResults: [
          {
            EvalActionName: 'iam:PassRole',
            EvalResourceName: resource,
            ...answer(resource, service)
          }
        ],
        IsTruncated: false
      }
    })
}

function simulateCalls(): SimulatePrincipalPolicyCommandInput[] {
  return iam.commandCalls(SimulatePrincipalPolicyCommand).map((call) => call.args[0].input)
}

function iamError(name: string): IAMServiceException {
  return new IAMServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message: `User: ${assumedRoleArn} is not authorized to perform: iam:${name}`
  })
}

const encoded = (document: object): string => encodeURIComponent(JSON.stringify(document))

describe('checkPassRole with SimulatePrincipalPolicy', () => {
  test('allowed: both roles for their own services, one parallel wave of simulations', async () => {
    simulate(() => allowedBy('DeployerPolicy'))

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('allowed')
    expect(result.principalArn).toBe(callerRoleArn)
    expect(result.roles.map((role) => [role.kind, role.decision])).toEqual([
      ['runtime', 'allowed'],
      ['codebuild', 'allowed']
    ])
    expect(result.roles[0]?.matchedStatements).toEqual([
      { sourcePolicyId: 'DeployerPolicy', sourcePolicyType: 'role' }
    ])
    expect(result.missingStatement).toBeUndefined()
    expect(iam.commandCalls(GetRoleCommand)).toHaveLength(0)
    expect(simulateCalls()).toEqual(
      expect.arrayContaining([
        {
          PolicySourceArn: callerRoleArn,
          ActionNames: ['iam:PassRole'],
          ResourceArns: [runtimeRole],
          ContextEntries: [
            {
              ContextKeyName: 'iam:PassedToService',
              ContextKeyType: 'string',
              ContextKeyValues: [agentCore]
            }
          ]
        },
        expect.objectContaining({ ResourceArns: [codebuildRole] })
      ])
    )
    expect(result.toolkitPattern).toEqual([
      { resource: toolkitPattern, service: agentCore, decision: 'allowed' },
      { resource: toolkitPattern, service: codebuild, decision: 'allowed' }
    ])
    expect(simulateCalls()).toHaveLength(4)
  })

  test('denied: the missing statement names exactly the denied role and its service', async () => {
    simulate((resource) =>
      resource === codebuildRole ? allowedBy('DeployerPolicy') : implicitDeny
    )

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('denied')
    expect(result.roles.map((role) => role.decision)).toEqual(['implicitDeny', 'allowed'])
    expect(result.missingStatement).toEqual({
      Sid: 'AllowPassAgentCoreRoles',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: [runtimeRole],
      Condition: { StringEquals: { 'iam:PassedToService': [agentCore] } }
    })
    expect(result.reason).toContain(
      `${callerRoleArn} may not pass AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a to ${agentCore}: no policy allows it`
    )
  })

  test('a role allowed only for the other service is denied, and says so', async () => {
    simulate((resource, service) =>
      service === codebuild ? allowedBy('CodeBuildOnly') : implicitDeny
    )

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('denied')
    expect(result.roles[0]).toMatchObject({
      decision: 'implicitDeny',
      allowedOnlyFor: [codebuild]
    })
    expect(result.roles[1]?.decision).toBe('allowed')
    expect(result.reason).toContain(`allowed only when passed to ${codebuild}`)
    expect(result.missingStatement?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': [agentCore] }
    })
  })

  test('explicit deny: named with the statement that denies, no Allow offered for it', async () => {
    const deny: Statement = {
      SourcePolicyId: 'arn:aws:iam::111122223333:policy/NoPassRole',
      SourcePolicyType: 'user-managed',
      StartPosition: { Line: 3, Column: 5 }
    }
    simulate((resource) =>
      resource === runtimeRole
        ? { EvalDecision: 'explicitDeny', MatchedStatements: [deny] }
        : allowedBy('DeployerPolicy')
    )

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('denied')
    expect(result.roles[0]?.decision).toBe('explicitDeny')
    expect(result.explicitDeny).toEqual([
      {
        sourcePolicyId: 'arn:aws:iam::111122223333:policy/NoPassRole',
        sourcePolicyType: 'user-managed',
        startLine: 3,
        startColumn: 5
      }
    ])
    expect(result.missingStatement).toBeUndefined()
    expect(result.reason).toContain(
      'explicitly denied by user-managed policy arn:aws:iam::111122223333:policy/NoPassRole line 3, column 5'
    )
  })

  test('a permissions boundary that does not allow it is named', async () => {
    simulate((resource) =>
      resource === runtimeRole
        ? {
            EvalDecision: 'implicitDeny',
            PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false }
          }
        : allowedBy('DeployerPolicy')
    )

    const result = await checkPassRole(client, input)

    expect(result.roles[0]?.deniedBy).toBe('permissions-boundary')
    expect(result.reason).toContain("the caller's permissions boundary does not allow it")
  })

  test('follows SimulatePrincipalPolicy pagination', async () => {
    iam
      .on(SimulatePrincipalPolicyCommand)
      .resolves({ EvaluationResults: [], IsTruncated: true, Marker: 'page-2' })
      .on(SimulatePrincipalPolicyCommand, { Marker: 'page-2' })
      .resolves({
        EvaluationResults: [{ EvalActionName: 'iam:PassRole', ...allowedBy('DeployerPolicy') }],
        IsTruncated: false
      })

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('allowed')
    expect(simulateCalls().filter((call) => call.Marker === 'page-2')).toHaveLength(4)
  })
})

describe('the caller', () => {
  test('an assumed role without a known ARN: iam:GetRole gives the path the session ARN lost', async () => {
    iam.on(GetRoleCommand, { RoleName: 'github-deployer' }).resolves({
      Role: {
        RoleName: 'github-deployer',
        Path: '/ci/deployers/',
        Arn: callerRoleArn,
        RoleId: 'AROAEXAMPLE',
        CreateDate: new Date()
      }
    })
    simulate(() => allowedBy('DeployerPolicy'))

    const result = await checkPassRole(client, { ...input, callerRoleArn: undefined })

    expect(result.principalArn).toBe(callerRoleArn)
    expect(new Set(simulateCalls().map((call) => call.PolicySourceArn))).toEqual(
      new Set([callerRoleArn])
    )
  })

  test('a known ARN of another role is not used for this session', async () => {
    iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'github-deployer',
        Path: '/ci/deployers/',
        Arn: callerRoleArn,
        RoleId: 'AROAEXAMPLE',
        CreateDate: new Date()
      }
    })

    const resolved = await resolveCallerPrincipal(
      client,
      assumedRoleArn,
      `arn:aws:iam::${account}:role/other-role`
    )

    expect(resolved).toEqual({
      kind: 'principal',
      principal: { type: 'role', arn: callerRoleArn, name: 'github-deployer' }
    })
  })

  test('GetRole refused: the path is assumed to be / and the report says so', async () => {
    iam.on(GetRoleCommand).rejects(iamError('AccessDenied'))

    const resolved = await resolveCallerPrincipal(client, assumedRoleArn)

    expect(resolved).toMatchObject({
      kind: 'principal',
      principal: { arn: `arn:aws:iam::${account}:role/github-deployer` },
      note: "iam:GetRole on github-deployer was refused, so the role's path is assumed to be /"
    })
  })

  test('a caller resolved beforehand (shared with the deploy check) is used as is', async () => {
    simulate(() => allowedBy('Deploy'))

    const result = await checkPassRole(client, {
      ...input,
      callerRoleArn: undefined,
      caller: { kind: 'principal', principal: { type: 'role', arn: callerRoleArn, name: 'x' } }
    })

    expect(result.principalArn).toBe(callerRoleArn)
    expect(iam.commandCalls(GetRoleCommand)).toHaveLength(0)
  })

  test('an IAM user is simulated as is, path included', async () => {
    const userArn = `arn:aws:iam::${account}:user/engineering/alice`
    simulate(() => allowedBy('AliceInline'))

    const result = await checkPassRole(client, { ...input, callerArn: userArn })

    expect(result.decision).toBe('allowed')
    expect(new Set(simulateCalls().map((call) => call.PolicySourceArn))).toEqual(new Set([userArn]))
    expect(iam.commandCalls(GetRoleCommand)).toHaveLength(0)
  })

  test('the root user may pass any role: allowed, nothing simulated', async () => {
    const result = await checkPassRole(client, {
      ...input,
      callerArn: `arn:aws:iam::${account}:root`
    })

    expect(result.decision).toBe('allowed')
    expect(result.reason).toContain('root user')
    expect(iam.calls()).toHaveLength(0)
  })

  test('a federated user cannot be simulated: unknown, with the reason', async () => {
    const result = await checkPassRole(client, {
      ...input,
      callerArn: `arn:aws:sts::${account}:federated-user/alice`
    })

    expect(result.decision).toBe('unknown')
    expect(result.roles.every((role) => role.decision === 'unknown')).toBe(true)
    expect(result.reason).toContain('federated user')
    expect(iam.calls()).toHaveLength(0)
  })
})

describe('when SimulatePrincipalPolicy is refused', () => {
  const passRolePolicy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PassAgentCoreRoles',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: 'arn:aws:iam::*:role/AmazonBedrockAgentCore*',
        Condition: { StringEquals: { 'iam:PassedToService': [agentCore, codebuild] } }
      }
    ]
  }

  function callerPolicies(inline: Record<string, object>, attached: Record<string, object> = {}) {
    iam.on(SimulatePrincipalPolicyCommand).rejects(iamError('AccessDenied'))
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: Object.keys(inline) })
    for (const [name, document] of Object.entries(inline)) {
      iam.on(GetRolePolicyCommand, { RoleName: 'github-deployer', PolicyName: name }).resolves({
        RoleName: 'github-deployer',
        PolicyName: name,
        PolicyDocument: encoded(document)
      })
    }
    iam.on(ListAttachedRolePoliciesCommand).resolves({
      AttachedPolicies: Object.keys(attached).map((arn) => ({ PolicyArn: arn }))
    })
    for (const [arn, document] of Object.entries(attached)) {
      iam.on(GetPolicyCommand, { PolicyArn: arn }).resolves({ Policy: { DefaultVersionId: 'v3' } })
      iam
        .on(GetPolicyVersionCommand, { PolicyArn: arn, VersionId: 'v3' })
        .resolves({ PolicyVersion: { Document: encoded(document) } })
    }
    iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'github-deployer',
        Path: '/ci/deployers/',
        Arn: callerRoleArn,
        RoleId: 'AROAEXAMPLE',
        CreateDate: new Date()
      }
    })
  }

  test('a refused GetRole on the caller is named: the assumed path may be why simulating failed', async () => {
    iam.on(SimulatePrincipalPolicyCommand).rejects(iamError('AccessDenied'))
    iam.on(GetRoleCommand).rejects(iamError('AccessDenied'))
    iam.on(ListRolePoliciesCommand).rejects(iamError('AccessDenied'))
    iam.on(ListAttachedRolePoliciesCommand).rejects(iamError('AccessDenied'))

    const result = await checkPassRole(client, { ...input, callerRoleArn: undefined })

    expect(result.decision).toBe('unknown')
    expect(result.reason).toMatch(
      /^SimulatePrincipalPolicy was refused \(.*\); iam:GetRole on github-deployer was refused, so the role's path is assumed to be \//
    )
  })

  test('unknown, with the local evaluation answer and what it cannot see', async () => {
    callerPolicies({ deploy: passRolePolicy })

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('unknown')
    expect(result.roles.map((role) => role.decision)).toEqual(['unknown', 'unknown'])
    expect(result.reason).toContain('SimulatePrincipalPolicy was refused')
    expect(result.reason).toContain(
      `local evaluation: AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a to ${agentCore} allowed by role policy deploy statement PassAgentCoreRoles`
    )
    expect(result.localEvaluation).toMatchObject({
      engine: 'agentcore-role-action',
      policiesRead: ['deploy'],
      roles: [
        { arn: runtimeRole, decision: 'allowed' },
        { arn: codebuildRole, decision: 'allowed' }
      ]
    })
    expect(result.localEvaluation?.cannotSee).toEqual([
      'service control policies (SCPs)',
      'resource control policies (RCPs)',
      'the session policy of this session'
    ])
  })

  test('denied when every policy was read and none grants it, with the missing statement', async () => {
    callerPolicies(
      {
        deploy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]
        }
      },
      {
        'arn:aws:iam::111122223333:policy/codebuild-pass': {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: codebuildRole }]
        }
      }
    )

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('denied')
    expect(result.roles.map((role) => role.decision)).toEqual(['implicitDeny', 'unknown'])
    expect(result.missingStatement).toMatchObject({ Resource: [runtimeRole] })
    expect(result.localEvaluation?.policiesRead).toEqual([
      'deploy',
      'arn:aws:iam::111122223333:policy/codebuild-pass'
    ])
  })

  test('an unreadable policy leaves a missing grant unproven: unknown', async () => {
    callerPolicies({ deploy: { Version: '2012-10-17', Statement: [] } })
    iam.on(ListAttachedRolePoliciesCommand).rejects(iamError('AccessDenied'))

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('unknown')
    expect(result.localEvaluation?.cannotSee).toContain(
      'iam:ListAttachedRolePolicies on github-deployer (AccessDenied)'
    )
  })

  test('a readable explicit deny proves the denial even when other reads are refused', async () => {
    callerPolicies({
      guardrail: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }]
      }
    })
    iam.on(ListAttachedRolePoliciesCommand).rejects(iamError('AccessDenied'))

    const result = await checkPassRole(client, input)

    expect(result.decision).toBe('denied')
    expect(result.roles.map((role) => role.decision)).toEqual(['explicitDeny', 'explicitDeny'])
    expect(result.explicitDeny).toEqual([
      { sourcePolicyId: 'guardrail', sourcePolicyType: 'role', statementIndex: 0 }
    ])
    expect(result.missingStatement).toBeUndefined()
  })
})

describe('when an IAM user may not simulate', () => {
  test("the user's groups' policies count, and a boundary it cannot read is named", async () => {
    const userArn = `arn:aws:iam::${account}:user/engineering/alice`
    const boundaryArn = `arn:aws:iam::${account}:policy/DeveloperBoundary`
    iam.on(SimulatePrincipalPolicyCommand).rejects(iamError('AccessDenied'))
    iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: [] })
    iam.on(ListAttachedUserPoliciesCommand).resolves({ AttachedPolicies: [] })
    iam
      .on(ListGroupsForUserCommand, { UserName: 'alice' })
      .resolves({
        Groups: [
          {
            GroupName: 'deployers',
            Path: '/',
            GroupId: 'AGPAEXAMPLE',
            Arn: `arn:aws:iam::${account}:group/deployers`,
            CreateDate: new Date()
          }
        ],
        IsTruncated: true,
        Marker: 'more'
      })
      .on(ListGroupsForUserCommand, { UserName: 'alice', Marker: 'more' })
      .resolves({ Groups: [], IsTruncated: false })
    iam.on(ListGroupPoliciesCommand, { GroupName: 'deployers' }).resolves({ PolicyNames: ['pass'] })
    iam.on(GetGroupPolicyCommand, { GroupName: 'deployers', PolicyName: 'pass' }).resolves({
      GroupName: 'deployers',
      PolicyName: 'pass',
      PolicyDocument: encoded({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }]
      })
    })
    iam.on(ListAttachedGroupPoliciesCommand).resolves({ AttachedPolicies: [] })
    iam.on(GetUserCommand, { UserName: 'alice' }).resolves({
      User: {
        UserName: 'alice',
        Path: '/engineering/',
        Arn: userArn,
        UserId: 'AIDAEXAMPLE',
        CreateDate: new Date(),
        PermissionsBoundary: {
          PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
          PermissionsBoundaryArn: boundaryArn
        }
      }
    })
    iam.on(GetPolicyCommand).rejects(iamError('AccessDenied'))

    const result = await checkPassRole(client, { ...input, callerArn: userArn })

    expect(result.decision).toBe('unknown')
    expect(result.localEvaluation?.policiesRead).toEqual(['deployers/pass'])
    expect(result.localEvaluation?.roles.map((role) => role.decision)).toEqual([
      'allowed',
      'allowed'
    ])
    expect(result.localEvaluation?.cannotSee).toEqual(
      expect.arrayContaining([
        'whether a permissions boundary applies, or its content',
        `managed policy ${boundaryArn} (AccessDenied)`
      ])
    )
    expect(result.reason).toContain('allowed by group policy deployers/pass statement #1')
  })
})
