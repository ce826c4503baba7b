// Least privilege on request and AWS's own policy checks, end to end through dist/index.js: the
// models input narrows model invocation to the models and profiles named (routes read with
// Bedrock's GetInferenceProfile, else the documented regions); every policy the action writes goes
// through IAM Access Analyzer's ValidatePolicy (blocking findings fail the step and write nothing;
// ignore-finding lists them without blocking; a caller refused it is "not checked"); in dry-run,
// CheckNoNewAccess says whether each change grants new access.
import { runSimulation } from '@cloud-copilot/iam-simulate'
import type { PolicyDocument } from '../../src/common/model.ts'
import { RUNTIME_POLICY, RUNTIME_ROLE } from '../../__fixtures__/accounts.ts'
import { startLocalGitHub, type LocalGitHub } from '../../test-support/localGitHub.ts'
import { FAKE_GITHUB_TOKEN, type ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const HAIKU = 'anthropic.claude-3-5-haiku-20241022-v1:0'
const US_HAIKU = `us.${HAIKU}`
const NOVA = 'amazon.nova-pro-v1:0'
const RUNTIME_ONLY = { 'create-codebuild-role': 'false' }
const model = (region: string, id: string) => `arn:aws:bedrock:${region}::foundation-model/${id}`
const PASS_ANY_ROLE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PassAnything', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }]
})

let scenario: Scenario
afterEach(() => scenario?.close())

const commands = (run: ActionRun, kind: 'error' | 'warning') =>
  runnerCommands(run.stdout)
    .filter((command) => command.command === kind)
    .map((command) => command.data)
const runtimePolicy = () =>
  scenario.aws.getRole(RUNTIME_ROLE)?.inlinePolicies[RUNTIME_POLICY] as PolicyDocument

/** Whether IAM (iam-simulate) lets the role's policy invoke a model on this resource. */
async function mayInvoke(policy: PolicyDocument, resource: string): Promise<boolean> {
  const answer = await runSimulation(
    {
      identityPolicies: [{ name: 'runtime', policy }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: {
        action: 'bedrock:InvokeModel',
        principal: `arn:aws:iam::${ACCOUNT}:role/${RUNTIME_ROLE}`,
        resource: { accountId: resource.split(':')[4] || ACCOUNT, resource },
        contextVariables: {}
      }
    },
    {}
  )
  return answer.resultType === 'single' && answer.result.analysis.result === 'Allowed'
}

describe('models', () => {
  it('a foundation model id: that model in the deploy region, and no other', async () => {
    scenario = await startScenario()
    const run = await scenario.run({ ...RUNTIME_ONLY, models: HAIKU })
    expect(commands(run, 'error')).toEqual([])
    expect(run.exitCode).toBe(0)
    const policy = runtimePolicy()
    const invoke = policy.Statement.find((s) => s.Sid === 'BedrockModelInvocation')
    expect(invoke?.Resource).toEqual([model('us-east-1', HAIKU)])
    expect(await mayInvoke(policy, model('us-east-1', HAIKU))).toBe(true)
    expect(await mayInvoke(policy, model('us-east-1', NOVA))).toBe(false)
    expect(await mayInvoke(policy, model('us-west-2', HAIKU))).toBe(false)
    expect(JSON.stringify(policy)).not.toContain('foundation-model/*')
    expect(scenario.aws.calls.count('GetInferenceProfile')).toBe(0)
  })

  it('a us. profile: the profile and the models it routes to, read from Bedrock', async () => {
    scenario = await startScenario()
    const run = await scenario.run({ ...RUNTIME_ONLY, models: US_HAIKU })
    expect(commands(run, 'error')).toEqual([])
    expect(commands(run, 'warning')).toEqual([])
    expect(run.exitCode).toBe(0)
    const policy = runtimePolicy()
    const profile = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/${US_HAIKU}`
    expect(await mayInvoke(policy, profile)).toBe(true)
    for (const region of ['us-east-1', 'us-east-2', 'us-west-2']) {
      expect(await mayInvoke(policy, model(region, HAIKU))).toBe(true)
    }
    expect(await mayInvoke(policy, model('us-west-1', HAIKU))).toBe(false)
    expect(await mayInvoke(policy, model('us-east-1', NOVA))).toBe(false)
    expect(scenario.aws.calls.count('GetInferenceProfile')).toBe(1)
  })

  it('without bedrock:GetInferenceProfile: the documented regions, said in one line', async () => {
    scenario = await startScenario({
      deployer: {
        policies: {
          'agentcore-role-action': {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
              { Effect: 'Allow', Action: 'access-analyzer:*', Resource: '*' }
            ]
          }
        }
      }
    })
    const run = await scenario.run({ ...RUNTIME_ONLY, models: US_HAIKU })
    expect(run.exitCode).toBe(0)
    const notes = commands(run, 'warning').filter((line) => line.includes(US_HAIKU))
    expect(notes).toEqual([
      `models: ${US_HAIKU} is granted in the regions AWS documents for geography us (bedrock:GetInferenceProfile was refused)`
    ])
    const policy = runtimePolicy()
    expect(await mayInvoke(policy, model('us-west-1', HAIKU))).toBe(true)
    expect(await mayInvoke(policy, model('eu-west-1', HAIKU))).toBe(false)
  })

  it('a malformed id or an unknown profile: one line, and nothing written', async () => {
    scenario = await startScenario()
    const malformed = await scenario.run({ ...RUNTIME_ONLY, models: 'claude haiku' })
    expect(malformed.exitCode).toBe(1)
    expect(commands(malformed, 'error')).toEqual([
      expect.stringMatching(/^Input models: "claude haiku" is not a Bedrock model id/)
    ])
    expect(scenario.aws.calls.all()).toEqual([])
    const unknown = await scenario.run({ ...RUNTIME_ONLY, models: 'us.acme.rocket-v1:0' })
    expect(unknown.exitCode).toBe(1)
    expect(commands(unknown, 'error')).toEqual([
      expect.stringContaining(
        'Input models: Bedrock knows no inference profile us.acme.rocket-v1:0'
      )
    ])
    expect(scenario.aws.calls.writes()).toEqual([])
  })
})

describe('policy validation', () => {
  let github: LocalGitHub
  beforeEach(async () => {
    github = await startLocalGitHub({ token: FAKE_GITHUB_TOKEN })
  })
  afterEach(() => github.close())

  const dryRunOnPullRequest = (inputs: Record<string, string>) =>
    scenario.run(
      { ...RUNTIME_ONLY, mode: 'dry-run', 'comment-on-pr': 'true', ...inputs },
      {
        eventName: 'pull_request',
        event: { action: 'synchronize', number: 3, pull_request: { number: 3 } },
        env: { GITHUB_API_URL: github.url }
      }
    )

  it("fails dry-run on PassRole on *, AWS's issue code in the summary and the comment", async () => {
    scenario = await startScenario()
    const run = await dryRunOnPullRequest({
      'extra-policy': PASS_ANY_ROLE,
      'allow-broad-extra-policy': 'true'
    })
    expect(run.exitCode).toBe(1)
    expect(commands(run, 'error').join('\n')).toContain(
      'Policy validation: SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE in the permissions policy of the Runtime role'
    )
    expect(run.summary).toContain('`PASS_ROLE_WITH_STAR_IN_RESOURCE`')
    expect(run.summary).toContain(
      'access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource'
    )
    const comment = github.comments.find((c) => c.issueNumber === 3)
    expect(comment?.body).toContain('`PASS_ROLE_WITH_STAR_IN_RESOURCE`')
    expect(scenario.aws.calls.writes()).toEqual([])
  })

  it('an ignore entry lets it pass, the finding still listed; apply then writes', async () => {
    scenario = await startScenario()
    const inputs = {
      'extra-policy': PASS_ANY_ROLE,
      'allow-broad-extra-policy': 'true',
      'ignore-finding': 'PassAnything.PASS_ROLE_WITH_STAR_IN_RESOURCE'
    }
    const dry = await dryRunOnPullRequest(inputs)
    expect(commands(dry, 'error')).toEqual([])
    expect(dry.exitCode).toBe(0)
    expect(dry.summary).toMatch(/ignored \(ignore-finding\): `PASS_ROLE_WITH_STAR_IN_RESOURCE`/)
    const applied = await scenario.run({ ...RUNTIME_ONLY, ...inputs })
    expect(applied.exitCode).toBe(0)
    expect(scenario.aws.getRole(RUNTIME_ROLE)).toBeDefined()
  })

  it('a blocking finding in apply writes nothing and hands no role on', async () => {
    scenario = await startScenario()
    const run = await scenario.run({
      ...RUNTIME_ONLY,
      'extra-policy': PASS_ANY_ROLE,
      'allow-broad-extra-policy': 'true'
    })
    expect(run.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(run.outputs['execution-role-arn']).toBe('')
  })

  it('a caller refused access-analyzer:ValidatePolicy gets "not checked", and the run passes', async () => {
    scenario = await startScenario({
      deployer: {
        policies: {
          'agentcore-role-action': {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]
          }
        }
      }
    })
    const run = await scenario.run(RUNTIME_ONLY)
    expect(commands(run, 'error')).toEqual([])
    expect(run.exitCode).toBe(0)
    const notChecked = commands(run, 'warning').filter((line) => line.includes('not checked'))
    expect(notChecked).toHaveLength(1)
    expect(notChecked[0]).toMatch(
      /^Policy validation not checked: access-analyzer:ValidatePolicy was refused/
    )
  })
})

describe('new access', () => {
  it('a widening change says "grants new access: yes", a narrowing one "no"', async () => {
    scenario = await startScenario()
    expect((await scenario.run({ ...RUNTIME_ONLY, models: HAIKU })).exitCode).toBe(0)
    const wider = await scenario.run({
      ...RUNTIME_ONLY,
      mode: 'dry-run',
      models: `${HAIKU},${NOVA}`
    })
    expect(wider.exitCode).toBe(0)
    expect(wider.summary).toMatch(/permissions policy: grants new access: yes/)
    expect(scenario.aws.calls.count('CheckNoNewAccess')).toBe(1)

    expect((await scenario.run({ ...RUNTIME_ONLY, models: `${HAIKU},${NOVA}` })).exitCode).toBe(0)
    const narrower = await scenario.run({ ...RUNTIME_ONLY, mode: 'dry-run', models: HAIKU })
    expect(narrower.exitCode).toBe(0)
    expect(narrower.summary).toMatch(/permissions policy: grants new access: no/)
  })

  it('is not asked outside dry-run, nor when check-new-access is false', async () => {
    scenario = await startScenario()
    await scenario.run(RUNTIME_ONLY)
    scenario.aws.calls.reset()
    await scenario.run({ ...RUNTIME_ONLY, models: HAIKU })
    await scenario.run({
      ...RUNTIME_ONLY,
      mode: 'dry-run',
      models: NOVA,
      'check-new-access': 'false'
    })
    expect(scenario.aws.calls.count('CheckNoNewAccess')).toBe(0)
  })
})
