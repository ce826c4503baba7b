// The new AgentCore CLI's runtime role, held against the CLI's own construct: every grant that
// @aws/agentcore-cdk's AgentCoreRuntime gives the role it makes (synthesized, in
// __fixtures__/agentcore-cli/construct-grants.json) is allowed by the role this action makes, for
// both build types; the names fit IAM and never collide with the starter toolkit's.
import { runtimeTrustPolicy } from '../../src/deployTools/agentCoreArns.ts'
import {
  bootstrapRoleName,
  cliEcrRepositoryName,
  cliRuntimeRoleName
} from '../../src/deployTools/agentcoreCli/naming.ts'
import { cliRuntimePermissionsPolicy } from '../../src/deployTools/agentcoreCli/runtimePolicies.ts'
import { runtimeRoleName } from '../../src/deployTools/starterToolkit/naming.ts'
import {
  constructGrants,
  fixtureProvenance,
  uncoveredGrants
} from '../../test-support/agentcoreCli.ts'

const grants = constructGrants()
const where = { account: grants.account, region: grants.region }

describe.each(['Container', 'CodeZip'] as const)('a %s runtime', (build) => {
  const construct = grants.runtimes[build]
  const policy = cliRuntimePermissionsPolicy({
    partition: 'aws',
    region: grants.region,
    accountId: grants.account,
    build,
    ecrRepository: cliEcrRepositoryName(grants.project, construct.agentName)
  })

  it('grants everything the CLI construct grants', async () => {
    expect(construct.policies.length).toBeGreaterThan(0)
    expect(await uncoveredGrants(policy, construct, where)).toEqual([])
  })

  it('would not cover a construct grant it lacked (the check can fail)', async () => {
    const without = {
      ...policy,
      Statement: policy.Statement.filter((statement) => statement.Sid !== 'RuntimeLogs')
    }
    expect(await uncoveredGrants(without, construct, where)).toContain(
      `logs:PutLogEvents on arn:aws:logs:${grants.region}:${grants.account}:log-group:/aws/bedrock-agentcore/runtimes/*`
    )
  })

  it('is trusted by the service the construct trusts, for this account only', () => {
    const trust = runtimeTrustPolicy({
      partition: 'aws',
      region: grants.region,
      accountId: grants.account
    })
    const services = (document: typeof trust) =>
      document.Statement.map((statement) => (statement.Principal as { Service: string }).Service)
    expect(services(trust)).toEqual(services(construct.trustPolicy))
    expect(trust.Statement[0]?.Condition?.['StringEquals']?.['aws:SourceAccount']).toBe(
      grants.account
    )
  })
})

describe('the construct fixture', () => {
  it('names the published versions it came from', () => {
    expect(fixtureProvenance().packages).toMatchObject({
      '@aws/agentcore': expect.stringMatching(/^\d+\.\d+\.\d+/),
      '@aws/agentcore-cdk': expect.stringMatching(/^\d+\.\d+\.\d+/)
    })
  })

  it('attaches nothing to a role named by executionRoleArn: the role must hold it all', () => {
    for (const runtime of grants.importedRole.runtimes) expect(runtime.policies).toEqual([])
  })

  it('is the repository the construct pulls from', () => {
    expect(grants.runtimes.Container.ecrRepositoryName).toBe(
      cliEcrRepositoryName(grants.project, grants.runtimes.Container.agentName)
    )
  })
})

describe('names', () => {
  it('fit IAM, start with AmazonBedrockAgentCore and differ from the toolkit', () => {
    const longest = cliRuntimeRoleName('ap-southeast-2', 'A'.repeat(23), 'a'.repeat(48))
    expect(longest.length).toBeLessThanOrEqual(64)
    expect(longest).toMatch(/^AmazonBedrockAgentCore[\w+=,.@-]+$/)
    expect(cliRuntimeRoleName('us-east-1', 'Demo', 'agent')).not.toBe(
      runtimeRoleName('us-east-1', 'agent')
    )
    expect(cliRuntimeRoleName('us-east-1', 'Demo', 'agent')).not.toBe(
      cliRuntimeRoleName('us-east-1', 'Other', 'agent')
    )
  })

  it('of the bootstrap follow CDK', () => {
    expect(bootstrapRoleName('cfn-exec', 'hnb659fds', '111122223333', 'us-east-1')).toBe(
      'cdk-hnb659fds-cfn-exec-role-111122223333-us-east-1'
    )
  })
})
