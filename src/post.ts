// The post step: at the end of the job, clears the AWS_* variables the main step exported, so the
// job's later post steps (and anything else that still runs) no longer act as the deployer.
// `cleanup-credentials: false` keeps them. It clears only what the main step recorded exporting
// (runner state), never variables an earlier step set.
import * as core from '@actions/core'
import * as log from './common/log.ts'
import { EXPORTED_STATE } from './credentials/exportedState.ts'

export function runPost(): void {
  try {
    const exported = core.getState(EXPORTED_STATE)
    const names: unknown = exported ? JSON.parse(exported) : []
    if (!Array.isArray(names) || names.length === 0) return
    // The main step has validated the input already (a boolean, as core.getBooleanInput reads it).
    if (['false', 'False', 'FALSE'].includes(core.getInput('cleanup-credentials').trim())) {
      log.info(
        `cleanup-credentials is false: ${names.join(', ')} stay set for the rest of the job.`
      )
      return
    }
    // The toolkit cannot unset a variable; the AWS SDKs and CLI treat an empty one as unset.
    for (const name of names) {
      if (typeof name === 'string' && /^AWS_[A-Z_]+$/.test(name)) core.exportVariable(name, '')
    }
    log.info(`Cleared ${names.join(', ')} for the rest of the job.`)
  } catch (error) {
    log.warning(
      `The post step could not clear the exported AWS credentials: ${(error as Error).message}`
    )
  }
}

runPost()
