// The runner harness, exercised with throwaway entry scripts written here (no bundle needed):
// what a GitHub runner hands a node24 action, and what runAction reads back.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startLocalAws, type LocalAws } from '../../test-support/localAws/server.ts'
import { node24Path } from '../../test-support/node24.ts'
import {
  FAKE_GITHUB_TOKEN,
  actionDefaults,
  inputVariable,
  parseFileCommands,
  runAction
} from '../../test-support/runAction.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

let scripts: string
let localAws: LocalAws

/** Writes a throwaway entry script and returns its path. */
function entry(name: string, source: string): string {
  const path = join(scripts, name)
  writeFileSync(path, source)
  return path
}

// Reports the environment it was given through the runner's file commands.
const ECHO_ENTRY = `
import { appendFileSync, readFileSync } from 'node:fs'
const output = (name, value) =>
  appendFileSync(process.env.GITHUB_OUTPUT, name + '<<EOF_1\\n' + value + '\\nEOF_1\\n')
output('env', JSON.stringify(process.env))
output('event', readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
appendFileSync(process.env.GITHUB_OUTPUT, 'plain=a=b\\n')
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### Summary\\n')
appendFileSync(process.env.GITHUB_ENV, 'EXPORTED<<EOF_2\\nline 1\\nline 2\\nEOF_2\\n')
appendFileSync(process.env.GITHUB_PATH, '/opt/tool/bin\\n')
appendFileSync(process.env.GITHUB_STATE, 'saved=yes\\n')
console.log('::add-mask::s3cr3t')
console.log('to stdout')
console.error('to stderr')
process.exitCode = Number(process.env.INPUT_EXIT || 0)
`

// Fetches an OIDC token as @actions/core's getIDToken does and outputs its claims.
const OIDC_ENTRY = `
import { appendFileSync } from 'node:fs'
const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
if (!url) {
  appendFileSync(process.env.GITHUB_OUTPUT, 'oidc=absent\\n')
} else {
  const response = await fetch(url + '&audience=sts.amazonaws.com', {
    headers: { Authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
  })
  const { value } = await response.json()
  const claims = Buffer.from(value.split('.')[1], 'base64url').toString()
  appendFileSync(process.env.GITHUB_OUTPUT, 'claims=' + claims + '\\n')
}
`

// Makes IAM writes with the real SDK, which finds its endpoint and keys in the standard variables.
const WRITER_ENTRY = `
import { createRequire } from 'node:module'
const require = createRequire(${JSON.stringify(join(REPO_ROOT, 'package.json'))})
const { IAMClient, CreateRoleCommand, TagRoleCommand } = require('@aws-sdk/client-iam')
const iam = new IAMClient({ region: 'us-east-1' })
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
await iam.send(new CreateRoleCommand({ RoleName: process.env['INPUT_ROLE-NAME'], AssumeRolePolicyDocument: trust }))
for (let i = 1; i <= 3; i++) {
  await iam.send(new TagRoleCommand({ RoleName: process.env['INPUT_ROLE-NAME'], Tags: [{ Key: 'step' + i, Value: 'done' }] }))
  console.log('tagged ' + i)
}
console.log('all writes done')
`

beforeAll(async () => {
  scripts = mkdtempSync(join(tmpdir(), 'run-action-test-'))
  localAws = await startLocalAws()
})

afterAll(async () => {
  await localAws.close()
  rmSync(scripts, { recursive: true, force: true })
})

describe('runAction', () => {
  it('gives the action inputs (action.yml defaults included) and the runner environment, and nothing of the host', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAHOSTKEY'
    process.env.GITHUB_TOKEN = 'host-token'
    let run
    try {
      run = await runAction({
        entry: entry('echo.mjs', ECHO_ENTRY),
        localAws,
        inputs: { 'agent-name': 'my_agent', mode: 'dry-run', 'odd input': 'spaced' },
        env: { EXTRA: 'yes', RUNNER_ARCH: undefined }
      })
    } finally {
      delete process.env.AWS_ACCESS_KEY_ID
      delete process.env.GITHUB_TOKEN
    }
    expect(run.exitCode).toBe(0)
    const env = JSON.parse(run.outputs.env ?? '{}') as Record<string, string>
    expect(env).toMatchObject({
      'INPUT_AGENT-NAME': 'my_agent',
      INPUT_MODE: 'dry-run',
      INPUT_ODD_INPUT: 'spaced',
      INPUT_AUDIENCE: 'sts.amazonaws.com',
      'INPUT_ROLE-PATH': '/',
      'INPUT_GITHUB-TOKEN': FAKE_GITHUB_TOKEN,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_OS: 'Linux',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_IAM: localAws.url,
      AWS_ENDPOINT_URL_STS: localAws.url,
      AWS_ENDPOINT_URL_ACCESSANALYZER: localAws.url,
      AWS_ENDPOINT_URL_BEDROCK: localAws.url,
      AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL: localAws.url,
      PATH: process.env.PATH,
      EXTRA: 'yes'
    })
    // Inputs without a default that the workflow did not give are not set at all.
    expect(env).not.toHaveProperty('INPUT_ROLE-TO-ASSUME')
    expect(env).not.toHaveProperty('AWS_ACCESS_KEY_ID')
    expect(env).not.toHaveProperty('GITHUB_TOKEN')
    expect(env).not.toHaveProperty('RUNNER_ARCH')
    expect(env).not.toHaveProperty('NODE_OPTIONS')
    expect(env.ACTIONS_ID_TOKEN_REQUEST_URL).toBe(localAws.oidcRequestUrl)
    expect(JSON.parse(run.outputs.event ?? '{}')).toMatchObject({
      ref: 'refs/heads/main',
      repository: { full_name: 'octo-org/octo-repo' }
    })
  })

  it('reads back outputs, summary, env, path, state, masks, exit code and the interleaved log', async () => {
    const run = await runAction({ entry: entry('echo.mjs', ECHO_ENTRY), inputs: { exit: '3' } })
    expect(run.exitCode).toBe(3)
    expect(run.signal).toBeNull()
    expect(run.outputs.plain).toBe('a=b')
    expect(run.summary).toBe('### Summary\n')
    expect(run.githubEnv).toEqual({ EXPORTED: 'line 1\nline 2' })
    expect(run.githubPath).toEqual(['/opt/tool/bin'])
    expect(run.state).toEqual({ saved: 'yes' })
    expect(run.maskedValues).toEqual(['s3cr3t'])
    expect(run.stdout).toContain('to stdout')
    expect(run.stderr).toBe('to stderr\n')
    expect(run.log).toMatch(/to stdout\n[^]*to stderr\n/)
    expect(run.durationMs).toBeGreaterThan(0)
  })

  it('serves the job an OIDC token whose claims follow the run, unless id-token permission is missing', async () => {
    const oidcEntry = entry('oidc.mjs', OIDC_ENTRY)
    const claimsOf = (run: { outputs: Record<string, string> }) =>
      JSON.parse(run.outputs.claims ?? '{}')

    const environmentRun = await runAction({
      entry: oidcEntry,
      localAws,
      repository: 'acme/agents',
      environment: 'prod'
    })
    expect(claimsOf(environmentRun)).toMatchObject({
      sub: 'repo:acme/agents:environment:prod',
      repository_owner: 'acme',
      aud: 'sts.amazonaws.com'
    })
    const pullRequestRun = await runAction({
      entry: oidcEntry,
      localAws,
      eventName: 'pull_request'
    })
    expect(claimsOf(pullRequestRun).sub).toBe('repo:octo-org/octo-repo:pull_request')

    const noPermission = await runAction({ entry: oidcEntry, localAws, oidc: false })
    expect(noPermission.outputs.oidc).toBe('absent')
  })

  it('hands ambient credentials to the SDK and kills the action right after the Nth write', async () => {
    const root = localAws.createAccessKey(localAws.rootArn)
    localAws.calls.reset()
    const run = await runAction({
      entry: entry('writer.mjs', WRITER_ENTRY),
      localAws,
      credentials: root,
      inputs: { 'role-name': 'KilledMidway' },
      killAfterWrite: 2
    })
    expect(run.signal).toBe('SIGKILL')
    expect(run.exitCode).toBeNull()
    expect(run.log).not.toContain('all writes done')
    const answered = localAws.calls.writes().filter((call) => call.status === 200)
    expect(answered.map((call) => call.operation).slice(0, 2)).toEqual(['CreateRole', 'TagRole'])
    expect(localAws.getRole('KilledMidway')?.tags).toMatchObject({ step1: 'done' })

    const complete = await runAction({
      entry: entry('writer.mjs', WRITER_ENTRY),
      localAws,
      credentials: root,
      inputs: { 'role-name': 'Completed' }
    })
    expect(complete.exitCode).toBe(0)
    expect(complete.log).toContain('all writes done')
  })

  it('kills an action that outlives its timeout', async () => {
    const run = await runAction({
      entry: entry('hang.mjs', 'setInterval(() => {}, 1000)\n'),
      timeoutMs: 300
    })
    expect(run.timedOut).toBe(true)
    expect(run.signal).toBe('SIGKILL')
  })
})

describe('runner rules', () => {
  it('names input variables as the runner does', () => {
    expect(inputVariable('agent-name')).toBe('INPUT_AGENT-NAME')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })

  it('reads every default of action.yml', () => {
    expect(actionDefaults()).toMatchObject({
      mode: 'apply',
      'role-duration-seconds': '3600',
      'github-token': FAKE_GITHUB_TOKEN
    })
    expect(actionDefaults()).not.toHaveProperty('agent-name')
  })

  it('parses file commands in both forms', () => {
    expect(
      parseFileCommands('a=1\nb<<ghadelimiter_x\nline\n\nlast\nghadelimiter_x\nc=x=y\n')
    ).toEqual({
      a: '1',
      b: 'line\n\nlast',
      c: 'x=y'
    })
    expect(() => parseFileCommands('d<<END\nno end\n')).toThrow('Unterminated')
  })

  it('runs Node 24', () => {
    expect(node24Path()).toMatch(/node$/)
  })
})
