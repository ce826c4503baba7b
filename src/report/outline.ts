// The report's outline, decided once: which sections a run's report has, in which order, and their
// words. The Markdown renderer (job summary, PR comment) and the text renderer (log) lay it out.
import { roleNameOfArn } from '../common/arn.ts'
import type { PolicyDocument, PolicyStatement, RolePlan } from '../common/model.ts'
import { nextStepCommandsOf } from '../deployTools/index.ts'
import type { RunReport } from './runReport.ts'
import { blockingRisks, failsOnPendingOnly, headlineOf, verdictOf } from './verdict.ts'
import { describeRisk } from '../policy/risks.ts'
import {
  configFileState,
  describeChange,
  describeDeniedPermission,
  MODE_LABEL,
  PASS_ROLE_LABEL,
  ROLE_LABEL,
  statusLabel,
  type Verdict
} from './wording.ts'
import { isDeleteMode, POLICY_VERSION } from '../common/model.ts'
import { policyChecksSection, type PolicyChecksSection } from './policyChecksSection.ts'
import { leftoversSection, type LeftoversSection } from './leftoversSection.ts'

export interface RoleSection {
  label: string
  name: string
  arn: string
  status: string
  passRole: string
  changes: string[]
  findings: string[]
  diff: string
  /** What the owner of a role the action may not write should add to it. */
  missing?: MissingStatement
}

/** A statement to add, and to whose policy. */
export interface MissingStatement {
  principal: string
  json: string
}

export interface Outline {
  verdict: Verdict
  headline: string
  /** `Errors`, or `Why the step fails` when only pending changes fail it. */
  errorsHeading: string
  agentName: string
  modeLabel: string
  accountId: string
  region: string
  errors: string[]
  broadGrants: string[]
  /** Dangerous statements on the roles, worded as risks: `Runtime role X: trust policy, …`. */
  risks: Array<{ text: string; state: 'blocking' | 'accepted' | 'replaced' }>
  roles: RoleSection[]
  passRole?: {
    decision: string
    label: string
    reason: string
    toolkitPattern: string[]
    missing?: MissingStatement
    explicitDeny: Array<{ policy: string; sid?: string }>
    cannotSee: string[]
  }
  /** The new CLI's CDK bootstrap: who deploys, and whether the caller may use it. */
  bootstrap?: {
    status: string
    label: string
    lines: string[]
    missing?: MissingStatement
  }
  /** IAM Access Analyzer: validation findings, and (dry-run) whether changes grant new access. */
  policyChecks?: PolicyChecksSection
  /** Roles this action made for agents the config file no longer declares. */
  leftovers?: LeftoversSection
  deployPermissions?: {
    status: string
    label: string
    reason: string
    denied: string[]
    missing?: MissingStatement
  }
  configFile?: { path: string; state: string; diff?: string }
  /** Absent when the run failed. */
  nextStep?: { afterApply: boolean; commands: string[] }
  warnings: string[]
}

/** What to add, and to whose policy, as the report shows it. */
function missingOf(principal: string, added: PolicyStatement | PolicyDocument): MissingStatement {
  return { principal, json: JSON.stringify(added, null, 2) }
}

function passRoleOf(report: RunReport, role: RolePlan): string {
  if (!report.passRole) return 'not checked'
  const result = report.passRole.roles.find((entry) => entry.kind === role.kind)
  return result ? PASS_ROLE_LABEL[result.decision] : PASS_ROLE_LABEL.unknown
}

function passRoleSection(report: RunReport): Outline['passRole'] {
  const result = report.passRole
  if (!result) return undefined
  const label =
    result.decision === 'allowed'
      ? PASS_ROLE_LABEL.allowed
      : result.decision === 'denied'
        ? '❌ denied'
        : PASS_ROLE_LABEL.unknown
  return {
    decision: result.decision,
    label,
    reason: result.reason,
    toolkitPattern: (result.toolkitPattern ?? []).map(
      (pattern) =>
        `roles named ${pattern.resource} → ${pattern.service}: ${PASS_ROLE_LABEL[pattern.decision]}`
    ),
    ...(result.decision === 'denied' && result.missingStatement
      ? { missing: missingOf(result.principalArn ?? result.callerArn, result.missingStatement) }
      : {}),
    explicitDeny: (result.explicitDeny ?? []).map((statement) => ({
      policy: statement.sourcePolicyId,
      ...(statement.sid ? { sid: statement.sid } : {})
    })),
    cannotSee: result.localEvaluation?.cannotSee ?? []
  }
}

function bootstrapSection(report: RunReport): Outline['bootstrap'] {
  const result = report.bootstrap
  if (!result) return undefined
  const { assumeRole } = result
  const missing = result.missingRoles.length > 0
  const status = missing ? 'missing' : assumeRole.decision
  const label = missing
    ? '⚠️ not found'
    : assumeRole.decision === 'denied'
      ? '❌ denied'
      : PASS_ROLE_LABEL[assumeRole.decision === 'allowed' ? 'allowed' : 'unknown']
  return {
    status,
    label,
    lines: [
      `qualifier ${result.qualifier}; CloudFormation passes the runtime role as ${result.cfnExecRoleArn}`,
      ...(missing
        ? [`missing: ${result.missingRoles.join(', ')}; run \`${result.fixCommand}\``]
        : []),
      ...assumeRole.roles.map(
        (role) =>
          `the caller assumes ${roleNameOfArn(role.arn) ?? role.arn}: ${PASS_ROLE_LABEL[role.decision]}`
      ),
      assumeRole.reason
    ],
    ...(assumeRole.missingStatement
      ? { missing: missingOf(assumeRole.principalArn ?? 'the caller', assumeRole.missingStatement) }
      : {})
  }
}

function deployPermissionsSection(report: RunReport): Outline['deployPermissions'] {
  const result = report.deployPermissions
  if (!result) return undefined
  const label =
    result.status === 'unknown'
      ? PASS_ROLE_LABEL.unknown
      : result.denied.length === 0
        ? PASS_ROLE_LABEL.allowed
        : `❌ ${result.denied.length} denied`
  return {
    status: result.status,
    label,
    reason: result.reason,
    denied: result.denied.map(describeDeniedPermission),
    ...(result.missingStatements.length > 0
      ? {
          // The statements to add, as a policy document: pasted whole, or statement by statement.
          missing: missingOf(result.principalArn ?? 'the caller', {
            Version: POLICY_VERSION,
            Statement: result.missingStatements
          })
        }
      : {})
  }
}

function risksOf(report: RunReport): Outline['risks'] {
  return report.plan.roles.flatMap((role) =>
    role.risks.map((risk) => ({
      text: `${ROLE_LABEL[role.kind]} role ${role.name}: ${describeRisk(risk)}`,
      state: risk.accepted
        ? ('accepted' as const)
        : report.applied && risk.replacedByApply
          ? ('replaced' as const)
          : ('blocking' as const)
    }))
  )
}

export function outlineOf(report: RunReport): Outline {
  const verdict = verdictOf(report)
  const configFile = report.configFile
  return {
    verdict,
    headline: headlineOf(report),
    errorsHeading: failsOnPendingOnly(report) ? 'Why the step fails' : 'Errors',
    agentName: report.agentName,
    modeLabel: MODE_LABEL[report.mode],
    accountId: report.accountId,
    region: report.region,
    errors: report.errors,
    broadGrants: report.broadGrants,
    risks: risksOf(report),
    roles: report.plan.roles.map((role) => ({
      label: ROLE_LABEL[role.kind],
      name: role.name,
      arn: role.arn,
      status:
        blockingRisks(role, report.applied).length > 0
          ? '❌ dangerous (see Risks)'
          : statusLabel(role.status, report.applied),
      passRole: passRoleOf(report, role),
      changes: role.changes.map((change) => describeChange(change, report.applied)),
      findings: role.findings,
      diff: role.diff,
      ...(role.missingPolicy ? { missing: missingOf(role.arn, role.missingPolicy) } : {})
    })),
    passRole: passRoleSection(report),
    bootstrap: bootstrapSection(report),
    deployPermissions: deployPermissionsSection(report),
    policyChecks: policyChecksSection(report),
    leftovers: leftoversSection(report),
    ...(configFile
      ? {
          configFile: {
            path: configFile.path,
            state: configFileState(configFile.changed, configFile.written),
            ...(configFile.changed ? { diff: configFile.diff } : {})
          }
        }
      : {}),
    ...(verdict !== 'failed' && !isDeleteMode(report.mode)
      ? {
          nextStep: {
            afterApply: verdict === 'drift-pending',
            commands: nextStepCommandsOf(report.tool ?? 'starter-toolkit', {
              agentName: report.agentName,
              region: report.region,
              ...(report.target !== undefined ? { target: report.target } : {}),
              roles: report.plan.roles,
              configFile: report.configFile !== undefined
            })
          }
        }
      : {}),
    warnings: report.warnings
  }
}
