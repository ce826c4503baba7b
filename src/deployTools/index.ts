// The deploy tools this action prepares roles for: the starter toolkit, and the new AgentCore CLI
// (selected by a config-file named agentcore.json, whose project it reads first).
import type { ActionInputs } from '../common/model.ts'
import { loadAgentcoreCli } from './agentcoreCli/agentcoreCli.ts'
import { cliNextStepCommands } from './agentcoreCli/nextStep.ts'
import type { DeployTool, DeployToolId, NextStepFacts } from './deployTool.ts'
import { loadStarterToolkit, starterToolkit } from './starterToolkit/starterToolkit.ts'

/** The deploy tool of a run, its config file read and checked (no AWS call). */
export function loadDeployTool(inputs: ActionInputs): Promise<DeployTool> {
  return inputs.deployTool === 'agentcore-cli'
    ? loadAgentcoreCli(inputs)
    : loadStarterToolkit(inputs)
}

/** The starter toolkit, the tool of the pure-core tests. */
export function deployToolOf(): DeployTool {
  return starterToolkit
}

const NEXT_STEP: Record<DeployToolId, (facts: NextStepFacts) => string[]> = {
  'starter-toolkit': starterToolkit.nextStepCommands,
  'agentcore-cli': cliNextStepCommands
}

/** The commands that run after this action, for a report of either tool. */
export function nextStepCommandsOf(id: DeployToolId, facts: NextStepFacts): string[] {
  return NEXT_STEP[id](facts)
}
