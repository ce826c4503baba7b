// Runs the action as a GitHub runner does: `node dist/index.js` under Node 24, in a clean
// environment with INPUT_* variables (action.yml defaults included), the runner's file commands
// and GITHUB_* variables, and the AWS SDK pointed at the local endpoint.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { GithubRunIdentity } from './localAws/githubOidc.ts'
import type { LocalAws } from './localAws/server.ts'
import { node24Path } from './node24.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

/** What `${{ github.token }}` stands for in this harness. */
export const FAKE_GITHUB_TOKEN = 'ghs_localRunnerFakeToken0000000000000000'

export interface RunActionOptions {
  /** Inputs as a workflow's `with:` gives them. */
  inputs?: Record<string, string>
  /** The local endpoint: AWS_ENDPOINT_URL_IAM/STS and, unless `oidc` is false, the OIDC token service. */
  localAws?: LocalAws
  /**
   * false: no ACTIONS_ID_TOKEN_REQUEST_* (the job lacks `id-token: write`). Otherwise claims
   * overriding those that follow from the run (repository, ref, event, environment).
   */
  oidc?: false | GithubRunIdentity
  /** Ambient credentials, as `aws-actions/configure-aws-credentials` would export them. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  /** Extra or overriding variables; `undefined` removes one. */
  env?: Record<string, string | undefined>
  repository?: string
  eventName?: string
  ref?: string
  /** The job's GitHub environment (`environment:`), which shapes the OIDC subject. */
  environment?: string
  /** The event payload (GITHUB_EVENT_PATH); default a minimal one for the event. */
  event?: Record<string, unknown>
  /** GITHUB_WORKSPACE; default a fresh directory, removed after the run. */
  workspace?: string
  /** Working directory of the action; default the workspace, as on a runner. */
  cwd?: string
  /** Entry script, relative to the repository root; default `dist/index.js`. */
  entry?: string
  timeoutMs?: number
  /** SIGKILL the action right after the endpoint has answered its Nth successful write. */
  killAfterWrite?: number
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  outputs: Record<string, string>
  summary: string
  /** stdout and stderr interleaved in arrival order. */
  log: string
  stdout: string
  stderr: string
  githubEnv: Record<string, string>
  githubPath: string[]
  state: Record<string, string>
  /** Values the action masked with `::add-mask::`. */
  maskedValues: string[]
  /** The environment the action was started with. */
  environment: Record<string, string>
  durationMs: number
}

/** The runner's rule: `INPUT_` + the name upper-cased, spaces turned into underscores. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

interface ActionYmlInput {
  default?: unknown
}

/** Every input default of action.yml, expressions evaluated as the runner would here. */
export function actionDefaults(
  actionYmlPath = join(REPO_ROOT, 'action.yml')
): Record<string, string> {
  const action = parseYaml(readFileSync(actionYmlPath, 'utf8')) as {
    inputs?: Record<string, ActionYmlInput>
  }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (input?.default === undefined || input.default === null) continue
    defaults[name] = String(input.default).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression) => {
      if (expression === 'github.token') return FAKE_GITHUB_TOKEN
      throw new Error(
        `action.yml default of ${name} uses \${{ ${expression} }}, which runAction cannot evaluate.`
      )
    })
  }
  return defaults
}

/**
 * Parses a file command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines and
 * `name<<DELIMITER` blocks as @actions/core writes them.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, index + 1)
      if (end === -1) throw new Error(`Unterminated value of ${name}: no line ${delimiter}`)
      values[name] = lines.slice(index + 1, end).join('\n')
      index = end
      continue
    }
    const separator = line.indexOf('=')
    if (separator === -1) throw new Error(`Malformed file command line: ${line}`)
    values[line.slice(0, separator)] = line.slice(separator + 1)
  }
  return values
}

function readIfPresent(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

function defaultEvent(
  eventName: string,
  repository: string,
  ref: string,
  sha: string
): Record<string, unknown> {
  const [owner, name] = repository.split('/')
  const repo = { full_name: repository, name, owner: { login: owner }, default_branch: 'main' }
  if (eventName === 'pull_request') {
    return {
      action: 'synchronize',
      number: 1,
      pull_request: { number: 1, head: { ref: 'feature', sha }, base: { ref: 'main' } },
      repository: repo,
      sender: { login: 'octocat' }
    }
  }
  return { ref, after: sha, repository: repo, sender: { login: 'octocat' } }
}

export async function runAction(options: RunActionOptions = {}): Promise<ActionRun> {
  const aws = options.localAws
  if (options.killAfterWrite !== undefined && !aws) {
    throw new Error('killAfterWrite needs the local endpoint (option `localAws`).')
  }
  const repository = options.repository ?? 'octo-org/octo-repo'
  const eventName = options.eventName ?? 'push'
  const ref =
    options.ref ?? (eventName === 'pull_request' ? 'refs/pull/1/merge' : 'refs/heads/main')
  const sha = 'a'.repeat(40)
  const runId = '4242'
  const runnerDir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const workspace = options.workspace ?? join(runnerDir, 'workspace')
  const files = {
    output: join(runnerDir, 'output'),
    summary: join(runnerDir, 'step_summary'),
    env: join(runnerDir, 'env'),
    path: join(runnerDir, 'path'),
    state: join(runnerDir, 'state'),
    event: join(runnerDir, 'event.json')
  }
  mkdirSync(workspace, { recursive: true })
  mkdirSync(join(runnerDir, 'temp'))
  for (const file of [files.output, files.summary, files.env, files.path, files.state])
    writeFileSync(file, '')
  writeFileSync(
    files.event,
    JSON.stringify(options.event ?? defaultEvent(eventName, repository, ref, sha))
  )

  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/deploy.yml@${ref}`,
    GITHUB_JOB: 'roles',
    GITHUB_ACTION: 'roles',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: join(runnerDir, 'temp'),
    AWS_EC2_METADATA_DISABLED: 'true',
    // The host's ~/.aws must not stand in for credentials a runner would not have.
    AWS_CONFIG_FILE: join(runnerDir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(runnerDir, 'no-aws-credentials')
  }
  if (eventName === 'pull_request') {
    env.GITHUB_HEAD_REF = 'feature'
    env.GITHUB_BASE_REF = 'main'
  }
  const inputs = { ...actionDefaults(), ...options.inputs }
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
  if (aws) {
    env.AWS_ENDPOINT_URL_IAM = aws.url
    env.AWS_ENDPOINT_URL_STS = aws.url
    env.AWS_ENDPOINT_URL_ACCESSANALYZER = aws.url
    env.AWS_ENDPOINT_URL_BEDROCK = aws.url
    env.AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL = aws.url
    if (options.oidc !== false) {
      env.ACTIONS_ID_TOKEN_REQUEST_URL = aws.oidcRequestUrl
      env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = aws.oidc.createRequestToken({
        repository,
        ref,
        eventName,
        environment: options.environment,
        sha,
        runId,
        ...options.oidc
      })
    }
  }
  if (options.credentials) {
    env.AWS_ACCESS_KEY_ID = options.credentials.accessKeyId
    env.AWS_SECRET_ACCESS_KEY = options.credentials.secretAccessKey
    env.AWS_SESSION_TOKEN = options.credentials.sessionToken
  }
  Object.assign(env, options.env)
  const childEnv = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )

  const started = performance.now()
  const child = spawn(node24Path(), [resolve(REPO_ROOT, options.entry ?? 'dist/index.js')], {
    cwd: options.cwd ?? workspace,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const cancelKillHook =
    options.killAfterWrite !== undefined
      ? aws?.faults.onWriteAnswered(options.killAfterWrite, () => child.kill('SIGKILL'))
      : undefined
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.timeoutMs ?? 60_000)
  const log: string[] = []
  const stdout: string[] = []
  const stderr: string[] = []
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout.push(chunk)
    log.push(chunk)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk)
    log.push(chunk)
  })
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolveExit, rejectExit) => {
      child.on('error', rejectExit)
      child.on('close', (code, closeSignal) => resolveExit([code, closeSignal]))
    }
  ).finally(() => {
    clearTimeout(timer)
    cancelKillHook?.()
  })
  const durationMs = performance.now() - started

  const stdoutText = stdout.join('')
  const run: ActionRun = {
    exitCode,
    signal,
    timedOut,
    outputs: parseFileCommands(readIfPresent(files.output)),
    summary: readIfPresent(files.summary),
    log: log.join(''),
    stdout: stdoutText,
    stderr: stderr.join(''),
    githubEnv: parseFileCommands(readIfPresent(files.env)),
    githubPath: readIfPresent(files.path).split(/\r?\n/).filter(Boolean),
    state: parseFileCommands(readIfPresent(files.state)),
    maskedValues: [...stdoutText.matchAll(/^::add-mask::(.*)$/gm)].map(
      (match) => match[1] as string
    ),
    environment: childEnv,
    durationMs
  }
  rmSync(runnerDir, { recursive: true, force: true })
  return run
}
