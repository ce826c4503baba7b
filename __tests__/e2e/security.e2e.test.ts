// Security end to end, through dist/index.js as a runner starts it: the ownership rule under a race,
// untrusted text that tries to act as workflow commands (checked with a parser that follows the
// runner's own rules) or to break out of Markdown code (checked by rendering the Markdown), the
// sticky comment that someone else planted, files outside the workspace, and an AWS that never
// answers.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import type { PolicyDocument } from '../../src/common/model.ts'
import { startLocalGitHub } from '../../test-support/localGitHub.ts'
import { FAKE_GITHUB_TOKEN, type ActionRun } from '../../test-support/runAction.ts'
import { injectedCommands, runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'
import {
  ACCOUNT_ID,
  CODEBUILD_ROLE,
  MANAGED_BY,
  RUNTIME_ROLE
} from '../../__fixtures__/accounts.ts'

const MARKER = 'PWNED'
const HAND_TRUST: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
      Action: 'sts:AssumeRole'
    }
  ]
}

let directories: string[] = []
afterEach(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
  directories = []
})
function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), 'security-e2e-'))
  directories.push(directory)
  return directory
}

const errorLines = (run: ActionRun) =>
  runnerCommands(run.stdout).filter((command) => command.command === 'error')

/** What the job summary renders to on GitHub (CommonMark with HTML blocks). */
const rendered = (markdown: string) => new MarkdownIt({ html: true }).render(markdown)

describe('the ownership rule', () => {
  let scenario: Scenario
  beforeEach(async () => {
    scenario = await startScenario()
  })
  afterEach(() => scenario.close())

  it('a role someone creates between the read and CreateRole is not taken over', async () => {
    let raced = ''
    scenario.aws.faults.beforeNext('CreateRole', (params) => {
      raced = params.get('RoleName') ?? ''
      scenario.aws.createRole({ name: raced, description: 'made by hand', trustPolicy: HAND_TRUST })
    })
    const run = await scenario.run()
    expect(run.exitCode).toBe(1)
    expect([RUNTIME_ROLE, CODEBUILD_ROLE]).toContain(raced)
    const [error] = errorLines(run)
    expect(error?.data).toMatch(
      new RegExp(
        `^The (runtime|codebuild) role ${raced} was created by someone else between this run's read and its write \\(CreateRole answered EntityAlreadyExists; no managed-by tag\\); nothing was written to it\\.`
      )
    )
    const role = scenario.aws.getRole(raced)
    expect(role?.tags).toEqual({})
    expect(role?.trustPolicy).toEqual(HAND_TRUST)
    expect(role?.description).toBe('made by hand')
    expect(role?.inlinePolicies).toEqual({})
    expect(run.githubEnv['AWS_ACCESS_KEY_ID']).toBeDefined()

    // The next run finds it existing, not the action's: verified and reported, never rewritten.
    scenario.aws.calls.reset()
    const next = await scenario.run()
    expect(next.exitCode).toBe(1)
    const writesToRaced = scenario.aws.calls
      .writes()
      .filter((call) => call.operation !== 'CreateRole')
    expect(writesToRaced.length).toBeLessThanOrEqual(3) // the other role's completion only
    expect(scenario.aws.getRole(raced)?.tags).toEqual({})
    expect(scenario.aws.getRole(raced)?.trustPolicy).toEqual(HAND_TRUST)
  })

  it('a tagged role whose trust someone opened to an account is verified, not rewritten', async () => {
    const run0 = await scenario.run()
    expect(run0.exitCode).toBe(0)
    const opened = {
      Version: '2012-10-17',
      Statement: [
        ...(scenario.aws.getRole(RUNTIME_ROLE)?.trustPolicy.Statement ?? []),
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'sts:AssumeRole'
        }
      ]
    }
    scenario.aws.updateAssumeRolePolicy(RUNTIME_ROLE, JSON.stringify(opened))
    scenario.aws.calls.reset()
    const run = await scenario.run()
    expect(run.exitCode).toBe(1)
    expect(scenario.aws.calls.writes()).toEqual([])
    expect(scenario.aws.getRole(RUNTIME_ROLE)?.trustPolicy).toEqual(opened)
    expect(errorLines(run).map((line) => line.data)).toEqual([
      `Dangerous runtime role ${RUNTIME_ROLE}: trust policy, statement 2: lets the AWS principal ` +
        'arn:aws:iam::444455556666:root assume the role; remove the statement from the trust policy ' +
        '(the action does not write to a role it does not own).'
    ])
    // A dangerous role is not handed on to the deploy.
    expect(run.outputs['execution-role-arn']).toBe('')
  })
})

describe('role collisions', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('ambient credentials of a role: that role as execution-role is refused before any write or export', async () => {
    const key = scenario.aws.createAccessKey(scenario.deployerArn)
    const trustBefore = scenario.aws.getRole('github-deployer')?.trustPolicyText
    scenario.aws.calls.reset()
    const run = await scenario.run(
      {
        'role-to-assume': '',
        'execution-role': 'github-deployer',
        'manage-existing-roles': 'true',
        'export-credentials': 'true'
      },
      { credentials: key }
    )
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toHaveLength(1)
    expect(errorLines(run)[0]?.data).toMatch(
      /^Input execution-role: github-deployer is the role this workflow runs as \(github-deployer\); the action would rewrite its trust policy/
    )
    expect(scenario.aws.calls.all().map((call) => call.operation)).toEqual(['GetCallerIdentity'])
    expect(run.githubEnv).toEqual({})
    expect(scenario.aws.getRole('github-deployer')?.trustPolicyText).toBe(trustBefore)
  })
})

describe('broad extra-policy grants', () => {
  it('allowed by allow-broad-extra-policy, they are created and shown prominently', async () => {
    const scenario = await startScenario()
    try {
      const run = await scenario.run({
        'extra-policy': JSON.stringify({
          Sid: 'AgentAdmin',
          Effect: 'Allow',
          Action: '*',
          Resource: '*'
        }),
        'allow-broad-extra-policy': 'true',
        // AWS's validator flags it too (PassRole on *): accepted knowingly, still listed.
        'ignore-finding': 'AgentAdmin.PASS_ROLE_WITH_STAR_IN_RESOURCE'
      })
      expect(run.exitCode).toBe(0)
      expect(run.summary).toContain('`PASS_ROLE_WITH_STAR_IN_RESOURCE`')
      expect(run.summary).toContain('### ⚠️ Broad grants in extra-policy')
      expect(rendered(run.summary)).toContain(
        '<li><strong>statement 1 (Sid AgentAdmin) allows every action (&quot;*&quot;)</strong></li>'
      )
      expect(runnerCommands(run.stdout)).toContainEqual(
        expect.objectContaining({
          command: 'warning',
          data: `extra-policy statement 1 (Sid AgentAdmin) allows every action ("*"): allowed by allow-broad-extra-policy, so the agent's runtime role holds it.`
        })
      )
      const policy = Object.values(scenario.aws.getRole(RUNTIME_ROLE)?.inlinePolicies ?? {})[0]
      expect(policy?.Statement).toContainEqual({
        Sid: 'AgentAdmin',
        Effect: 'Allow',
        Action: '*',
        Resource: '*'
      })
    } finally {
      await scenario.close()
    }
  })
})

describe('workflow-command injection', () => {
  let scenario: Scenario
  beforeEach(async () => {
    scenario = await startScenario()
  })
  afterEach(() => scenario.close())

  /** The hostile text is in the log (so the test sees it), yet the runner reads no command from it. */
  function expectNoInjection(run: ActionRun, shown: string[]): void {
    for (const text of shown) expect(run.log).toContain(text)
    expect(injectedCommands(`${run.stdout}\n${run.stderr}`, MARKER)).toEqual([])
  }

  it('through inputs: extra-policy resources, role-path and tags', async () => {
    const extra = {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: [
        `arn:aws:s3:::bucket/##[error]${MARKER}-resource`,
        `arn:aws:s3:::bucket/##[add-mask]${MARKER}-mask`,
        `arn:aws:s3:::bucket/##[set-output name=execution-role-arn]${MARKER}-output`
      ]
    }
    const run = await scenario.run({
      mode: 'dry-run',
      'extra-policy': JSON.stringify(extra),
      'role-path': `/##[warning]${MARKER}-path/`,
      tags: `team=::error::${MARKER}-tag`,
      'check-pass-role': 'false'
    })
    expect(run.exitCode).toBe(0)
    expectNoInjection(run, [`${MARKER}-resource`, `${MARKER}-path`, `${MARKER}-tag`])
    expect(run.outputs['execution-role-arn']).toContain(`${MARKER}-path`)
    expect(run.maskedValues.some((value) => value.includes(MARKER))).toBe(false)
  })

  it('through IAM: a role description and an extra statement read back in verify mode', async () => {
    scenario.aws.createRole({
      name: RUNTIME_ROLE,
      description: `made by hand\n::error::${MARKER}-description\n  ::stop-commands::${MARKER}stop`,
      trustPolicy: HAND_TRUST,
      tags: MANAGED_BY,
      inlinePolicies: {
        Extra: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::b/##[error]${MARKER}-iam`
            }
          ]
        }
      }
    })
    const run = await scenario.run({ mode: 'verify' })
    expect(run.exitCode).toBe(1)
    expectNoInjection(run, [`${MARKER}-description`, `${MARKER}-iam`])
  })

  it('through the config file: diff context of a block scalar and a comment', async () => {
    const directory = workspace()
    writeFileSync(
      join(directory, '.bedrock_agentcore.yaml'),
      [
        'default_agent: my_agent',
        'agents:',
        '  my_agent:',
        '    name: my_agent',
        '    entrypoint: main.py',
        '    notes: |',
        `      ::error::${MARKER}-yaml`,
        `      ##[error]${MARKER}-comment`,
        '    aws:',
        '      execution_role: null',
        ''
      ].join('\n')
    )
    const run = await scenario.run(
      { mode: 'dry-run', 'config-file': '.bedrock_agentcore.yaml' },
      { workspace: directory }
    )
    expect(run.exitCode).toBe(0)
    expectNoInjection(run, [`${MARKER}-yaml`, `${MARKER}-comment`])
  })

  it('through token claims: the trust policy an AccessDenied suggests', async () => {
    await scenario.close()
    // A trust policy that accepts main only: a job in an environment is refused, and told why.
    scenario = await startScenario({
      deployer: { subject: 'repo:octo-org/octo-repo:ref:refs/heads/main' }
    })
    const run = await scenario.run({}, { environment: `##[error]${MARKER}-claim` })
    expect(run.exitCode).toBe(1)
    expect(injectedCommands(`${run.stdout}\n${run.stderr}`, MARKER)).toEqual([])
    expect(run.summary).toContain(`${MARKER}-claim`)
  })
})

describe('Markdown', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('a failure message with a fence and HTML stays inside its code block', async () => {
    const payload = 'x\n```\n<img src="https://attacker.example/p.png">\n```'
    const run = await scenario.run({ 'config-file': payload })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('attacker.example')
    const html = rendered(run.summary)
    expect(html).not.toMatch(/<img/i)
    expect(html).toContain('&lt;img')
  })

  it('a role description with a fence and HTML stays inside the PR comment code block', async () => {
    const github = await startLocalGitHub({ token: FAKE_GITHUB_TOKEN })
    try {
      scenario.aws.createRole({
        name: RUNTIME_ROLE,
        description: '````\n</details><img src="https://attacker.example/q.png">',
        trustPolicy: HAND_TRUST,
        tags: MANAGED_BY
      })
      const run = await scenario.run(
        { 'comment-on-pr': 'true', mode: 'dry-run' },
        {
          eventName: 'pull_request',
          event: { action: 'synchronize', number: 3, pull_request: { number: 3 } },
          env: { GITHUB_API_URL: github.url }
        }
      )
      expect(run.exitCode).toBe(0)
      const comment = github.comments.find((candidate) => candidate.issueNumber === 3)
      expect(comment?.body).toContain('attacker.example')
      for (const markdown of [comment?.body ?? '', run.summary]) {
        expect(rendered(markdown)).not.toMatch(/<img/i)
      }
    } finally {
      await github.close()
    }
  })
})

describe('the sticky comment', () => {
  it("is never someone else's comment that starts with the marker", async () => {
    const scenario = await startScenario()
    const github = await startLocalGitHub({ token: FAKE_GITHUB_TOKEN })
    try {
      const planted = github.addComment({
        owner: 'octo-org',
        repo: 'octo-repo',
        issueNumber: 9,
        body: '<!-- agentcore-role-action:my_agent -->\nplanted by someone else',
        login: 'mallory'
      })
      const runOnPr = () =>
        scenario.run(
          { 'comment-on-pr': 'true', mode: 'dry-run' },
          {
            eventName: 'pull_request',
            event: { action: 'synchronize', number: 9, pull_request: { number: 9 } },
            env: { GITHUB_API_URL: github.url }
          }
        )
      expect((await runOnPr()).exitCode).toBe(0)
      expect((await runOnPr()).exitCode).toBe(0)
      const onPr = github.comments.filter((comment) => comment.issueNumber === 9)
      expect(onPr.find((comment) => comment.id === planted.id)?.body).toBe(planted.body)
      const ours = onPr.filter((comment) => comment.login === 'github-actions[bot]')
      expect(ours).toHaveLength(1)
      expect(github.calls.filter((call) => call.method === 'PATCH')).toEqual([])
      expect(
        github.calls.filter((call) => call.method === 'POST' && call.path.includes('/issues/'))
      ).toHaveLength(1)
    } finally {
      await github.close()
      await scenario.close()
    }
  })
})

describe('files the inputs name', () => {
  let scenario: Scenario
  beforeAll(async () => {
    scenario = await startScenario()
  })
  afterAll(() => scenario.close())

  it('extra-policy outside the workspace, or linked there, is refused without quoting its content', async () => {
    const outside = workspace()
    const secretFile = join(outside, 'secret.json')
    writeFileSync(secretFile, `{"aws_secret": "TOPSECRET-${MARKER}"`)
    const inside = workspace()
    symlinkSync(secretFile, join(inside, 'linked.json'))
    writeFileSync(join(inside, 'broken.json'), `{"password": "TOPSECRET-${MARKER}"`)
    for (const [given, reason] of [
      [secretFile, 'outside the workspace'],
      ['../' + secretFile.split('/').slice(-2).join('/'), 'outside the workspace'],
      ['linked.json', 'a symbolic link to a file outside the workspace'],
      ['broken.json', 'not valid JSON: at line 1, column']
    ] as const) {
      scenario.aws.calls.reset()
      const run = await scenario.run({ 'extra-policy': given }, { workspace: inside })
      expect(run.exitCode).toBe(1)
      expect(errorLines(run)).toHaveLength(1)
      expect(errorLines(run)[0]?.data).toMatch(/^Input extra-policy: /)
      expect(errorLines(run)[0]?.data).toContain(reason)
      expect(run.log).not.toContain('TOPSECRET')
      expect(run.summary).not.toContain('TOPSECRET')
      expect(scenario.aws.calls.all()).toEqual([])
    }
  })

  it('a symbolic link as config-file is written through, and stays a link', async () => {
    const directory = workspace()
    mkdirSync(join(directory, 'config'))
    const target = join(directory, 'config', 'agentcore.yaml')
    writeFileSync(
      target,
      'agents:\n  my_agent:\n    name: my_agent\n    entrypoint: main.py\n    aws:\n      execution_role: null\n'
    )
    symlinkSync('config/agentcore.yaml', join(directory, '.bedrock_agentcore.yaml'))
    const run = await scenario.run(
      { 'config-file': '.bedrock_agentcore.yaml' },
      { workspace: directory }
    )
    expect(run.exitCode).toBe(0)
    expect(lstatSync(join(directory, '.bedrock_agentcore.yaml')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(directory, '.bedrock_agentcore.yaml'))).toBe('config/agentcore.yaml')
    expect(readFileSync(target, 'utf8')).toContain(
      `execution_role: arn:aws:iam::${ACCOUNT_ID}:role/${RUNTIME_ROLE}`
    )
  })
})

describe('AWS that stops answering', () => {
  it('an IAM endpoint that never answers fails the step within a minute, naming the operation', async () => {
    const scenario = await startScenario()
    try {
      scenario.aws.faults.neverAnswer({ service: 'iam' })
      const run = await scenario.run({ mode: 'dry-run' }, { timeoutMs: 120_000 })
      expect(run.timedOut).toBe(false)
      expect(run.exitCode).toBe(1)
      expect(run.durationMs).toBeLessThan(60_000)
      const [error] = errorLines(run)
      expect(error?.data).toMatch(/^AWS TimeoutError after 3 attempts in IAM [A-Za-z]+: /)
      expect(error?.data).toContain('AWS did not answer in time')
    } finally {
      await scenario.close()
    }
  }, 120_000)

  it("a new role that stays invisible ends with one sentence, not the waiter's JSON", async () => {
    const scenario = await startScenario()
    try {
      scenario.aws.faults.roleInvisibleAfterCreate({ ms: 90_000, roleNames: [RUNTIME_ROLE] })
      const run = await scenario.run({}, { timeoutMs: 120_000 })
      expect(run.exitCode).toBe(1)
      const [error] = errorLines(run)
      expect(error?.data).toMatch(
        new RegExp(
          `^IAM did not show the new runtime role ${RUNTIME_ROLE} within 60 s of creating it`
        )
      )
      expect(error?.data).not.toContain('{')
    } finally {
      await scenario.close()
    }
  }, 120_000)
})

describe('secrets', () => {
  it("masks the runner's token-request token", async () => {
    const scenario = await startScenario()
    try {
      const run = await scenario.run({ mode: 'dry-run' })
      expect(run.exitCode).toBe(0)
      const requestToken = run.environment['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
      expect(requestToken).toBeTruthy()
      expect(run.maskedValues).toContain(requestToken)
    } finally {
      await scenario.close()
    }
  })
})
