import type { PolicyDocument } from '../../src/common/model.ts'
import { isOwned, whyNotOwned } from '../../src/common/ownership.ts'

const trust = (principal: PolicyDocument['Statement'][number]['Principal']): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }]
})
const OURS = { 'managed-by': 'agentcore-role-action' }
const SERVICE = trust({ Service: 'bedrock-agentcore.amazonaws.com' })

describe('the ownership rule', () => {
  it('owns a tagged role that only services may assume', () => {
    expect(isOwned({ tags: OURS, trustPolicy: SERVICE })).toBe(true)
  })

  it.each([
    ['no tag', {}, SERVICE],
    ['a tag in another case', { 'Managed-By': 'agentcore-role-action' }, SERVICE],
    ['another value', { 'managed-by': 'terraform' }, SERVICE],
    ['an account principal', OURS, trust({ AWS: 'arn:aws:iam::444455556666:root' })],
    ['a federated principal', OURS, trust({ Federated: 'arn:aws:iam::1:oidc-provider/x' })],
    ['anyone', OURS, trust('*')]
  ])('does not own a role with %s', (_case, tags, trustPolicy) => {
    expect(isOwned({ tags, trustPolicy })).toBe(false)
    expect(whyNotOwned({ tags, trustPolicy })).toMatch(/managed-by/)
  })
})
