import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'
import { describeRisk, grantRisks, trustRisks } from '../../src/policy/risks.ts'

const SERVICE = 'bedrock-agentcore.amazonaws.com'
const ACCOUNT = '111122223333'
const service: PolicyStatement = {
  Sid: 'AssumeRolePolicy',
  Effect: 'Allow',
  Principal: { Service: SERVICE },
  Action: 'sts:AssumeRole',
  Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } }
}
const trust = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [service, ...statements]
})
const allowAssume = (Principal: PolicyStatement['Principal']): PolicyStatement => ({
  Effect: 'Allow',
  Principal,
  Action: 'sts:AssumeRole'
})

describe('trustRisks', () => {
  it('finds nothing in a trust of the service alone, with or without conditions', () => {
    expect(trustRisks(trust(), SERVICE)).toEqual([])
    const bare = { Version: '2012-10-17', Statement: [{ ...service, Condition: undefined }] }
    expect(trustRisks(bare, SERVICE)).toEqual([])
  })

  it.each([
    [allowAssume('*'), 'lets any AWS principal ("Principal": "*") assume the role'],
    [allowAssume({ AWS: '*' }), 'lets any AWS principal ("AWS": "*") assume the role'],
    [
      allowAssume({ AWS: 'arn:aws:iam::444455556666:root' }),
      'lets the AWS principal arn:aws:iam::444455556666:root assume the role'
    ],
    [
      allowAssume({ AWS: `arn:aws:iam::${ACCOUNT}:role/ci` }),
      `lets the AWS principal arn:aws:iam::${ACCOUNT}:role/ci assume the role`
    ],
    [
      allowAssume({ Service: [SERVICE, 'lambda.amazonaws.com'] }),
      'lets the service lambda.amazonaws.com assume the role'
    ],
    [
      allowAssume({ Federated: 'cognito-identity.amazonaws.com' }),
      'lets the federated principal cognito-identity.amazonaws.com assume the role'
    ],
    [
      { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: 'sts:AssumeRole' },
      'lets every principal except those in NotPrincipal assume the role'
    ]
  ] as Array<[PolicyStatement, string]>)('refuses %j', (statement, why) => {
    expect(trustRisks(trust(statement), SERVICE)).toEqual([
      { policy: 'trust policy', policyType: 'trust', statement: 2, why }
    ])
  })

  it('reads the service name without case and ignores Deny statements', () => {
    const upper = { ...service, Principal: { Service: SERVICE.toUpperCase() } }
    const deny: PolicyStatement = { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }
    expect(trustRisks({ Version: '2012-10-17', Statement: [upper, deny] }, SERVICE)).toEqual([])
  })
})

describe('grantRisks', () => {
  const scope = { partition: 'aws', accountIds: [ACCOUNT] }
  it('names the policy and the statement, and skips what it is told to', () => {
    const admin: PolicyStatement = { Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }
    const policies = [
      {
        id: 'Extra',
        type: 'inline' as const,
        document: { Version: '2012-10-17', Statement: [admin] }
      },
      {
        id: 'arn:aws:iam::aws:policy/AdministratorAccess',
        type: 'managed' as const,
        document: { Version: '2012-10-17', Statement: [{ ...admin, Sid: undefined }] }
      }
    ]
    expect(grantRisks(policies, scope).map(describeRisk)).toEqual([
      'inline policy Extra, statement 1 (Sid All): allows every action ("*")',
      'managed policy arn:aws:iam::aws:policy/AdministratorAccess, statement 1: allows every action ("*")'
    ])
    expect(grantRisks(policies, scope, (statement) => statement.Sid === 'All')).toHaveLength(1)
  })
})
