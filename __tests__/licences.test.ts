// dist/ bundles only permissively licensed code, and dist/licenses.txt names every package in it,
// the on-demand chunks' included (scripts/bundle.mjs writes it from webpack's stats).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const DIST = join(process.cwd(), 'dist')

/** name -> licence of each entry: a name line, a licence line, the text, a blank line. */
function licences(file: string): Map<string, string> {
  const entries = new Map<string, string>()
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let index = 0; index < lines.length; index++) {
    const previous = index === 0 ? '' : lines[index - 1]
    const line = lines[index] as string
    if (previous === '' && /^(@[a-z0-9._-]+\/)?[a-z0-9._-]+$/.test(line)) {
      entries.set(line, lines[index + 1] ?? '')
    }
  }
  return entries
}

describe('dist/licenses.txt', () => {
  const entries = licences(join(DIST, 'licenses.txt'))

  it('names the packages of the entry file and of every chunk', () => {
    for (const name of [
      '@actions/core',
      '@aws-sdk/client-iam',
      '@aws-sdk/client-sts',
      'diff',
      'p-limit',
      // On-demand chunks: yaml, Octokit, undici.
      'yaml',
      '@octokit/core',
      'undici'
    ]) {
      expect(entries.has(name)).toBe(true)
    }
    expect(
      readdirSync(DIST).filter((file) => /^\d+\.index\.js$/.test(file)).length
    ).toBeGreaterThan(0)
  })

  it('has no GPL or AGPL code', () => {
    expect(entries.size).toBeGreaterThan(20)
    for (const [name, licence] of entries) {
      expect(`${name}: ${licence}`).not.toMatch(/\bA?GPL/)
    }
  })
})
