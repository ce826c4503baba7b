// Bundles the action as GitHub runs it: dist/index.js (with the chunks its rarely used parts load
// on demand: the policy engine, yaml, Octokit, undici) and dist/post/index.js, with ncc, not
// minified (whoever runs it with their AWS credentials can read it; bench/ measured no cost), and
// dist/licenses.txt (dist/post/licenses.txt) naming every bundled package with its licence.
//
// ncc (its Node API) builds; its own license option lists only the packages of the on-demand
// chunks once there are any, so the licences come from webpack's stats of the build instead: every
// module of every chunk.
//   node scripts/bundle.mjs [OUT_DIR]      (default dist; check-dist bundles into a temp dir)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/bundle.mjs [OUT_DIR]

Bundles src/ as GitHub runs it (ncc): OUT_DIR/index.js with its on-demand chunks, OUT_DIR/post/,
and the licence files of every bundled package. OUT_DIR defaults to dist.`)
  process.exit(0)
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = createRequire(import.meta.url)('@vercel/ncc')
const out = resolve(process.argv[2] ?? join(ROOT, 'dist'))

/** Every module path of a webpack stats module tree (concatenated modules included). */
function* modulePaths(modules) {
  for (const module of modules ?? []) {
    if (module.nameForCondition) yield module.nameForCondition
    yield* modulePaths(module.modules)
  }
}

/** The package directory of a file inside node_modules (the innermost one). */
function packageDirOf(file) {
  const parts = file.split('/')
  const index = parts.lastIndexOf('node_modules')
  if (index < 0) return undefined
  const length = parts[index + 1]?.startsWith('@') ? 3 : 2
  return parts.slice(0, index + length).join('/')
}

function licenceEntry(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN')
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.[a-z]+)?$/i.test(name))
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
  return { name: pkg.name, text: [pkg.name, licence, text].filter(Boolean).join('\n') }
}

async function bundle(entry, dir) {
  // ESM builds first (`module`, as webpack resolves by default): the AWS SDK's dist-es lets
  // webpack drop the IAM commands and schemas the action never sends, and load the SDK's
  // credential providers only when the default chain runs.
  const { code, assets, stats } = await ncc(join(ROOT, entry), {
    minify: false,
    quiet: true,
    mainFields: ['module', 'main']
  })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), asset.source)
  }
  const dirs = new Set()
  for (const path of modulePaths(stats.toJson({ modules: true }).modules)) {
    const packageDir = packageDirOf(path)
    if (packageDir && existsSync(join(packageDir, 'package.json'))) dirs.add(packageDir)
  }
  const entries = [...dirs].map(licenceEntry).sort((a, b) => a.name.localeCompare(b.name))
  const unique = entries.filter(
    (item, index) => entries.findIndex((other) => other.name === item.name) === index
  )
  writeFileSync(join(dir, 'licenses.txt'), unique.map((item) => item.text).join('\n\n') + '\n')
}

rmSync(out, { recursive: true, force: true })
await bundle('src/index.ts', out)
await bundle('src/post.ts', join(out, 'post'))
