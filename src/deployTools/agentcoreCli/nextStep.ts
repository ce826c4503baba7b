// What runs after this action for the new AgentCore CLI: `agentcore deploy` of the target, which
// reads the role ARN from agentcore.json (written by mode apply) and deploys without prompting.
import type { NextStepFacts } from '../deployTool.ts'

export function cliNextStepCommands(facts: NextStepFacts): string[] {
  const target = facts.target ?? '<target>'
  const deploy = `agentcore deploy --target ${target} --yes`
  if (facts.configFile) return [deploy]
  const runtime = facts.roles.find((role) => role.kind === 'runtime')
  return [
    `# set runtimes[${facts.agentName}].executionRoleArn in agentcore/agentcore.json to ${runtime?.arn ?? 'the role ARN'}`,
    deploy
  ]
}
