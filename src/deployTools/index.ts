// The deploy tools this action prepares roles for, by id. Today: the starter toolkit.
import type { DeployTool, DeployToolId } from './deployTool.ts'
import { starterToolkit } from './starterToolkit/starterToolkit.ts'

const TOOLS: Record<DeployToolId, DeployTool> = { 'starter-toolkit': starterToolkit }

/** The deploy tool of a run (the starter toolkit when none is named). */
export function deployToolOf(id: DeployToolId = 'starter-toolkit'): DeployTool {
  return TOOLS[id]
}
