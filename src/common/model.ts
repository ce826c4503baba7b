// The action's shared vocabulary: the types each stage hands to the next.
// inputs (validated) -> desired state -> current state -> plan -> apply -> report.

import type { AwsCredentialIdentity } from '@smithy/types'
import type { ModelRef } from '../inputs/models.ts'

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov'
export type Mode = 'apply' | 'dry-run' | 'verify' | 'delete' | 'delete-dry-run'

/** The modes that remove roles (mode delete) or show what it would remove. */
export const isDeleteMode = (mode: Mode): boolean => mode === 'delete' || mode === 'delete-dry-run'
export type DeploymentType = 'container' | 'direct_code_deploy'
export type Protocol = 'HTTP' | 'MCP' | 'A2A'
export type RoleKind = 'runtime' | 'codebuild'
/** The tools this action prepares roles for (src/deployTools/). */
export type DeployToolId = 'starter-toolkit' | 'agentcore-cli'

/** Every input of action.yml, parsed and validated in one place (src/inputs.ts). */
/** IAM Access Analyzer's policy validation finding types. */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION'
export const FINDING_TYPES: readonly FindingType[] = [
  'ERROR',
  'SECURITY_WARNING',
  'WARNING',
  'SUGGESTION'
]

export interface ActionInputs {
  /** The tool that deploys the agent, from config-file: the starter toolkit or the new CLI. */
  deployTool: DeployToolId
  /** The CDK bootstrap qualifier of the new CLI's account (cdk-qualifier). */
  cdkQualifier: string
  /** The first agent of agentNames (the only one, unless several are given). */
  agentName: string
  /** The agents of this step: names, or ['*'] for every agent of config-file. */
  agentNames: string[]
  region: string
  partition: Partition
  /** Role ARN to assume with the workflow's OIDC token; undefined: use ambient credentials. */
  roleToAssume?: string
  audience: string
  roleSessionName: string
  roleDurationSeconds: number
  mode: Mode
  failOnDrift: boolean
  /** Existing role (name or ARN) to verify instead of the toolkit-named runtime role. */
  executionRole?: string
  /** Existing role (name or ARN) to verify instead of the toolkit-named CodeBuild role. */
  codebuildRole?: string
  createCodebuildRole: boolean
  deploymentType: DeploymentType
  protocol: Protocol
  memoryId?: string
  ecrRepository?: string
  permissionsBoundary?: string
  rolePath: string
  /** User tags to put on the roles (the managed-by tag is added by the desired state). */
  tags: Record<string, string>
  /** Validated statements to add to the runtime role's permissions policy. */
  extraPolicyStatements: PolicyStatement[]
  /** Opt-in: extra-policy may grant every action, every IAM action, PassRole on every role, NotAction. */
  allowBroadExtraPolicy: boolean
  /** Opt-in: rewrite roles that exist without this action's managed-by tag. */
  manageExistingRoles: boolean
  /** Policies (inline names, managed policy names or ARNs) whose risky grants the user accepts. */
  acceptRiskyPolicies: string[]
  /** GITHUB_REPOSITORY (owner/name), for the tags of the roles the action creates. */
  repository?: string
  /** delete-in-use: mode delete removes a role even when an AgentCore runtime uses it. */
  deleteInUse: boolean
  /** The models input: the Bedrock models the runtime role may invoke; empty: every model. */
  models: ModelRef[]
  /** validate-policies: run IAM Access Analyzer's ValidatePolicy on the policies the action writes. */
  validatePolicies: boolean
  /** check-new-access: in dry-run, CheckNoNewAccess of each changed policy against the current one. */
  checkNewAccess: boolean
  /** treat-finding-type-as-blocking: the finding types that fail the step. */
  blockingFindingTypes: FindingType[]
  /** ignore-finding: `ISSUE_CODE` or `Sid.ISSUE_CODE` entries, listed but not blocking. */
  ignoredFindings: string[]
  checkPassRole: boolean
  checkDeployPermissions: boolean
  exportCredentials: boolean
  allowedAccountIds: string[]
  configFile?: string
  githubToken?: string
  commentOnPr: boolean
  /** The post step clears the exported AWS_* variables at the end of the job. */
  cleanupCredentials: boolean
}

/** Who the action acts as (src/credentials.ts): an assumed OIDC role or the ambient credentials. */
export interface AwsSession {
  source: 'oidc' | 'ambient'
  /** The assumed role's credentials (masked); undefined: the SDK's default chain (ambient). */
  credentials?: AwsCredentialIdentity
  accountId: string
  /** The caller as STS reports it, e.g. arn:aws:sts::111122223333:assumed-role/deployer/session. */
  callerArn: string
  /** The caller's role ARN with its path, when known without an IAM read (role-to-assume). */
  callerRoleArn?: string
}

export type ConditionBlock = Record<string, Record<string, string | string[] | boolean>>

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: '*' | Record<string, string | string[]>
  NotPrincipal?: Record<string, string | string[]>
  Action?: string | string[]
  NotAction?: string | string[]
  Resource?: string | string[]
  NotResource?: string | string[]
  Condition?: ConditionBlock
}

/** The policy language version every document this action writes uses. */
export const POLICY_VERSION = '2012-10-17'

export interface PolicyDocument {
  Version: string
  Id?: string
  Statement: PolicyStatement[]
}

/** What one role must look like. Pure data, built from the inputs and the account id. */
export interface DesiredRole {
  kind: RoleKind
  name: string
  path: string
  arn: string
  description: string
  trustPolicy: PolicyDocument
  inlinePolicyName: string
  permissionsPolicy: PolicyDocument
  /**
   * The least a role this action does not manage must grant to verify as compatible (e.g. one made
   * by hand from AWS's documented policy); absent: the whole permissionsPolicy.
   */
  minimumPermissionsPolicy?: PolicyDocument
  /** All tags the role must carry, the managed-by tag included. */
  tags: Record<string, string>
  /**
   * Tags set when the action creates the role, and not judged afterwards: the repository and the
   * agent it was made for (the orphan report reads them; roles made earlier lack them).
   */
  creationTags?: Record<string, string>
  permissionsBoundary?: string
  /** The service the role is passed to (iam:PassedToService). */
  passedToService: string
  /** True when the user named this role (execution-role / codebuild-role input). */
  userSupplied: boolean
  /** What each permissions statement is for, by Sid, for findings (a project's primitive). */
  purposes?: Record<string, string>
  /** What the deploy tool's config declares for the role that the action does not grant. */
  unhandled?: string[]
}

export interface DesiredState {
  accountId: string
  partition: Partition
  region: string
  agentName: string
  roles: DesiredRole[]
}

/** A role as IAM reports it, policy documents decoded and parsed. */
export interface CurrentRole {
  name: string
  path: string
  arn: string
  description?: string
  trustPolicy: PolicyDocument
  inlinePolicies: Record<string, PolicyDocument>
  attachedPolicyArns: string[]
  /** The attached managed policies' default versions, by ARN: those that could be read. */
  attachedPolicies: Record<string, PolicyDocument>
  tags: Record<string, string>
  permissionsBoundary?: string
  /** The permissions boundary's default version, when the role has one and it could be read. */
  permissionsBoundaryPolicy?: PolicyDocument
  /** Managed policies of the role (attached, or its boundary) that IAM would not let us read. */
  unreadablePolicies: Array<{ arn: string; reason: string }>
}

export interface CurrentState {
  /** Keyed by role kind; undefined when the role does not exist. */
  roles: Partial<Record<RoleKind, CurrentRole>>
}

export type RoleChange =
  | { type: 'create-role' }
  | { type: 'update-trust-policy' }
  | { type: 'put-role-policy'; policyName: string }
  | { type: 'tag-role'; tags: Record<string, string> }
  | { type: 'put-permissions-boundary'; permissionsBoundary: string }
  | { type: 'update-description' }
  | { type: 'delete-role-policy'; policyName: string }
  | { type: 'detach-role-policy'; policyArn: string }
  | { type: 'delete-role' }

export type RoleStatus =
  /** Role missing; will be (or, after apply, was) created. */
  | 'create'
  /** Role exists and needs changes this action may make. */
  | 'update'
  /** Role exists and is compatible. */
  | 'unchanged'
  /** Role exists with drift, but is not managed by this action and the user did not opt in. */
  | 'drift-unmanaged'
  /** Mode delete: the action's own role, to be (or, after delete, was) deleted. */
  | 'delete'
  /** Mode delete: no such role, nothing to delete. */
  | 'absent'
  /** Mode delete: the role is not the action's own; left alone. */
  | 'not-ours'
  /** Mode delete: an AgentCore runtime still uses the role (or that could not be read); kept. */
  | 'in-use'

/**
 * A dangerous statement on a role (src/policy/risks.ts decides which): a trust statement that lets
 * someone other than the role's service assume it, or an escalation-grade grant.
 */
export interface Risk {
  /** `trust policy`, an inline policy name, a managed policy ARN, or `extra-policy`. */
  policy: string
  policyType: 'trust' | 'inline' | 'managed' | 'extra-policy'
  /** 1-based position of the statement in its policy. */
  statement: number
  sid?: string
  /** What the statement lets happen: `lets any AWS principal ("AWS": "*") assume the role`. */
  why: string
}

export interface RoleRisk extends Risk {
  /** Listed in accept-risky-policies: shown, marked, not failed. */
  accepted: boolean
  /** A trust policy the action may write: mode apply replaces it with the desired one. */
  replacedByApply: boolean
}

export interface RolePlan {
  kind: RoleKind
  name: string
  arn: string
  status: RoleStatus
  changes: RoleChange[]
  /** Human-readable findings: missing permissions, extra permissions, Sid/Version notes. */
  findings: string[]
  /** Dangerous statements found on the role; never removed by the action. */
  risks: RoleRisk[]
  /** What is worth a warning about the role but does not fail the step. */
  warnings: string[]
  /** Grants the role needs that an explicit Deny or its permissions boundary takes away, with the cause. */
  blocked?: string[]
  /** A role the action may not write that lacks grants: the statements its owner should add. */
  missingPolicy?: PolicyDocument
  /**
   * What the deploy tool's config declares for the role that this action does not know, so the
   * role may lack its grants: fails verify, warns in apply and dry-run (report/verdict.ts).
   */
  unhandled?: string[]
  /** Mode delete: the AgentCore runtimes that use the role, or why that is unknown. */
  usedBy?: string[]
}

/** What the verdict reads of a role plan to judge its risks. */
export type RiskyRolePlan = Pick<RolePlan, 'risks'>

export interface Plan {
  roles: RolePlan[]
  /** True when any role has changes (pending in dry-run/verify, made in apply). */
  changed: boolean
}

/** A role's plan as the report shows it: with the diff a person reads (src/report/policyDiff.ts). */
export interface ReportedRolePlan extends RolePlan {
  /** Readable, stable unified diff (current vs desired) of what would change; '' when nothing. */
  diff: string
}

export interface ReportedPlan extends Plan {
  roles: ReportedRolePlan[]
}

export type PassRoleDecision = 'allowed' | 'denied' | 'unknown'

/** Per-role PassRole answer, in IAM's own vocabulary (EvalDecision), plus `unknown`. */
export type PassRoleRoleDecision = 'allowed' | 'implicitDeny' | 'explicitDeny' | 'unknown'

/** A policy statement that decided an evaluation, as IAM's MatchedStatements (or local evaluation) names it. */
export interface MatchedPolicyStatement {
  /** Inline policy name, or managed policy ARN/name, as the evaluator reports it. */
  sourcePolicyId: string
  /** IAM's PolicySourceType (role, user, group, user-managed, aws-managed, ...) or `permissions-boundary`. */
  sourcePolicyType?: string
  sid?: string
  /** Position of the statement in its policy: line/column from IAM, statement index from local evaluation. */
  startLine?: number
  startColumn?: number
  statementIndex?: number
}

export interface PassRoleRoleResult {
  kind: RoleKind
  arn: string
  /** The service the role is passed to (iam:PassedToService). */
  service: string
  decision: PassRoleRoleDecision
  matchedStatements: MatchedPolicyStatement[]
  /** Set when identity policies allow but something above them denies. */
  deniedBy?: 'permissions-boundary' | 'organizations'
  /** Services this role may be passed to instead (iam:PassedToService mismatch), when checked. */
  allowedOnlyFor?: string[]
}

/** Answer of the local evaluation (policy/evaluator.ts) used when SimulatePrincipalPolicy is refused. */
export interface LocalPassRoleEvaluation {
  engine: 'agentcore-role-action'
  roles: Array<{
    arn: string
    service: string
    decision: 'allowed' | 'implicitDeny' | 'explicitDeny'
    matchedStatements: MatchedPolicyStatement[]
  }>
  /** Ids of the caller's policies that were read and evaluated. */
  policiesRead: string[]
  /** What the local evaluation cannot see: SCPs, RCPs, session policies, unreadable policies. */
  cannotSee: string[]
}

export interface PassRoleResult {
  decision: PassRoleDecision
  callerArn: string
  /** The principal simulated (role ARN with its path, or user ARN); absent for root / unsupported callers. */
  principalArn?: string
  roles: PassRoleRoleResult[]
  reason: string
  /** Ready-to-paste statement granting iam:PassRole on exactly the implicitly denied roles. */
  missingStatement?: PolicyStatement
  /** The statements that explicitly deny (an Allow cannot override them). */
  explicitDeny?: MatchedPolicyStatement[]
  /** Informational: may future toolkit-named roles (arn:{p}:iam::{a}:role/AmazonBedrockAgentCore*) be passed? */
  toolkitPattern?: Array<{ resource: string; service: string; decision: PassRoleRoleDecision }>
  localEvaluation?: LocalPassRoleEvaluation
}
