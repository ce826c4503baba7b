// Several agents in one step, end to end through dist/index.js: one token, one assume, one wave,
// every agent's roles under the toolkit's names, one config file write, the `roles` output, one
// summary; a second run writes nothing; one agent's drift or PassRole denial leaves the others'
// results standing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PolicyDocument } from '../../src/common/model.ts'
import { codebuildRoleName, runtimeRoleName } from '../../src/deployTools/starterToolkit/naming.ts'
import { MANAGE_AGENTCORE_ROLE_ACTIONS } from '../../test-support/localAws/server.ts'
import { startLocalGitHub } from '../../test-support/localGitHub.ts'
import { FAKE_GITHUB_TOKEN, type ActionRun } from '../../test-support/runAction.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const AGENTS = ['alpha', 'beta', 'gamma']
const arnOf = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`

/** A toolkit config file of three agents, with the comments a person adds. */
const CONFIG = [
  '# Three agents of one monorepo, written by agentcore configure.',
  'default_agent: alpha',
  'agents:',
  ...AGENTS.flatMap((agent) => [
    `  # ${agent}: owned by team ${agent}`,
    `  ${agent}:`,
    `    name: ${agent}`,
    `    entrypoint: agents/${agent}/main.py`,
    '    deployment_type: container',
    '    aws:',
    '      execution_role: null   # set by CI',
    '      execution_role_auto_create: true',
    `      account: '${ACCOUNT}'`,
    `      region: ${REGION}`,
    '    codebuild:',
    '      execution_role: null'
  ]),
  ''
].join('\n')

/** The same file once the action has written every agent's ARNs: only those lines differ. */
function applied(config: string): string {
  let text = config
  for (const agent of AGENTS) {
    const block = text.indexOf(`  ${agent}:\n`)
    const runtime = text.indexOf('      execution_role: null   # set by CI', block)
    text =
      text.slice(0, runtime) +
      `      execution_role: ${arnOf(runtimeRoleName(REGION, agent))}   # set by CI` +
      text.slice(runtime + '      execution_role: null   # set by CI'.length)
    const auto = text.indexOf('      execution_role_auto_create: true', block)
    text = `${text.slice(0, auto)}      execution_role_auto_create: false${text.slice(auto + '      execution_role_auto_create: true'.length)}`
    const codebuild = text.indexOf('    codebuild:\n      execution_role: null', block)
    const from = '    codebuild:\n      execution_role: null'
    text = `${text.slice(0, codebuild)}    codebuild:\n      execution_role: ${arnOf(codebuildRoleName(REGION, agent))}${text.slice(codebuild + from.length)}`
  }
  return text
}

interface RolesOutput {
  [agent: string]: {
    executionRoleArn: string
    executionRoleName: string
    codebuildRoleArn: string
    codebuildRoleName: string
    changed: boolean
    passRole: string
    verdict: string
  }
}
const rolesOf = (run: ActionRun) => JSON.parse(run.outputs['roles'] ?? '{}') as RolesOutput
const writes = (scenario: Scenario) => scenario.aws.calls.writes().map((call) => call.operation)

let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'agents-e2e-'))
  writeFileSync(join(workspace, '.bedrock_agentcore.yaml'), CONFIG)
})
afterEach(() => rmSync(workspace, { recursive: true, force: true }))

describe('three agents in one step', () => {
  let scenario: Scenario
  beforeEach(async () => {
    scenario = await startScenario()
  })
  afterEach(() => scenario.close())

  const run = (inputs: Record<string, string> = {}) =>
    scenario.run(
      { 'agent-name': AGENTS.join(', '), 'config-file': '.bedrock_agentcore.yaml', ...inputs },
      { workspace }
    )

  it('creates every role under the toolkit names, writes the file once, then writes nothing', async () => {
    const first = await run()
    expect(first.exitCode).toBe(0)
    expect(scenario.aws.calls.count('GetIdToken')).toBe(1)
    expect(scenario.aws.calls.count('AssumeRoleWithWebIdentity')).toBe(1)
    const roles = rolesOf(first)
    expect(Object.keys(roles)).toEqual(AGENTS)
    for (const agent of AGENTS) {
      expect(roles[agent]).toEqual({
        executionRoleArn: arnOf(runtimeRoleName(REGION, agent)),
        executionRoleName: runtimeRoleName(REGION, agent),
        codebuildRoleArn: arnOf(codebuildRoleName(REGION, agent)),
        codebuildRoleName: codebuildRoleName(REGION, agent),
        changed: true,
        passRole: 'allowed',
        verdict: 'changes-applied'
      })
      expect(scenario.aws.getRole(runtimeRoleName(REGION, agent))?.tags).toMatchObject({
        'managed-by': 'agentcore-role-action'
      })
    }
    expect(writes(scenario).filter((operation) => operation === 'CreateRole')).toHaveLength(6)
    expect(readFileSync(join(workspace, '.bedrock_agentcore.yaml'), 'utf8')).toBe(applied(CONFIG))
    // One agent's outputs would be ambiguous: empty; the aggregate ones say the whole step.
    expect(first.outputs['execution-role-arn']).toBe('')
    expect(first.outputs['changed']).toBe('true')
    expect(first.outputs['pass-role']).toBe('allowed')
    expect(first.summary).toMatch(/^## 🛠 changes applied: AgentCore roles for 3 agents\n/)
    for (const agent of AGENTS) {
      expect(first.summary).toContain(
        `| 🛠 changes applied | \`${agent}\` | ✅ allowed | \`${runtimeRoleName(REGION, agent)}\``
      )
      expect(first.summary).toContain(`### 🛠 changes applied: AgentCore roles for \`${agent}\``)
    }

    scenario.aws.calls.reset()
    const second = await run()
    expect(second.exitCode).toBe(0)
    expect(writes(scenario)).toEqual([])
    expect(second.outputs['changed']).toBe('false')
    expect(Object.values(rolesOf(second)).map((role) => role.verdict)).toEqual([
      'up-to-date',
      'up-to-date',
      'up-to-date'
    ])
    expect(readFileSync(join(workspace, '.bedrock_agentcore.yaml'), 'utf8')).toBe(applied(CONFIG))
  })

  it('repairs the one agent that drifted and leaves the others alone', async () => {
    expect((await run()).exitCode).toBe(0)
    const drifted = runtimeRoleName(REGION, 'beta')
    const trust = scenario.aws.getRole(drifted)?.trustPolicy as PolicyDocument
    scenario.aws.updateAssumeRolePolicy(
      drifted,
      JSON.stringify({
        ...trust,
        Statement: trust.Statement.map((s) => ({ ...s, Condition: undefined }))
      })
    )
    scenario.aws.calls.reset()
    const dryRun = await run({ mode: 'dry-run' })
    expect(dryRun.exitCode).toBe(0)
    expect(writes(scenario)).toEqual([])
    expect(
      Object.fromEntries(
        Object.entries(rolesOf(dryRun)).map(([agent, role]) => [agent, role.verdict])
      )
    ).toEqual({
      alpha: 'up-to-date',
      beta: 'drift-pending',
      gamma: 'up-to-date'
    })
    const repaired = await run()
    expect(repaired.exitCode).toBe(0)
    expect(writes(scenario)).toEqual(['UpdateAssumeRolePolicy'])
  })

  it('selects every agent of the config file with *', async () => {
    const all = await run({ 'agent-name': '*', mode: 'dry-run' })
    expect(all.exitCode).toBe(0)
    expect(Object.keys(rolesOf(all))).toEqual(AGENTS)
    expect(writes(scenario)).toEqual([])
    expect(readFileSync(join(workspace, '.bedrock_agentcore.yaml'), 'utf8')).toBe(CONFIG)
  })
})

describe('the pull-request comment of several agents', () => {
  it('is one sticky comment with every agent, edited in place', async () => {
    const scenario = await startScenario()
    const github = await startLocalGitHub({ token: FAKE_GITHUB_TOKEN })
    try {
      const onPr = () =>
        scenario.run(
          {
            'agent-name': AGENTS.join(','),
            'config-file': '.bedrock_agentcore.yaml',
            mode: 'dry-run',
            'comment-on-pr': 'true'
          },
          {
            workspace,
            eventName: 'pull_request',
            event: { action: 'synchronize', number: 5, pull_request: { number: 5 } },
            env: { GITHUB_API_URL: github.url }
          }
        )
      expect((await onPr()).exitCode).toBe(0)
      expect((await onPr()).exitCode).toBe(0)
      const comments = github.comments.filter((comment) => comment.issueNumber === 5)
      expect(comments).toHaveLength(1)
      expect(comments[0]?.body).toMatch(
        /^<!-- agentcore-role-action:agents-[0-9a-f]{12} -->\n## ⚠️ changes pending: AgentCore roles for 3 agents\n/
      )
      for (const agent of AGENTS) {
        expect(comments[0]?.body).toContain(`| ⚠️ changes pending | \`${agent}\` |`)
      }
    } finally {
      await github.close()
      await scenario.close()
    }
  })
})

describe('one agent whose roles the caller may not pass', () => {
  it('fails the step for that agent, with every agent reported', async () => {
    const deployerArn = arnOf('github-deployer')
    const denied = arnOf(runtimeRoleName(REGION, 'beta'))
    const policy: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [...MANAGE_AGENTCORE_ROLE_ACTIONS],
          Resource: arnOf('*BedrockAgentCore*')
        },
        { Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: deployerArn },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: arnOf('AmazonBedrockAgentCore*') },
        { Sid: 'NotBeta', Effect: 'Deny', Action: 'iam:PassRole', Resource: denied }
      ]
    }
    const scenario = await startScenario({ deployer: { policies: { deploy: policy } } })
    try {
      const run = await scenario.run(
        { 'agent-name': AGENTS.join('\n'), 'config-file': '.bedrock_agentcore.yaml' },
        { workspace }
      )
      expect(run.exitCode).toBe(1)
      const roles = rolesOf(run)
      expect(Object.keys(roles)).toEqual(AGENTS)
      expect([roles.alpha?.passRole, roles.beta?.passRole, roles.gamma?.passRole]).toEqual([
        'allowed',
        'denied',
        'allowed'
      ])
      expect(run.outputs['pass-role']).toBe('denied')
      // Every agent's roles exist: the denial is reported, not a reason to leave the others half done.
      for (const agent of AGENTS)
        expect(scenario.aws.getRole(runtimeRoleName(REGION, agent))).toBeDefined()
      const errors = runnerCommands(run.stdout).filter((command) => command.command === 'error')
      expect(errors.map((error) => error.data)).toEqual([
        expect.stringMatching(/^beta: iam:PassRole denied: /)
      ])
      expect(run.summary).toContain('| ❌ failed | `beta` |')
    } finally {
      await scenario.close()
    }
  })
})
