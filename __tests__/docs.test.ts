// The README and the example workflows are part of the product: users copy them. These tests keep
// them true to action.yml (every input and output they name exists, and the tables list exactly
// action.yml's), keep the README's test command the one CI runs, and prove the README's minimum
// IAM policies are enough (and the read-only one is read-only) against the local AWS endpoint.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'
import { startScenario, type Scenario } from '../test-support/scenario.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

const README = read('README.md')
/** The README and the pages of docs/ it links: users read and copy them all. */
const DOCS: Array<{ name: string; text: string }> = [
  { name: 'README.md', text: README },
  ...readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ name: `docs/${file}`, text: read(`docs/${file}`) }))
]
const ALL_DOCS = DOCS.map((doc) => doc.text).join('\n')
/** The doc that has `heading`. */
const docWith = (heading: string): string =>
  DOCS.find((doc) => doc.text.split('\n').includes(heading))?.text ?? README

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string; description?: string }>
  outputs: Record<string, { description?: string }>
}
const ACTION = parseDocument(read('action.yml')).toJS() as ActionYml
const INPUTS = Object.keys(ACTION.inputs)
const OUTPUTS = Object.keys(ACTION.outputs)

/** How workflows refer to this action: `owner/agentcore-role-action@ref`, or `./` inside this repository. */
const THIS_ACTION = /^(?:[\w.-]+\/agentcore-role-action@[\w.-]+|\.\/?)$/

interface FencedBlock {
  language: string
  text: string
  /** 1-based line of the opening fence. */
  line: number
}

function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = []
  let open: FencedBlock | undefined
  markdown.split('\n').forEach((line, index) => {
    if (open) {
      if (/^```\s*$/.test(line)) {
        blocks.push(open)
        open = undefined
      } else {
        open.text += `${line}\n`
      }
      return
    }
    const fence = /^```(\S*)\s*$/.exec(line)
    if (fence) open = { language: fence[1] ?? '', text: '', line: index + 1 }
  })
  if (open) throw new Error(`README.md: the fence at line ${open.line} is never closed`)
  return blocks
}

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === heading)
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`)
  const level = heading.indexOf(' ')
  const end = lines.findIndex(
    (line, index) => index > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= level
  )
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** Body rows of the first Markdown table in `text`, as trimmed cells. */
function tableRows(text: string): string[][] {
  const rows = text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim())
    )
  return rows.slice(2)
}

/** `name` from a cell that is exactly `` `name` ``. */
function codeName(cell: string | undefined): string {
  const match = /^`([^`]+)`$/.exec(cell ?? '')
  if (!match?.[1]) throw new Error(`table cell ${JSON.stringify(cell)} is not a single code span`)
  return match[1]
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

interface YamlSource {
  name: string
  text: string
}

const README_YAML: YamlSource[] = DOCS.flatMap((doc) =>
  fencedBlocks(doc.text)
    .filter((block) => block.language === 'yaml' || block.language === 'yml')
    .map((block) => ({ name: `${doc.name} (yaml block at line ${block.line})`, text: block.text }))
)

const workflowFiles = (dir: string): YamlSource[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((file) => /\.ya?ml$/.test(file))
        .sort()
        .map((file) => ({ name: `${dir}/${file}`, text: read(`${dir}/${file}`) }))
    : []

const EXAMPLES = workflowFiles('examples')
const REPOSITORY_WORKFLOWS = workflowFiles('.github/workflows')

type Json = unknown
interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, Json>
}
interface Job {
  permissions?: Record<string, string> | string
  steps?: Step[]
  'runs-on'?: Json
  uses?: string
}
interface Workflow {
  on?: Json
  permissions?: Record<string, string> | string
  jobs?: Record<string, Job>
}

function parseYaml(source: YamlSource): Json {
  const document = parseDocument(source.text)
  const problems = [...document.errors, ...document.warnings].map((error) => error.message)
  expect({ source: source.name, problems }).toEqual({ source: source.name, problems: [] })
  return document.toJS()
}

/** Every mapping in the document that has a `uses:` (steps, wherever they sit in a fragment). */
function stepsIn(value: Json): Step[] {
  if (Array.isArray(value)) return value.flatMap(stepsIn)
  if (value === null || typeof value !== 'object') return []
  const own = typeof (value as Step).uses === 'string' ? [value as Step] : []
  return [...own, ...Object.values(value).flatMap(stepsIn)]
}

const isThisAction = (step: Step): boolean => THIS_ACTION.test(step.uses ?? '')

/** `steps.<id>.outputs.<name>` and `steps.<id>.outputs['<name>']` in the text. */
function outputReferences(text: string): Array<{ id: string; output: string }> {
  const pattern = /steps\.([\w-]+)\.outputs(?:\.([\w-]+)|\[\s*['"]([^'"]+)['"]\s*\])/g
  return [...text.matchAll(pattern)].map((match) => ({
    id: match[1] ?? '',
    output: match[2] ?? match[3] ?? ''
  }))
}

function checkActionUsage(source: YamlSource, data: Json): Step[] {
  const steps = stepsIn(data).filter(isThisAction)
  for (const step of steps) {
    const given = Object.keys(step.with ?? {})
    const unknown = given.filter((name) => !INPUTS.includes(name))
    expect({ source: source.name, unknownInputs: unknown }).toEqual({
      source: source.name,
      unknownInputs: []
    })
    const required = INPUTS.filter((name) => ACTION.inputs[name]?.required)
    const missing = required.filter((name) => !given.includes(name))
    expect({ source: source.name, missingRequiredInputs: missing }).toEqual({
      source: source.name,
      missingRequiredInputs: []
    })
  }
  const stepIds = new Set(stepsIn(data).flatMap((step) => (step.id ? [step.id] : [])))
  const ourIds = new Set(steps.flatMap((step) => (step.id ? [step.id] : [])))
  for (const reference of outputReferences(source.text)) {
    expect({ source: source.name, stepDefined: stepIds.has(reference.id), ...reference }).toEqual({
      source: source.name,
      stepDefined: true,
      ...reference
    })
    if (ourIds.has(reference.id)) {
      expect({
        source: source.name,
        knownOutput: OUTPUTS.includes(reference.output),
        ...reference
      }).toEqual({ source: source.name, knownOutput: true, ...reference })
    }
  }
  return steps
}

/** A job's effective permissions: its own `permissions:`, else the workflow's. */
function permissionsOf(workflow: Workflow, job: Job): Record<string, string> {
  const permissions = job.permissions ?? workflow.permissions ?? {}
  if (permissions === 'write-all') return { 'id-token': 'write', 'pull-requests': 'write' }
  return typeof permissions === 'string' ? {} : permissions
}

/** Jobs that use this action must grant what its inputs need. */
function checkPermissions(source: YamlSource, workflow: Workflow): void {
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const permissions = permissionsOf(workflow, job)
    for (const step of (job.steps ?? []).filter(isThisAction)) {
      const needs: Record<string, string> = {}
      if (step.with?.['role-to-assume']) needs['id-token'] = 'write'
      if (String(step.with?.['comment-on-pr']) === 'true') needs['pull-requests'] = 'write'
      const granted = Object.fromEntries(Object.keys(needs).map((key) => [key, permissions[key]]))
      expect({ source: source.name, job: name, permissions: granted }).toEqual({
        source: source.name,
        job: name,
        permissions: needs
      })
    }
  }
}

function checkWorkflowShape(source: YamlSource, workflow: Workflow): void {
  expect({ source: source.name, hasTrigger: workflow.on !== undefined }).toEqual({
    source: source.name,
    hasTrigger: true
  })
  const jobs = Object.entries(workflow.jobs ?? {})
  expect(jobs.length).toBeGreaterThan(0)
  for (const [name, job] of jobs) {
    const shape = job.uses
      ? 'reusable workflow'
      : job['runs-on'] !== undefined &&
          Array.isArray(job.steps) &&
          job.steps.every((step) => typeof step.uses === 'string' || typeof step.run === 'string')
        ? 'steps'
        : 'invalid'
    expect({ source: source.name, job: name, shape }).not.toEqual({
      source: source.name,
      job: name,
      shape: 'invalid'
    })
  }
}

describe('YAML in the README and the workflows', () => {
  it('finds the README blocks and the example workflows', () => {
    expect(README_YAML.length).toBeGreaterThanOrEqual(4)
    expect(EXAMPLES.map((example) => example.name)).toEqual([
      'examples/agentcore-cli.yml',
      'examples/monorepo-matrix.yml',
      'examples/monorepo.yml',
      'examples/pr-dry-run.yml',
      'examples/pr-preview.yml',
      'examples/release.yml',
      'examples/with-configure-aws-credentials.yml'
    ])
    expect(REPOSITORY_WORKFLOWS.map((workflow) => workflow.name)).toContain(
      '.github/workflows/ci.yml'
    )
  })

  it.each([...README_YAML, ...EXAMPLES])(
    '$name uses the action with inputs and outputs of action.yml only',
    (source) => {
      const steps = checkActionUsage(source, parseYaml(source))
      expect({ source: source.name, usesTheAction: steps.length > 0 }).toEqual({
        source: source.name,
        usesTheAction: true
      })
    }
  )

  it.each([...EXAMPLES, ...REPOSITORY_WORKFLOWS])(
    '$name is a workflow whose jobs grant what the action needs',
    (source) => {
      const workflow = parseYaml(source) as Workflow
      checkWorkflowShape(source, workflow)
      checkActionUsage(source, workflow)
      checkPermissions(source, workflow)
    }
  )

  it('README fragments that declare jobs grant what the action needs', () => {
    const withJobs = README_YAML.filter((source) => {
      const data = parseYaml(source) as Workflow
      if (data === null || typeof data !== 'object' || !data.jobs) return false
      checkPermissions(source, data)
      return true
    })
    expect(withJobs.length).toBeGreaterThan(0)
  })
})

describe('README tables against action.yml', () => {
  const inputRows = tableRows(section(README, '## Inputs'))
  const outputRows = tableRows(section(README, '## Outputs'))

  it('lists exactly the inputs of action.yml', () => {
    const listed = inputRows.map((row) => codeName(row[0]))
    expect([...listed].sort()).toEqual([...INPUTS].sort())
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('gives each input the default action.yml declares', () => {
    for (const [name, definition] of Object.entries(ACTION.inputs)) {
      const cell = inputRows.find((row) => codeName(row[0]) === name)?.[1]
      if (definition.required) expect({ name, cell }).toEqual({ name, cell: 'required' })
      else if (definition.default !== undefined) {
        expect({ name, cell }).toEqual({ name, cell: `\`${definition.default}\`` })
      }
    }
  })

  it('lists exactly the outputs of action.yml', () => {
    const listed = outputRows.map((row) => codeName(row[0]))
    expect([...listed].sort()).toEqual([...OUTPUTS].sort())
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('describes each input and output in the words of action.yml (one source of truth)', () => {
    for (const [name, definition] of Object.entries(ACTION.inputs)) {
      const cell = inputRows.find((row) => codeName(row[0]) === name)?.at(-1)
      expect({ name, cell }).toEqual({ name, cell: definition.description })
    }
    for (const [name, definition] of Object.entries(ACTION.outputs)) {
      const cell = outputRows.find((row) => codeName(row[0]) === name)?.at(-1)
      expect({ name, cell }).toEqual({ name, cell: definition.description })
    }
  })

  it('describes every input and output', () => {
    for (const row of [...inputRows, ...outputRows]) {
      expect({ name: row[0], described: (row.at(-1) ?? '').length > 10 }).toEqual({
        name: row[0],
        described: true
      })
    }
  })
})

describe("the README's commands", () => {
  const quickStartCommands = fencedBlocks(section(README, '## Quick start'))
    .filter((block) => ['sh', 'bash', 'shell'].includes(block.language))
    .map((block) => block.text.trim())
  const testCommand = quickStartCommands[1]

  it('has exactly two quick-start commands: the demo and the test command', () => {
    expect(quickStartCommands).toEqual(['npm ci && npm run demo', 'npm ci && npm test'])
  })

  it('.ci/run runs exactly the README test command', () => {
    const commands = read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !/^(?:set|cd) /.test(line))
    expect(commands).toEqual([testCommand])
  })

  it('CI runs the README test command on Node 24', () => {
    const ci = parseDocument(read('.github/workflows/ci.yml')).toJS() as Workflow
    const steps = Object.values(ci.jobs ?? {}).flatMap((job) => job.steps ?? [])
    expect(steps.map((step) => step.run).filter(Boolean)).toContain(testCommand)
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'))
    expect(String(setupNode?.with?.['node-version'])).toBe('24')
  })

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as object)
    const named = [...ALL_DOCS.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1])
    expect(named.filter((name) => !scripts.includes(name ?? ''))).toEqual([])
  })

  it('keeps the Benchmarks heading, filled from npm run bench', () => {
    expect(section(docWith('## Benchmarks'), '## Benchmarks')).toContain('npm run bench')
  })
})

describe('README links and JSON', () => {
  const headings = README.split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#+ /, ''))
  const anchors = new Set(headings.map(anchorOf))

  it('links only to files that exist and headings that exist, in the README and docs/', () => {
    const anchorsOf = (text: string) =>
      new Set(
        text
          .split('\n')
          .filter((line) => /^#{1,6} /.test(line))
          .map((line) => anchorOf(line.replace(/^#+ /, '')))
      )
    const broken = DOCS.flatMap((doc) =>
      [...doc.text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => {
          if (/^https?:\/\//.test(target)) return false
          const [file = '', anchor] = target.split('#')
          const path = file === '' ? doc.name : join(dirname(doc.name), file)
          if (!existsSync(join(ROOT, path))) return true
          return anchor !== undefined && path.endsWith('.md') && !anchorsOf(read(path)).has(anchor)
        })
        .map((target) => `${doc.name}: ${target}`)
    )
    expect(broken).toEqual([])
    expect(anchors.size).toBeGreaterThan(0)
  })

  it('has the sections the action’s own messages point to', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    const cited = sources.flatMap((text) =>
      [...text.matchAll(/the README, "([^"]+)"/g)].map((match) => match[1] ?? '')
    )
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.filter((title) => !headings.includes(title))).toEqual([])
  })

  it('has JSON blocks that parse, and policies with Version and Statement', () => {
    const blocks = DOCS.flatMap((doc) => fencedBlocks(doc.text)).filter(
      (block) => block.language === 'json'
    )
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    for (const block of blocks) {
      const policy = JSON.parse(block.text) as { Version?: string; Statement?: unknown[] }
      expect({ line: block.line, version: policy.Version }).toEqual({
        line: block.line,
        version: '2012-10-17'
      })
      expect(Array.isArray(policy.Statement)).toBe(true)
    }
  })
})

/** The text of the first json block under `heading`: the policy exactly as users copy it. */
function readmePolicy(heading: string): string {
  const block = fencedBlocks(section(docWith(heading), heading)).find(
    (found) => found.language === 'json'
  )
  if (!block) throw new Error(`README.md: no json block under "${heading}"`)
  return block.text
}

/** The account and caller role names the README's policies are written for. */
const README_ACCOUNT = '111122223333'
const APPLY_ROLE = 'github-agentcore-deployer'
const READ_ONLY_ROLE = 'github-agentcore-readonly'

describe("the README's minimum caller policies, run against the local AWS endpoint", () => {
  let scenario: Scenario
  const roleArn = (name: string) => `arn:aws:iam::${README_ACCOUNT}:role/${name}`
  const runtimeRole = 'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'

  beforeAll(async () => {
    scenario = await startScenario({ accountId: README_ACCOUNT })
    scenario.aws.createGithubDeployerRole({
      name: APPLY_ROLE,
      policies: { readme: readmePolicy('### For `apply`') }
    })
    scenario.aws.createGithubDeployerRole({
      name: READ_ONLY_ROLE,
      policies: { readme: readmePolicy('### For `dry-run` and `verify`') }
    })
  })
  afterAll(() => scenario.close())

  it('the apply policy creates both roles, repairs drift, and passes the PassRole check', async () => {
    const inputs = { 'role-to-assume': roleArn(APPLY_ROLE) }
    const created = await scenario.run(inputs)
    expect(created.log).not.toContain('::error::')
    expect(created.exitCode).toBe(0)
    expect(created.outputs['pass-role']).toBe('allowed')
    expect(scenario.aws.getRole(runtimeRole)).toBeDefined()

    scenario.aws.updateAssumeRolePolicy(runtimeRole, {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
          Action: 'sts:AssumeRole'
        }
      ]
    })
    scenario.aws.calls.reset()
    const repaired = await scenario.run(inputs)
    expect(repaired.exitCode).toBe(0)
    expect(scenario.aws.calls.writes().map((call) => call.operation)).toContain(
      'UpdateAssumeRolePolicy'
    )
  })

  it('the read-only policy runs a dry run, and cannot apply', async () => {
    const inputs = {
      'role-to-assume': roleArn(READ_ONLY_ROLE),
      'agent-name': 'readme_agent',
      'check-pass-role': 'false'
    }
    scenario.aws.calls.reset()
    const dryRun = await scenario.run({ ...inputs, mode: 'dry-run' })
    expect(dryRun.log).not.toContain('::error::')
    expect(dryRun.exitCode).toBe(0)
    expect(dryRun.outputs['changed']).toBe('true')

    const apply = await scenario.run(inputs)
    expect(apply.exitCode).toBe(1)
    expect(apply.log).toContain('AWS AccessDenied')
    expect(scenario.aws.calls.writes().filter((call) => call.status === 200)).toEqual([])
  })
})

describe('actionlint (rhysd/actionlint, as WebAssembly)', () => {
  it('passes every example workflow and every workflow of the repository', () => {
    const files = [...EXAMPLES, ...REPOSITORY_WORKFLOWS].map((workflow) => workflow.name)
    expect(files.length).toBeGreaterThan(5)
    const lint = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js'),
        ...files
      ],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect({ status: lint.status, output: lint.stdout + lint.stderr }).toEqual({
      status: 0,
      output: expect.stringContaining('passed lint checks')
    })
  })

  it('would fail a workflow that puts untrusted text in a script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actionlint-'))
    const file = join(dir, 'bad.yml')
    writeFileSync(
      file,
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n'
    )
    const lint = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js'), file],
      { encoding: 'utf8' }
    )
    rmSync(dir, { recursive: true, force: true })
    expect(lint.status).not.toBe(0)
    expect(lint.stdout + lint.stderr).toContain('potentially untrusted')
  })
})

/**
 * Problems with the `uses:` lines of a workflow text: every action from another repository is
 * pinned to a full commit SHA with its version in a comment, as GitHub's security hardening guide
 * advises (a tag can be moved; a commit cannot).
 */
function unpinnedActions(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].flatMap(
    ([, uses = '', rest = '']) => {
      if (THIS_ACTION.test(uses) || uses.startsWith('docker://')) return []
      const pinned =
        /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses) && /^\s+# v\d+\.\d+\.\d+\b/.test(rest)
      return pinned ? [] : [`${uses}${rest}`]
    }
  )
}

describe('actions from other repositories', () => {
  const SOURCES = [...README_YAML, ...EXAMPLES, ...REPOSITORY_WORKFLOWS]

  it('are pinned to a full commit SHA, with the version in a comment', () => {
    const problems = SOURCES.flatMap((source) =>
      unpinnedActions(source.text).map((line) => `${source.name}: ${line}`)
    )
    expect(problems).toEqual([])
  })

  it('are pinned to one commit each, everywhere', () => {
    const pins = new Map<string, Set<string>>()
    for (const source of SOURCES)
      for (const [, action = '', pin = ''] of source.text.matchAll(
        /uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40}\s+# v[\d.]+)/g
      ))
        pins.set(action, (pins.get(action) ?? new Set()).add(pin))
    expect(pins.size).toBeGreaterThanOrEqual(3)
    const drifting = [...pins].filter(([, versions]) => versions.size > 1).map(([action]) => action)
    expect(drifting).toEqual([])
  })

  it('the check rejects a tag, a short SHA and a SHA without its version', () => {
    expect(
      unpinnedActions(
        [
          '      - uses: actions/checkout@v5',
          '      - uses: actions/checkout@fbc6f39 # v5.1.0',
          '      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09',
          '      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0',
          '        uses: org/agentcore-role-action@v1',
          '      - uses: ./'
        ].join('\n')
      )
    ).toEqual([
      'actions/checkout@v5',
      'actions/checkout@fbc6f39 # v5.1.0',
      'actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09'
    ])
  })
})
