// A second bundle to measure beside dist/index.js: the action as it was at an earlier commit,
// built from that commit's src/ with the same ncc flags as `npm run bundle`, into a temp dir.
// The working tree is not touched.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { node24Path } from '../test-support/node24.ts'

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
  for (const path of [
    'package.json',
    'tsconfig.json',
    ...git('ls-tree', '-r', '--name-only', sha, 'src').split('\n').filter(Boolean)
  ]) {
    mkdirSync(join(workDir, path, '..'), { recursive: true })
    writeFileSync(join(workDir, path), git('show', `${sha}:${path}`))
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir')
  execFileSync(
    node24Path(),
    [
      join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'src/index.ts',
      '--minify',
      '--quiet',
      '--out',
      'dist'
    ],
    { cwd: workDir, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  writeFileSync(join(workDir, 'dist', 'package.json'), '{ "type": "module" }\n')
  return {
    label: `commit ${sha}`,
    entry: join(workDir, 'dist', 'index.js'),
    remove: () => rmSync(workDir, { recursive: true, force: true })
  }
}
