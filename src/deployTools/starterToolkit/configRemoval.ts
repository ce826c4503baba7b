// Mode delete's change to `.bedrock_agentcore.yaml`: the ARNs of deleted roles become `null` again
// (what the toolkit writes for "no role"), at `agents.<agent>.aws.execution_role` and
// `codebuild.execution_role`, only where the file names exactly a deleted role. Spliced in place,
// so comments, order and quoting stay; an agent the file does not list changes nothing.
import { isMap, isScalar, parseDocument } from 'yaml'
import { workspaceRoot } from '../../common/workspaceFile.ts'
import { plannedUpdate, readConfigFileText } from '../configFiles.ts'
import type { ConfigFileUpdate } from '../deployTool.ts'
import { applyEdits, type TextEdit } from './yamlEdit.ts'

const ROLE_KEYS = [
  ['aws', 'execution_role'],
  ['codebuild', 'execution_role']
] as const

/** Pure: the text with each agent's keys naming a deleted role set to null. */
export function withoutRoleArns(
  source: string,
  removals: Array<{ agentName: string; arns: string[] }>
): string {
  const doc = parseDocument(source)
  if (doc.errors.length > 0 || !isMap(doc.contents)) return source
  const agents = doc.contents.get('agents', true)
  if (!isMap(agents)) return source
  const edits: TextEdit[] = []
  for (const { agentName, arns } of removals) {
    const agent = agents.get(agentName, true)
    if (!isMap(agent)) continue
    for (const path of ROLE_KEYS) {
      const node = agent.getIn([...path], true)
      if (
        isScalar(node) &&
        node.range &&
        typeof node.value === 'string' &&
        arns.includes(node.value)
      ) {
        edits.push({ start: node.range[0], end: node.range[1], text: 'null' })
      }
    }
  }
  return edits.length > 0 ? applyEdits(source, edits) : source
}

export async function planConfigFileRemoval(
  path: string,
  removals: Array<{ agentName: string; arns: string[] }>,
  workspace = workspaceRoot()
): Promise<ConfigFileUpdate> {
  const { file, text: before } = await readConfigFileText(path, workspace, (error) => error.reason)
  return plannedUpdate(path, file, before, withoutRoleArns(before, removals))
}
