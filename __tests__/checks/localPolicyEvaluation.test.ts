// Fidelity of the local evaluation (the action's one policy evaluator, src/policy/evaluator.ts, as
// the PassRole fallback asks it): on every case, src/checks/localPolicyEvaluation.ts must give the
// answer @cloud-copilot/iam-simulate (a maintained AWS IAM simulator, AGPL, tests only) gives, and
// the answer IAM gives (the `expected` column).
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate'
import { evaluateLocally, type LocalRequest } from '../../src/checks/localPolicyEvaluation.ts'
import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'

const account = '111122223333'
const caller = `arn:aws:iam::${account}:role/ci/deployers/github-deployer`
const runtimeRole = `arn:aws:iam::${account}:role/AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a`
const codebuildRole = `arn:aws:iam::${account}:role/AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a`
const agentCore = 'bedrock-agentcore.amazonaws.com'
const codebuild = 'codebuild.amazonaws.com'

type Decision = 'allowed' | 'implicitDeny' | 'explicitDeny'

interface FidelityCase {
  name: string
  identity: PolicyStatement[]
  boundary?: PolicyStatement[]
  request?: Partial<LocalRequest>
  expected: Decision
}

const passRuntimeRole: LocalRequest = {
  action: 'iam:PassRole',
  resource: runtimeRole,
  context: { 'iam:PassedToService': agentCore }
}

function allowPassRole(extra: Partial<PolicyStatement> = {}): PolicyStatement {
  return { Effect: 'Allow', Action: 'iam:PassRole', Resource: runtimeRole, ...extra }
}

const cases: FidelityCase[] = [
  { name: 'exact action and resource', identity: [allowPassRole()], expected: 'allowed' },
  {
    name: 'service wildcard action',
    identity: [allowPassRole({ Action: 'iam:*' })],
    expected: 'allowed'
  },
  {
    name: 'prefix wildcard action',
    identity: [allowPassRole({ Action: ['iam:Pass*'] })],
    expected: 'allowed'
  },
  {
    name: 'action names are case-insensitive',
    identity: [allowPassRole({ Action: 'IAM:passROLE' })],
    expected: 'allowed'
  },
  {
    name: 'request action in another case',
    identity: [allowPassRole()],
    request: { action: 'iam:passrole' },
    expected: 'allowed'
  },
  {
    name: 'everything on everything',
    identity: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    expected: 'allowed'
  },
  {
    name: 'toolkit role pattern',
    identity: [allowPassRole({ Resource: 'arn:aws:iam::*:role/AmazonBedrockAgentCore*' })],
    expected: 'allowed'
  },
  {
    name: 'service-role path pattern does not match a role at /',
    identity: [
      allowPassRole({ Resource: 'arn:aws:iam::*:role/service-role/AmazonBedrockAgentCore*' })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'another resource pattern',
    identity: [allowPassRole({ Resource: [`arn:aws:iam::${account}:role/Other*`] })],
    expected: 'implicitDeny'
  },
  {
    name: 'single-character wildcard',
    identity: [
      allowPassRole({
        Resource: `arn:aws:iam::${account}:role/AmazonBedrockAgentCoreSDKRuntime-us-east-?-e72c1a7c7a`
      })
    ],
    expected: 'allowed'
  },
  {
    name: 'resource ARNs are case-sensitive',
    identity: [allowPassRole({ Resource: runtimeRole.toLowerCase() })],
    expected: 'implicitDeny'
  },
  {
    name: 'NotAction excluding iam',
    identity: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    expected: 'implicitDeny'
  },
  {
    name: 'NotAction excluding another service',
    identity: [{ Effect: 'Allow', NotAction: ['s3:*', 'ec2:*'], Resource: '*' }],
    expected: 'allowed'
  },
  {
    name: 'NotResource excluding other roles',
    identity: [
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        NotResource: `arn:aws:iam::${account}:role/Admin*`
      }
    ],
    expected: 'allowed'
  },
  {
    name: 'NotResource excluding this role',
    identity: [
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        NotResource: [`arn:aws:iam::${account}:role/AmazonBedrockAgentCore*`]
      }
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'StringEquals on the right service',
    identity: [
      allowPassRole({ Condition: { StringEquals: { 'iam:PassedToService': agentCore } } })
    ],
    expected: 'allowed'
  },
  {
    name: 'StringEquals on the other service (condition mismatch)',
    identity: [
      allowPassRole({ Condition: { StringEquals: { 'iam:PassedToService': codebuild } } })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'StringEquals on a list of services',
    identity: [
      allowPassRole({
        Condition: { StringEquals: { 'iam:PassedToService': [codebuild, agentCore] } }
      })
    ],
    expected: 'allowed'
  },
  {
    name: 'StringEquals values are case-sensitive',
    identity: [
      allowPassRole({
        Condition: { StringEquals: { 'iam:PassedToService': 'Bedrock-AgentCore.amazonaws.com' } }
      })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'StringEqualsIgnoreCase',
    identity: [
      allowPassRole({
        Condition: {
          StringEqualsIgnoreCase: { 'iam:PassedToService': 'Bedrock-AgentCore.amazonaws.com' }
        }
      })
    ],
    expected: 'allowed'
  },
  {
    name: 'condition key names are case-insensitive',
    identity: [
      allowPassRole({ Condition: { StringEquals: { 'IAM:passedtoservice': agentCore } } })
    ],
    expected: 'allowed'
  },
  {
    name: 'StringLike wildcard service',
    identity: [
      allowPassRole({ Condition: { StringLike: { 'iam:PassedToService': '*.amazonaws.com' } } })
    ],
    expected: 'allowed'
  },
  {
    name: 'StringLike on the other service',
    identity: [
      allowPassRole({ Condition: { StringLike: { 'iam:PassedToService': 'codebuild.*' } } })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'StringNotEquals on the other service',
    identity: [
      allowPassRole({ Condition: { StringNotEquals: { 'iam:PassedToService': codebuild } } })
    ],
    expected: 'allowed'
  },
  {
    name: 'explicit deny beats allow',
    identity: [
      allowPassRole(),
      { Effect: 'Deny', Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/AmazonBedrock*' }
    ],
    expected: 'explicitDeny'
  },
  {
    name: 'deny unless passed to CodeBuild',
    identity: [
      allowPassRole(),
      {
        Effect: 'Deny',
        Action: 'iam:PassRole',
        Resource: '*',
        Condition: { StringNotEquals: { 'iam:PassedToService': codebuild } }
      }
    ],
    expected: 'explicitDeny'
  },
  {
    name: 'deny that does not apply to this service',
    identity: [
      allowPassRole(),
      {
        Effect: 'Deny',
        Action: 'iam:PassRole',
        Resource: '*',
        Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }
      }
    ],
    expected: 'allowed'
  },
  {
    name: 'missing context key with StringEquals',
    identity: [
      allowPassRole({
        Condition: { StringEquals: { 'iam:AssociatedResourceArn': 'arn:aws:bedrock-agentcore:*' } }
      })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'missing context key with StringLike *',
    identity: [allowPassRole({ Condition: { StringLike: { 'aws:RequestedRegion': '*' } } })],
    expected: 'implicitDeny'
  },
  {
    name: 'missing context key with StringNotEquals',
    identity: [
      allowPassRole({ Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })
    ],
    expected: 'allowed'
  },
  {
    name: 'missing context key with StringEqualsIfExists',
    identity: [
      allowPassRole({
        Condition: { StringEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } }
      })
    ],
    expected: 'allowed'
  },
  {
    name: 'Null true on a missing key',
    identity: [allowPassRole({ Condition: { Null: { 'aws:RequestedRegion': 'true' } } })],
    expected: 'allowed'
  },
  {
    name: 'Null false on a present key',
    identity: [allowPassRole({ Condition: { Null: { 'iam:PassedToService': 'false' } } })],
    expected: 'allowed'
  },
  {
    name: 'Null true on a present key',
    identity: [allowPassRole({ Condition: { Null: { 'iam:PassedToService': 'true' } } })],
    expected: 'implicitDeny'
  },
  {
    name: 'Bool with a JSON boolean value',
    identity: [allowPassRole({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } })],
    request: {
      context: { 'iam:PassedToService': agentCore, 'aws:MultiFactorAuthPresent': 'false' }
    },
    expected: 'allowed'
  },
  {
    name: 'NumericLessThan on a present key',
    identity: [
      allowPassRole({ Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:MultiFactorAuthAge': '600' } },
    expected: 'allowed'
  },
  {
    name: 'NumericLessThan that does not hold',
    identity: [
      allowPassRole({ Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '300' } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:MultiFactorAuthAge': '600' } },
    expected: 'implicitDeny'
  },
  {
    name: 'ForAnyValue on a missing key',
    identity: [
      allowPassRole({
        Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } }
      })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'ForAllValues on a missing key',
    identity: [
      allowPassRole({
        Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }
      })
    ],
    expected: 'allowed'
  },
  {
    name: 'every key of one operator must match',
    identity: [
      allowPassRole({
        Condition: {
          StringEquals: { 'iam:PassedToService': agentCore, 'aws:RequestedRegion': 'eu-west-1' }
        }
      })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:RequestedRegion': 'us-east-1' } },
    expected: 'implicitDeny'
  },
  {
    name: 'ArnLike on the principal ARN with its path',
    identity: [
      allowPassRole({ Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::*:role/ci/*` } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:PrincipalArn': caller } },
    expected: 'allowed'
  },
  {
    name: 'ArnLike on another principal',
    identity: [
      allowPassRole({
        Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::*:role/release/*` } }
      })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:PrincipalArn': caller } },
    expected: 'implicitDeny'
  },
  {
    name: 'policy variable in the resource',
    identity: [
      allowPassRole({
        Resource: `arn:aws:iam::${account}:role/\${aws:PrincipalTag/RolePrefix}*`
      })
    ],
    request: {
      context: { 'iam:PassedToService': agentCore, 'aws:PrincipalTag/RolePrefix': 'AmazonBedrock' }
    },
    expected: 'allowed'
  },
  {
    name: 'the CodeBuild role passed to CodeBuild',
    identity: [
      allowPassRole({
        Resource: [runtimeRole, codebuildRole],
        Condition: { StringEquals: { 'iam:PassedToService': codebuild } }
      })
    ],
    request: { resource: codebuildRole, context: { 'iam:PassedToService': codebuild } },
    expected: 'allowed'
  },
  {
    name: 'resource wildcard spanning the colons of a log stream ARN',
    identity: [
      {
        Effect: 'Allow',
        Action: 'logs:PutLogEvents',
        Resource: `arn:aws:logs:us-east-1:${account}:log-group:/aws/bedrock-agentcore/runtimes/*`
      }
    ],
    request: {
      action: 'logs:PutLogEvents',
      resource: `arn:aws:logs:us-east-1:${account}:log-group:/aws/bedrock-agentcore/runtimes/a-DEFAULT:log-stream:s1`,
      context: {}
    },
    expected: 'allowed'
  },
  {
    name: 'ArnLike wildcard in the resource part of an ARN with colons',
    identity: [
      allowPassRole({
        Condition: {
          ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${account}:log-group:/aws/*` }
        }
      })
    ],
    request: {
      context: {
        'iam:PassedToService': agentCore,
        'aws:SourceArn': `arn:aws:logs:us-east-1:${account}:log-group:/aws/x:log-stream:s1`
      }
    },
    expected: 'allowed'
  },
  {
    name: 'permissions boundary that allows',
    identity: [allowPassRole()],
    boundary: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
    expected: 'allowed'
  },
  {
    name: 'permissions boundary that does not allow',
    identity: [allowPassRole()],
    boundary: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    expected: 'implicitDeny'
  },
  {
    name: 'permissions boundary that denies',
    identity: [allowPassRole()],
    boundary: [
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }
    ],
    expected: 'explicitDeny'
  },
  {
    name: 'IpAddress on a source address inside the range',
    identity: [allowPassRole({ Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:SourceIp': '203.0.113.9' } },
    expected: 'allowed'
  },
  {
    name: 'NotIpAddress on a source address inside the range',
    identity: [
      allowPassRole({ Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:SourceIp': '203.0.113.9' } },
    expected: 'implicitDeny'
  },
  {
    name: 'DateLessThan in the past',
    identity: [
      allowPassRole({ Condition: { DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } } })
    ],
    request: {
      context: { 'iam:PassedToService': agentCore, 'aws:CurrentTime': '2026-12-06T00:00:00Z' }
    },
    expected: 'implicitDeny'
  },
  {
    name: 'StringNotLike a pattern the service matches',
    identity: [
      allowPassRole({ Condition: { StringNotLike: { 'iam:PassedToService': 'bedrock*' } } })
    ],
    expected: 'implicitDeny'
  },
  {
    name: 'ArnNotLike on another principal path',
    identity: [
      allowPassRole({
        Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${account}:role/other/*` } }
      })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:PrincipalArn': caller } },
    expected: 'allowed'
  },
  {
    name: 'ForAllValues with every request value listed',
    identity: [
      allowPassRole({ Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:TagKeys': ['a', 'b'] } },
    expected: 'allowed'
  },
  {
    name: 'ForAllValues with a request value not listed',
    identity: [
      allowPassRole({ Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:TagKeys': ['a', 'c'] } },
    expected: 'implicitDeny'
  },
  {
    name: 'ForAnyValue with one request value listed',
    identity: [
      allowPassRole({ Condition: { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['c*'] } } })
    ],
    request: { context: { 'iam:PassedToService': agentCore, 'aws:TagKeys': ['a', 'cost'] } },
    expected: 'allowed'
  },
  {
    name: 'policy variable in a condition value',
    identity: [
      allowPassRole({
        Condition: { StringEquals: { 'aws:PrincipalTag/team': '${aws:PrincipalTag/owner}' } }
      })
    ],
    request: {
      context: {
        'iam:PassedToService': agentCore,
        'aws:PrincipalTag/team': 'agents',
        'aws:PrincipalTag/owner': 'agents'
      }
    },
    expected: 'allowed'
  },
  {
    name: 'no identity policy statement',
    identity: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    expected: 'implicitDeny'
  }
]

function document(statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}

async function simulateWithIamSimulate(
  testCase: FidelityCase,
  request: LocalRequest
): Promise<Decision> {
  const simulation: Simulation = {
    identityPolicies: [{ name: 'identity', policy: document(testCase.identity) }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(testCase.boundary
      ? { permissionBoundaryPolicies: [{ name: 'boundary', policy: document(testCase.boundary) }] }
      : {}),
    request: {
      action: request.action,
      principal: caller,
      resource: { accountId: account, resource: request.resource },
      contextVariables: request.context
    }
  }
  const response = await runSimulation(simulation, {})
  if (response.resultType !== 'single') {
    throw new Error(`iam-simulate rejected the case: ${JSON.stringify(response)}`)
  }
  const decisions: Record<string, Decision> = {
    Allowed: 'allowed',
    ImplicitlyDenied: 'implicitDeny',
    ExplicitlyDenied: 'explicitDeny'
  }
  const decision = decisions[response.overallResult]
  if (!decision) throw new Error(`unexpected iam-simulate result ${response.overallResult}`)
  return decision
}

describe('local evaluation agrees with iam-simulate', () => {
  test('the table covers at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  test.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    async (_name, testCase) => {
      const request = { ...passRuntimeRole, ...testCase.request }
      const local = evaluateLocally(request, {
        identityPolicies: [{ id: 'identity', type: 'role', document: document(testCase.identity) }],
        ...(testCase.boundary
          ? {
              permissionsBoundary: {
                id: 'boundary',
                type: 'permissions-boundary',
                document: document(testCase.boundary)
              }
            }
          : {})
      })
      const reference = await simulateWithIamSimulate(testCase, request)
      expect({ local: local.decision, reference }).toEqual({
        local: testCase.expected,
        reference: testCase.expected
      })
      expect(local.unevaluable).toEqual([])
    }
  )
})

describe('what the local evaluation reports', () => {
  test('names the allowing statements', () => {
    const result = evaluateLocally(passRuntimeRole, {
      identityPolicies: [
        {
          id: 'arn:aws:iam::111122223333:policy/deployers',
          type: 'user-managed',
          document: document([
            { Effect: 'Allow', Action: 's3:*', Resource: '*' },
            { Sid: 'PassAgentCore', ...allowPassRole() }
          ])
        }
      ]
    })
    expect(result.matchedStatements).toEqual([
      {
        sourcePolicyId: 'arn:aws:iam::111122223333:policy/deployers',
        sourcePolicyType: 'user-managed',
        statementIndex: 1,
        sid: 'PassAgentCore'
      }
    ])
  })

  test('names only the denying statements on an explicit deny', () => {
    const result = evaluateLocally(passRuntimeRole, {
      identityPolicies: [
        { id: 'allow', type: 'role', document: document([allowPassRole()]) },
        {
          id: 'guardrail',
          type: 'role',
          document: document([{ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }])
        }
      ]
    })
    expect(result.decision).toBe('explicitDeny')
    expect(result.matchedStatements.map((statement) => statement.sourcePolicyId)).toEqual([
      'guardrail'
    ])
  })

  test('says when the permissions boundary is what denies', () => {
    const result = evaluateLocally(passRuntimeRole, {
      identityPolicies: [{ id: 'allow', type: 'role', document: document([allowPassRole()]) }],
      permissionsBoundary: {
        id: 'boundary',
        type: 'permissions-boundary',
        document: document([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }])
      }
    })
    expect(result).toMatchObject({ decision: 'implicitDeny', deniedByBoundary: true })
  })

  test('marks a statement with an operator it cannot evaluate, instead of guessing', () => {
    const result = evaluateLocally(passRuntimeRole, {
      identityPolicies: [
        {
          id: 'odd',
          type: 'role',
          document: document([
            allowPassRole({ Condition: { StringMatchesRegex: { 'iam:PassedToService': '.*' } } })
          ])
        }
      ]
    })
    expect(result.unevaluable).toEqual([
      { sourcePolicyId: 'odd', sourcePolicyType: 'role', statementIndex: 0 }
    ])
  })
})
