// What runs after this action for the starter toolkit: `agentcore configure` with the role ARNs
// (unless a config file already carries them), then `agentcore deploy`.
import type { NextStepFacts } from '../deployTool.ts'

/** A shell word: as is when it holds no shell metacharacter, else single-quoted. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`
}

/** The command that chains into the toolkit, ARNs filled in (flags of the starter toolkit CLI). */
export function nextStepCommands(report: NextStepFacts): string[] {
  const runtime = report.roles.find((role) => role.kind === 'runtime')
  const codebuild = report.roles.find((role) => role.kind === 'codebuild')
  // `agentcore deploy` is the toolkit's command today (CodeBuild by default); docs/usage.md has
  // the older spellings.
  const deploy = 'agentcore deploy'
  if (report.configFile) return [deploy]
  const configure = [
    'agentcore configure -e <entrypoint.py>',
    `-n ${shellWord(report.agentName)}`,
    `-r ${shellWord(report.region)}`,
    ...(runtime ? [`-er ${shellWord(runtime.arn)}`] : []),
    ...(codebuild ? [`-cber ${shellWord(codebuild.arn)}`] : []),
    '--non-interactive'
  ]
  return [configure.join(' '), deploy]
}
