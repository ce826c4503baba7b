import { broadGrants, describeBroadGrant } from '../../src/desired/extraPolicyGrants.ts'
import type { PolicyStatement } from '../../src/common/model.ts'

const allow = (statement: Omit<PolicyStatement, 'Effect'>): PolicyStatement => ({
  Effect: 'Allow',
  ...statement
})

const ACCOUNT = '111122223333'
const scope = { partition: 'aws', accountIds: [ACCOUNT] }
/** The scope before AWS has named the account: only what the patterns say. */
const noAccount = { partition: 'aws', accountIds: [] }

describe('broadGrants', () => {
  it.each([
    [allow({ Action: '*', Resource: 'arn:aws:s3:::b' }), 'allows every action ("*")'],
    [allow({ Action: ['s3:GetObject', '*:*'], Resource: '*' }), 'allows every action ("*")'],
    [allow({ Action: 'IAM:*', Resource: '*' }), 'allows every IAM action ("iam:*")'],
    [allow({ Action: 'i*', Resource: '*' }), 'allows every IAM action ("iam:*")'],
    [allow({ Action: 'sts:*', Resource: '*' }), 'allows every STS action ("sts:*")'],
    [
      allow({ Action: 'organizations:*', Resource: '*' }),
      'allows every Organizations action ("organizations:*")'
    ],
    [allow({ Action: 'iam:PassRole', Resource: '*' }), 'allows iam:PassRole on every role'],
    [allow({ Action: 'iam:P?ssRole', Resource: '*' }), 'allows iam:PassRole on every role'],
    [allow({ Action: 'iam:PassRole', Resource: 'arn:*' }), 'allows iam:PassRole on every role'],
    [
      allow({ Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role*` }),
      'allows iam:PassRole on every role'
    ],
    [
      allow({ Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/?*` }),
      'allows iam:PassRole on every role'
    ],
    [
      allow({ Action: 'iam:Pass?ole', Resource: 'arn:aws:iam::*:role/*' }),
      'allows iam:PassRole on every role'
    ],
    [
      allow({ Action: 'iam:PassRole', NotResource: 'arn:aws:iam::1:role/x' }),
      'allows iam:PassRole on every role'
    ],
    [allow({ Action: 'sts:AssumeRole', Resource: '*' }), 'allows sts:AssumeRole on every role'],
    [
      allow({ Action: 'iam:Put*', Resource: '*' }),
      'allows IAM writes (iam:PutRolePolicy, iam:PutRolePermissionsBoundary, iam:PutUserPolicy, iam:PutUserPermissionsBoundary, iam:PutGroupPolicy)'
    ],
    [
      allow({ Action: 'iam:CreateRole', Resource: `arn:aws:iam::${ACCOUNT}:role/x` }),
      'allows IAM writes (iam:CreateRole)'
    ],
    [
      allow({ Action: 'ssm:SendCommand', Resource: '*' }),
      'allows ssm:SendCommand on every instance'
    ],
    [allow({ NotAction: 's3:*', Resource: '*' }), 'allows every action except s3:* (NotAction)']
  ])('%j is broad', (statement, why) => {
    expect(broadGrants([statement], scope)).toEqual([{ statement: 1, why }])
  })

  it('finds every role of an account named only in the pattern', () => {
    const statement = allow({
      Action: 'iam:PassRole',
      Resource: 'arn:aws:iam::444455556666:role/*'
    })
    expect(broadGrants([statement], noAccount)).toHaveLength(1)
  })

  it('finds every role of the account when the pattern leaves the account partly open', () => {
    const statement = allow({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::1111*:role/*' })
    expect(broadGrants([statement], scope)).toHaveLength(1)
  })

  it.each([
    allow({ Action: 's3:*', Resource: '*' }),
    allow({ Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/AgentTools` }),
    allow({ Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/service-role/*` }),
    allow({ Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${ACCOUNT}:role/Tools` }),
    allow({ Action: 'iam:GetRole', Resource: '*' }),
    allow({ Action: 'iam:Get*', Resource: '*' }),
    allow({ Action: 'ssm:SendCommand', Resource: 'arn:aws:ec2:us-east-1:1:instance/i-1' }),
    allow({ Action: 'sts:GetWebIdentityToken', Resource: '*' }),
    { Effect: 'Deny', Action: '*', Resource: '*' } as PolicyStatement,
    { Effect: 'Deny', NotAction: 's3:*', Resource: '*' } as PolicyStatement
  ])('%j is not', (statement) => {
    expect(broadGrants([statement], scope)).toEqual([])
  })

  it('names the statement by position and Sid', () => {
    const grants = broadGrants(
      [
        allow({ Action: 's3:GetObject', Resource: '*' }),
        allow({ Sid: 'Admin', Action: '*', Resource: '*' })
      ],
      scope
    )
    expect(grants.map(describeBroadGrant)).toEqual([
      'statement 2 (Sid Admin) allows every action ("*")'
    ])
  })
})
