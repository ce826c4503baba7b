import * as core from '@actions/core'

/** Runs the action: inputs -> credentials -> desired -> current -> plan -> apply -> report. */
export async function run(): Promise<void> {
  core.setFailed('agentcore-role-action: not yet implemented')
}
