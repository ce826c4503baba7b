// The outcome of a run, in the one shape every reporter reads: outputs, the log, the job summary,
// annotations and the pull-request comment. Built once by the pipeline (src/main.ts), judged once
// (verdict.ts), rendered by outline.ts into Markdown and text.
import type { BootstrapCheckResult } from '../checks/cdkBootstrap.ts'
import type { DeployPermissionsResult } from '../checks/deployPermissions.ts'
import type { NewAccessAnswer } from '../checks/newAccess.ts'
import type { PolicyValidationResult } from '../checks/policyValidation.ts'
import type { OrphanReport } from '../current/orphans.ts'
import type { DeployToolId, Mode, PassRoleResult, ReportedPlan } from '../common/model.ts'

export interface ConfigFileReport {
  path: string
  changed: boolean
  /** True once the change is on disk (apply); false when it is only shown (dry-run, verify). */
  written: boolean
  /** Unified diff of the change; '' when unchanged. */
  diff: string
}

export interface RunReport {
  /** The deploy tool the roles are for; default the starter toolkit. */
  tool?: DeployToolId
  /** Where the deploy tool deploys to (the new CLI's aws-targets.json target), if it says. */
  target?: string
  mode: Mode
  agentName: string
  region: string
  accountId: string
  /** The plan, each role with its diff. */
  plan: ReportedPlan
  /** True when the apply stage ran: statuses read as done (created), not pending (would create). */
  applied: boolean
  /** Absent when the PassRole check is off (check-pass-role: false). */
  passRole?: PassRoleResult
  /** The new CLI: the CDK bootstrap that deploys (and passes the role); absent for the toolkit. */
  bootstrap?: BootstrapCheckResult
  /** Absent when check-deploy-permissions is off. */
  deployPermissions?: DeployPermissionsResult
  /** Absent when no config-file was given. */
  configFile?: ConfigFileReport
  /** IAM Access Analyzer's ValidatePolicy on the policies the action writes (validate-policies). */
  validation?: PolicyValidationResult
  /** Dry-run: whether each change grants new access (CheckNoNewAccess). */
  newAccess?: NewAccessAnswer[]
  /** The models input: inference profiles granted in their documented regions, one line each. */
  modelNotes?: string[]
  /** With a config file: roles this action made for agents the file no longer declares. */
  orphans?: OrphanReport
  /** Why the step fails, most important first (verdict.ts); empty when it succeeds. */
  errors: string[]
  /** The step fails only because changes are pending (verdict.ts): reported as such. */
  failsOnPendingOnly?: boolean
  /** What the summary and the log list as warnings (verdict.ts). */
  warnings: string[]
  /** extra-policy statements the user allowed although they are broad (allow-broad-extra-policy). */
  broadGrants: string[]
  /** Warnings that are annotations only: what a read-only run leaves pending (verdict.ts). */
  pendingWarnings?: string[]
}
