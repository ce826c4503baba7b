import { chmod, copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import {
  planConfigFileUpdate,
  updateConfigText,
  writeConfigFileUpdate
} from '../../src/deployTools/starterToolkit/configFile.ts'
import type { ConfigFileRoles } from '../../src/deployTools/starterToolkit/configFile.ts'

// Fixtures end in .yaml.txt so that Prettier leaves their deliberate (and broken) formatting alone.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'config')
const runtimeArn =
  'arn:aws:iam::111122223333:role/AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
const codebuildArn =
  'arn:aws:iam::111122223333:role/AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a'
const roles: ConfigFileRoles = {
  agentName: 'my_agent',
  executionRoleArn: runtimeArn,
  codebuildRoleArn: codebuildArn,
  accountId: '111122223333',
  region: 'us-east-1'
}

// Each test's directory is the workspace: the action reads config files only inside it.
let workDir: string
const savedWorkspace = process.env.GITHUB_WORKSPACE
beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'config-file-'))
  process.env.GITHUB_WORKSPACE = workDir
})
afterEach(async () => {
  if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE
  else process.env.GITHUB_WORKSPACE = savedWorkspace
  await rm(workDir, { recursive: true, force: true })
})

async function fixtureCopy(name: string): Promise<string> {
  const path = join(workDir, '.bedrock_agentcore.yaml')
  await copyFile(join(fixtures, `${name}.txt`), path)
  return path
}

/** Replaces exactly one occurrence of a line, so the expectation names every changed line. */
function replaceLine(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2)
  return text.replace(from, to)
}

describe('planConfigFileUpdate on a toolkit-written file', () => {
  it('changes only the role lines and keeps every other byte', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const before = await readFile(path, 'utf8')

    const update = await planConfigFileUpdate(path, roles)

    let expected = replaceLine(
      before,
      '      execution_role: null\n      execution_role_auto_create: true\n',
      `      execution_role: ${runtimeArn}\n      execution_role_auto_create: false\n`
    )
    expected = replaceLine(
      expected,
      '      execution_role: null    # filled in by CI\n',
      `      execution_role: ${codebuildArn}    # filled in by CI\n`
    )
    expect(update.after).toBe(expected)
    expect(update.before).toBe(before)
    expect(update.changed).toBe(true)
    expect(update.path).toBe(path)
  })

  it('does not write: planning leaves the file as it was', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const before = await readFile(path, 'utf8')
    await planConfigFileUpdate(path, roles)
    expect(await readFile(path, 'utf8')).toBe(before)
  })

  it('reports a unified diff of the changed lines', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const { diff } = await planConfigFileUpdate(path, roles)
    const lines = diff.split('\n')
    expect(lines[0]).toBe(`--- ${path}`)
    expect(lines[1]).toBe(`+++ ${path}`)
    expect(lines.filter((line) => /^[-+] /.test(line))).toEqual([
      '-      execution_role: null',
      '-      execution_role_auto_create: true',
      `+      execution_role: ${runtimeArn}`,
      '+      execution_role_auto_create: false',
      '-      execution_role: null    # filled in by CI',
      `+      execution_role: ${codebuildArn}    # filled in by CI`
    ])
  })

  it('is idempotent: a second plan on the written file changes nothing', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    await writeConfigFileUpdate(await planConfigFileUpdate(path, roles))
    const again = await planConfigFileUpdate(path, roles)
    expect(again.changed).toBe(false)
    expect(again.diff).toBe('')
    expect(again.after).toBe(again.before)
  })

  it('leaves other agents alone, flow collections included', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const { after } = await planConfigFileUpdate(path, roles)
    expect(after).toContain('    tags: [a, b,   c]\n')
    expect(after).toContain('    aws: {region: eu-west-1, account: "222233334444"}\n')
  })
})

describe('updateConfigText', () => {
  const update = (source: string, overrides: Partial<ConfigFileRoles> = {}): string =>
    updateConfigText('.bedrock_agentcore.yaml', source, { ...roles, ...overrides })

  it('adds missing keys at the end of their map, inner keys before a new sibling block', () => {
    const source = [
      'agents:',
      '  my_agent:',
      '    name: my_agent',
      '    entrypoint: agent.py',
      '    aws:',
      '      region: us-east-1 # keep me',
      ''
    ].join('\n')
    expect(update(source)).toBe(
      [
        'agents:',
        '  my_agent:',
        '    name: my_agent',
        '    entrypoint: agent.py',
        '    aws:',
        '      region: us-east-1 # keep me',
        `      execution_role: ${runtimeArn}`,
        '      execution_role_auto_create: false',
        "      account: '111122223333'",
        '    codebuild:',
        `      execution_role: ${codebuildArn}`,
        ''
      ].join('\n')
    )
  })

  it('follows the file indentation step', () => {
    const source = 'agents:\n    my_agent:\n        name: my_agent\n        entrypoint: a.py\n'
    expect(update(source)).toBe(
      [
        'agents:',
        '    my_agent:',
        '        name: my_agent',
        '        entrypoint: a.py',
        '        aws:',
        `            execution_role: ${runtimeArn}`,
        '            execution_role_auto_create: false',
        "            account: '111122223333'",
        '            region: us-east-1',
        '        codebuild:',
        `            execution_role: ${codebuildArn}`,
        ''
      ].join('\n')
    )
  })

  it('turns `aws: null` and an empty `codebuild:` into maps', () => {
    const source = 'agents:\n  my_agent:\n    aws: null\n    codebuild:\n    entrypoint: a.py\n'
    expect(update(source)).toBe(
      [
        'agents:',
        '  my_agent:',
        '    aws:',
        `      execution_role: ${runtimeArn}`,
        '      execution_role_auto_create: false',
        "      account: '111122223333'",
        '      region: us-east-1',
        '    codebuild:',
        `      execution_role: ${codebuildArn}`,
        '    entrypoint: a.py',
        ''
      ].join('\n')
    )
  })

  it('fills a key that has no value', () => {
    const source = `agents:\n  my_agent:\n    codebuild:\n      execution_role:\n      project_name: p\n`
    const after = update(source, { executionRoleArn: runtimeArn })
    expect(after).toContain(
      `    codebuild:\n      execution_role: ${codebuildArn}\n      project_name: p\n`
    )
  })

  it('writes the account id as a quoted string, even where it was a number', () => {
    const source = 'agents:\n  my_agent:\n    aws:\n      account: 111122223333\n'
    const after = update(source)
    expect(after).toContain("      account: '111122223333'\n")
    expect(parse(after).agents.my_agent.aws.account).toBe('111122223333')
  })

  it("keeps a value's quote style when it rewrites it", () => {
    const source = `agents:\n  my_agent:\n    aws:\n      region: "eu-west-1"\n      account: '999999999999'\n`
    const after = update(source)
    expect(after).toContain('      region: "us-east-1"\n')
    expect(after).toContain("      account: '111122223333'\n")
  })

  it('edits flow maps in place', () => {
    const source = `agents:\n  my_agent: {name: my_agent, aws: {region: "eu-west-1"}}\n`
    expect(update(source, { codebuildRoleArn: undefined })).toBe(
      `agents:\n  my_agent: {name: my_agent, aws: {region: "us-east-1", execution_role: ${runtimeArn}, ` +
        `execution_role_auto_create: false, account: '111122223333'}}\n`
    )
  })

  it('inserts after a block scalar without eating its line break', () => {
    const source =
      'agents:\n  my_agent:\n    aws:\n      notes: |\n        two\n        lines\nother: 1\n'
    const after = update(source, { codebuildRoleArn: undefined })
    expect(after).toBe(
      [
        'agents:',
        '  my_agent:',
        '    aws:',
        '      notes: |',
        '        two',
        '        lines',
        `      execution_role: ${runtimeArn}`,
        '      execution_role_auto_create: false',
        "      account: '111122223333'",
        '      region: us-east-1',
        'other: 1',
        ''
      ].join('\n')
    )
  })

  it('handles a file without a final line break', () => {
    const source = 'agents:\n  my_agent:\n    aws:\n      region: us-east-1'
    const after = update(source, { codebuildRoleArn: undefined })
    expect(parse(after).agents.my_agent.aws).toEqual({
      region: 'us-east-1',
      execution_role: runtimeArn,
      execution_role_auto_create: false,
      account: '111122223333'
    })
  })

  it('quotes a value that a YAML 1.1 reader would take for another type', () => {
    const source = 'agents:\n  my_agent:\n    aws:\n      region: us-east-1\n'
    expect(update(source, { region: 'no', codebuildRoleArn: undefined })).toContain(
      "      region: 'no'\n"
    )
  })

  it('refuses a value where a map is needed, naming the key and its position', () => {
    const source = 'agents:\n  my_agent:\n    aws: 12\n'
    expect(() => update(source)).toThrow(
      '.bedrock_agentcore.yaml:3:10: `agents.my_agent.aws` must be a map, found the number 12'
    )
  })

  it('refuses a file without the agent, listing the agents it has', () => {
    expect(() => update('agents:\n  first: {}\n  second: {}\n')).toThrow(
      /config-file \.bedrock_agentcore\.yaml:2:3: no agent `my_agent` under `agents` \(found: first, second\); run `agentcore configure -n my_agent \.\.\.` first/
    )
  })

  it('refuses a file without `agents`', () => {
    expect(() => update('# empty project\ndefault_agent: x\n')).toThrow(/no `agents` map/)
    expect(() => update('')).toThrow(/the file is not a map with an `agents` key/)
  })
})

describe('malformed files', () => {
  it.each([
    [
      'malformed.yaml',
      /^config-file .*\.bedrock_agentcore\.yaml:6:5: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/
    ],
    [
      'agents-list.yaml',
      /^config-file .*\.bedrock_agentcore\.yaml:3:3: `agents` must be a map of agent names, found a sequence$/
    ]
  ])(
    '%s: one-line error naming config-file, line and column; file untouched',
    async (name, message) => {
      const path = await fixtureCopy(name)
      const before = await readFile(path, 'utf8')
      const error: Error = await planConfigFileUpdate(path, roles).then(
        () => {
          throw new Error('expected a rejection')
        },
        (rejection: Error) => rejection
      )
      expect(error.message).toMatch(message)
      expect(error.message).not.toContain('\n')
      expect(await readFile(path, 'utf8')).toBe(before)
    }
  )

  it('a missing file is an error that says how to create it', async () => {
    await expect(planConfigFileUpdate(join(workDir, 'absent.yaml'), roles)).rejects.toThrow(
      /absent\.yaml: not found; run `agentcore configure -n my_agent \.\.\.` first/
    )
  })
})

describe('writeConfigFileUpdate', () => {
  it('writes the planned text, keeps the mode and leaves no temporary file', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    await chmod(path, 0o640)
    const update = await planConfigFileUpdate(path, roles)
    await writeConfigFileUpdate(update)
    expect(await readFile(path, 'utf8')).toBe(update.after)
    expect((await stat(path)).mode & 0o777).toBe(0o640)
    expect(await readdir(workDir)).toEqual(['.bedrock_agentcore.yaml'])
  })

  it('refuses to overwrite a file that changed since it was planned', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const update = await planConfigFileUpdate(path, roles)
    await writeFile(path, `${update.before}# edited meanwhile\n`)
    await expect(writeConfigFileUpdate(update)).rejects.toThrow(/changed on disk since it was read/)
    expect(await readFile(path, 'utf8')).toBe(`${update.before}# edited meanwhile\n`)
  })

  it('does not touch the file when nothing changed', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    await writeConfigFileUpdate(await planConfigFileUpdate(path, roles))
    const unchanged = await planConfigFileUpdate(path, roles)
    await rm(path)
    await writeConfigFileUpdate(unchanged)
    expect(await readdir(workDir)).toEqual([])
  })
})

describe('the config-file path', () => {
  it('resolves a relative path against the workspace, and reports it as given', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const update = await planConfigFileUpdate('.bedrock_agentcore.yaml', roles, workDir)
    expect(update.file).toBe(path)
    expect(update.path).toBe('.bedrock_agentcore.yaml')
    expect(update.diff.split('\n').slice(0, 2)).toEqual([
      '--- .bedrock_agentcore.yaml',
      '+++ .bedrock_agentcore.yaml'
    ])
    await writeConfigFileUpdate(update)
    expect(await readFile(path, 'utf8')).toBe(update.after)
  })

  it('a relative path resolves against GITHUB_WORKSPACE by default', async () => {
    const path = await fixtureCopy('toolkit.yaml')
    const saved = process.env.GITHUB_WORKSPACE
    process.env.GITHUB_WORKSPACE = workDir
    try {
      expect((await planConfigFileUpdate('.bedrock_agentcore.yaml', roles)).file).toBe(path)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = saved
    }
  })
})
