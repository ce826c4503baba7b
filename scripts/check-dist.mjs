// dist/ is the product GitHub runs: it must equal a fresh bundle of src/.
// Bundles into a temporary folder and compares file by file with the committed dist/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/check-dist.mjs

Bundles src/ into a temporary folder exactly as npm run bundle does and fails, naming the files,
when the committed dist/ differs from it.`)
  process.exit(0)
}

const fresh = mkdtempSync(join(tmpdir(), 'dist-check-'))
try {
  // Exactly as `npm run bundle` does: the main step, its chunks, the post step, the licences.
  execFileSync(process.execPath, ['scripts/bundle.mjs', fresh], { stdio: 'inherit' })
  // Files only, sub-folders (dist/post/) included.
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
          .sort()
      : []
  const expected = list(fresh)
  const committed = list('dist')
  const problems = []
  for (const name of new Set([...expected, ...committed])) {
    const a = join(fresh, name)
    const b = join('dist', name)
    if (!existsSync(b)) problems.push(`missing from dist/: ${name}`)
    else if (!existsSync(a)) problems.push(`stale file in dist/: ${name}`)
    else if (!readFileSync(a).equals(readFileSync(b)))
      problems.push(`differs from a fresh bundle: dist/${name}`)
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    console.error('dist/ is out of date with src/: run `npm run bundle` and commit dist/.')
    process.exit(1)
  }
  console.log(`dist/ matches a fresh bundle of src/ (${expected.length} files).`)
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
