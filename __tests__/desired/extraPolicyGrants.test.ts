import { broadGrants, describeBroadGrant } from '../../src/desired/extraPolicyGrants.ts'
import type { PolicyStatement } from '../../src/common/model.ts'

const allow = (statement: Omit<PolicyStatement, 'Effect'>): PolicyStatement => ({
  Effect: 'Allow',
  ...statement
})

describe('broadGrants', () => {
  it.each([
    [allow({ Action: '*', Resource: 'arn:aws:s3:::b' }), 'allows every action ("*")'],
    [allow({ Action: ['s3:GetObject', '*:*'], Resource: '*' }), 'allows every action ("*")'],
    [allow({ Action: 'IAM:*', Resource: '*' }), 'allows every IAM action ("iam:*")'],
    [allow({ Action: 'iam:PassRole', Resource: '*' }), 'allows iam:PassRole on every role'],
    [
      allow({ Action: 'iam:Pass?ole', Resource: 'arn:aws:iam::*:role/*' }),
      'allows iam:PassRole on every role'
    ],
    [
      allow({ Action: 'iam:PassRole', NotResource: 'arn:aws:iam::1:role/x' }),
      'allows iam:PassRole on every role'
    ],
    [allow({ NotAction: 's3:*', Resource: '*' }), 'allows every action except s3:* (NotAction)']
  ])('%j is broad', (statement, why) => {
    expect(broadGrants([statement])).toEqual([{ statement: 1, why }])
  })

  it.each([
    allow({ Action: 's3:*', Resource: '*' }),
    allow({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/AgentTools' }),
    allow({ Action: 'iam:GetRole', Resource: '*' }),
    { Effect: 'Deny', Action: '*', Resource: '*' } as PolicyStatement,
    { Effect: 'Deny', NotAction: 's3:*', Resource: '*' } as PolicyStatement
  ])('%j is not', (statement) => {
    expect(broadGrants([statement])).toEqual([])
  })

  it('names the statement by position and Sid', () => {
    const grants = broadGrants([
      allow({ Action: 's3:GetObject', Resource: '*' }),
      allow({ Sid: 'Admin', Action: '*', Resource: '*' })
    ])
    expect(grants.map(describeBroadGrant)).toEqual([
      'statement 2 (Sid Admin) allows every action ("*")'
    ])
  })
})
