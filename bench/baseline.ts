// A second bundle to measure beside dist/index.js: the action as it was at an earlier commit, its
// committed dist/ (what GitHub ran then) extracted into a temp dir. The working tree is not touched.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface Baseline {
  label: string
  /** dist/index.js of the commit, chunks beside it. */
  entry: string
  remove(): void
}

export function buildBaseline(commit: string): Baseline {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  const sha = git('rev-parse', '--short', `${commit}^{commit}`).trim()
  const workDir = mkdtempSync(join(tmpdir(), `bench-baseline-${sha}-`))
  // The product of that commit: its committed dist/ (chunks and all), as GitHub would run it.
  const archive = execFileSync('git', ['archive', '--format=tar', sha, 'dist'], {
    cwd: REPO_ROOT,
    maxBuffer: 256 * 2 ** 20
  })
  execFileSync('tar', ['-x', '-C', workDir], { input: archive })
  return {
    label: `commit ${sha}`,
    entry: join(workDir, 'dist', 'index.js'),
    remove: () => rmSync(workDir, { recursive: true, force: true })
  }
}
