// What a release needs besides working code: Marketplace-ready metadata, a post step that is
// bundled, the self-test and release workflows, and the files users and Dependabot look for.
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const action = parse(read('action.yml')) as {
  name: string
  description: string
  author?: string
  branding?: { icon?: string; color?: string }
  runs: { using: string; main: string; post?: string }
}

describe('action.yml for the Marketplace', () => {
  it('has a name and a description within the Marketplace limits', () => {
    expect(action.name.length).toBeGreaterThan(0)
    expect(action.name.length).toBeLessThanOrEqual(64)
    expect(action.description.length).toBeLessThan(125)
    expect(action.author).toBeTruthy()
  })

  it('has branding the Marketplace accepts', () => {
    expect([
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark'
    ]).toContain(action.branding?.color)
    // Feather icons GitHub's branding accepts; shield is one of them.
    expect(action.branding?.icon).toBe('shield')
  })

  it('runs the committed bundles on node24, with a post step that runs whatever happened', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()'
    })
    expect(existsSync(new URL('../dist/post/index.js', import.meta.url))).toBe(true)
  })
})

describe('dist/, readable by whoever runs it with their AWS credentials', () => {
  const bundles = ['dist/index.js', 'dist/post/index.js'].map((path) => ({
    path,
    text: read(path)
  }))

  it('is not minified: lines of ordinary length', () => {
    for (const { path, text } of bundles) {
      const lines = text.split('\n')
      const long = lines.filter((line) => line.length > 300).length
      expect({ path, lines: lines.length > 1000, longLines: long / lines.length < 0.002 }).toEqual({
        path,
        lines: true,
        longLines: true
      })
    }
  })

  it("keeps the action's own code as written: names and comments", () => {
    const [main] = bundles
    const source = read('src/report/verdict.ts')
    const exported = [...source.matchAll(/^export function (\w+)\(/gm)].map(([, name]) => name)
    expect(exported.length).toBeGreaterThan(3)
    for (const name of exported) expect(main?.text).toContain(`function ${name}(`)
    expect(main?.text).toContain(
      '/** One glance: failed beats pending beats applied beats up to date. */'
    )
  })

  it('is marked as generated, and names the licence of every bundled package', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true$/m)
    expect(read('dist/licenses.txt')).toContain('@aws-sdk/client-iam')
  })
})

describe('repository files', () => {
  it('has a security policy, dependency updates for npm and actions, and a release workflow', () => {
    expect(read('SECURITY.md')).toContain('Report a vulnerability')
    const dependabot = parse(read('.github/dependabot.yml')) as {
      updates: Array<{ 'package-ecosystem': string }>
    }
    expect(dependabot.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm'
    ])
    const release = parse(read('.github/workflows/release.yml')) as {
      on: { push?: { tags?: string[] } }
      permissions: Record<string, string>
      jobs: Record<
        string,
        { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }
      >
    }
    expect(release.on.push?.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    const runs = Object.values(release.jobs).flatMap((job) =>
      job.steps.map((step) => step.run ?? '')
    )
    expect(runs.some((run) => run.includes('npm ci && npm test'))).toBe(true)
    expect(runs.some((run) => run.includes('git tag -f "$MAJOR"'))).toBe(true)
    // Provenance of what runners execute, attested after the tests and before the release exists.
    const steps = Object.values(release.jobs).flatMap((job) => job.steps)
    const attest = steps.findIndex((step) =>
      step.uses?.startsWith('actions/attest-build-provenance@')
    )
    expect(steps[attest]?.with?.['subject-path']).toBe('dist/*')
    expect(attest).toBeGreaterThan(steps.findIndex((step) => step.run?.includes('npm test')))
    expect(attest).toBeLessThan(steps.findIndex((step) => step.run?.includes('gh release create')))
    expect(release.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' })
  })

  it('has a CHANGELOG entry for the version in package.json', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string }
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm')
    )
  })
})
