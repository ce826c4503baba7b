// Mode delete (and delete-dry-run) for the agents of a run: one read wave of every agent's roles
// and of the account's AgentCore runtimes (the in-use guard), one deletion plan per agent
// (plan/deletion.ts), the deletions (apply/deleteRoles.ts, mode delete only), then one config file
// change taking out the ARNs of the roles that are gone, and each agent's report, judged.
import { deleteRoles } from './apply/deleteRoles.ts'
import type { DesiredState } from './common/model.ts'
import { settle } from './common/settle.ts'
import { readCurrentState } from './current/currentState.ts'
import { withExistingRolePaths } from './desired/desiredState.ts'
import { buildDeletionPlan } from './plan/deletion.ts'
import { settleConfigFile, type RunContext } from './reconcile.ts'
import { describeFailure } from './report/failure.ts'
import type { RunReport } from './report/runReport.ts'
import { judge, type RunFacts } from './report/verdict.ts'

export async function removeAgents(
  context: RunContext,
  guessed: DesiredState[]
): Promise<RunReport[]> {
  const { inputs, tool, iam } = context
  const deleting = inputs.mode === 'delete'
  const configPath = inputs.configFile
  const [reads, inUse] = await Promise.all([
    Promise.all(
      guessed.map((state) => settle(readCurrentState(iam, state, context.managedPolicies)))
    ),
    context.runtimesInUse,
    // The config file is read and checked before any deletion: a malformed file changes nothing.
    configPath ? tool.planConfigFileRemoval(configPath, []) : undefined
  ])
  const firstFailure = reads.find((read) => !read.ok)
  if (guessed.length === 1 && firstFailure && !firstFailure.ok) throw firstFailure.error
  const planned = reads.map((read, index) => {
    if (!read.ok) return undefined
    const desired = withExistingRolePaths(guessed[index] as DesiredState, read.value)
    const plan = buildDeletionPlan(desired, read.value, inUse, {
      deleteInUse: inputs.deleteInUse
    })
    return { desired, current: read.value, plan }
  })
  const writes = await Promise.all(
    planned.map((agent) =>
      agent && deleting ? settle(deleteRoles(iam, agent.plan)) : Promise.resolve(undefined)
    )
  )
  const writeFailure = writes.find((write) => write?.ok === false)
  if (guessed.length === 1 && writeFailure && !writeFailure.ok) throw writeFailure.error

  // The file drops the ARNs of roles that are gone: deleted now, or absent already (a run killed
  // after the deletion and before the write completes here).
  const removals = planned.flatMap((agent, index) =>
    agent && writes[index]?.ok !== false
      ? [
          {
            agentName: agent.desired.agentName,
            arns: agent.plan.roles
              .filter((role) => role.status === 'delete' || role.status === 'absent')
              .map((role) => role.arn)
          }
        ]
      : []
  )
  const update = configPath ? await tool.planConfigFileRemoval(configPath, removals) : undefined
  const configFile = await settleConfigFile(tool, update, deleting)

  const orphans = await context.orphans
  return guessed.map((state, index) => {
    const agent = planned[index]
    const failure = [reads[index], writes[index]].find((result) => result?.ok === false)
    const facts: RunFacts = {
      tool: tool.id,
      mode: inputs.mode,
      agentName: state.agentName,
      region: state.region,
      accountId: state.accountId,
      plan: agent
        ? { ...agent.plan, roles: agent.plan.roles.map((role) => ({ ...role, diff: '' })) }
        : { roles: [], changed: false },
      applied: deleting && agent !== undefined && writes[index]?.ok === true,
      ...(configFile ? { configFile } : {}),
      // The run's roles left over, once: on its first agent's report.
      ...(orphans && index === 0 ? { orphans } : {}),
      broadGrants: []
    }
    const judged = judge(facts, inputs)
    return failure && !failure.ok
      ? { ...facts, ...judged, errors: [describeFailure(failure.error), ...judged.errors] }
      : { ...facts, ...judged }
  })
}
