// The roles left over, in the report's words: each with its agent and last use, and the exact
// workflow step that removes them (mode delete, for those agents).
import type { LeftoverRole, OrphanReport } from '../current/orphans.ts'
import type { RunReport } from './runReport.ts'

export interface LeftoversSection {
  lines: string[]
  /** The step that deletes them, as YAML; absent when there is nothing left over. */
  step?: string
}

const lineOf = (role: LeftoverRole) =>
  `${role.name}: agent ${role.agent}, last used ${role.lastUsed ?? 'never'}` +
  (role.untagged ? ' (made before repository tags: check it is this repository’s)' : '')

/** `uses:` as the runner names this action, else the README's placeholder. */
function usesOf(env: NodeJS.ProcessEnv): string {
  const repository = env['GITHUB_ACTION_REPOSITORY'] ?? ''
  const ref = env['GITHUB_ACTION_REF'] ?? ''
  return /^[\w.-]+\/[\w.-]+$/.test(repository) && /^[\w./-]+$/.test(ref)
    ? `${repository}@${ref}`
    : 'org/agentcore-role-action@v1'
}

export function leftoversSection(
  report: RunReport,
  env: NodeJS.ProcessEnv = process.env
): LeftoversSection | undefined {
  const orphans: OrphanReport | undefined = report.orphans
  if (!orphans || orphans.status !== 'read' || orphans.roles.length === 0) return undefined
  const agents = [...new Set(orphans.roles.map((role) => role.agent))].sort()
  // The role this run assumed, when it reads as a role ARN (the runner passes it as INPUT_*).
  const role = (env['INPUT_ROLE-TO-ASSUME'] ?? '').trim()
  const step = [
    '- uses: ' + usesOf(env),
    '  with:',
    ...(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role)
      ? [`    role-to-assume: ${role}`]
      : []),
    '    mode: delete',
    `    aws-region: ${report.region}`,
    `    agent-name: ${agents.join(', ')}`,
    ...(report.tool === 'agentcore-cli' && report.configFile
      ? [`    config-file: ${report.configFile.path}`]
      : [])
  ].join('\n')
  return { lines: orphans.roles.map(lineOf), step }
}
