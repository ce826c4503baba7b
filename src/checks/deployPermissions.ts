// The optional broader preflight (check-deploy-permissions): besides iam:PassRole, may the caller do
// what `agentcore deploy` does with these roles? The actions are the documented caller
// policy of the starter toolkit (CodeBuild project, ECR repository, S3 source bucket, logs) plus the
// AgentCore runtime calls, each on the concrete resource this agent uses, so a policy scoped to
// `bedrock-agentcore-*` names is judged exactly as AWS will judge it. Each action is simulated on a
// resource of the type IAM authorizes it on (Service Authorization Reference): actions without
// resource-level permissions, such as CreateAgentRuntime and DescribeLogGroups, only on `*`.
//
// One SimulatePrincipalPolicy call per resource (it accepts many actions for one resource set), all
// in parallel. When the caller may not simulate, the answer is `unknown`: this check is advisory and
// has no local fallback (the PassRole check has one).
import type { IAMClient } from '@aws-sdk/client-iam'
import { isAccessDenied } from '../aws/iamResponses.ts'
import type {
  DeploymentType,
  MatchedPolicyStatement,
  Partition,
  PolicyStatement
} from '../common/model.ts'
import {
  codebuildProjectName,
  codebuildSourceBucket,
  ecrRepositoryName
} from '../deployTools/starterToolkit/naming.ts'
import type { ResolvedCaller } from './callerPrincipal.ts'
import { matchedStatements, simulatePrincipalPolicy } from './simulation.ts'

export interface DeployTarget {
  partition: Partition
  region: string
  accountId: string
  agentName: string
  /** The agent's ECR repository (config file or input); default: the toolkit's name for the agent. */
  ecrRepository?: string
  /** direct_code_deploy builds no image: no CodeBuild project, no ECR repository. */
  deploymentType?: DeploymentType
  /**
   * The runtime role and what the toolkit's deploy still writes to it: with credential providers
   * it rewrites the trust and puts AgentCoreIdentityAccess, with aws_jwt AgentCoreAwsJwtAccess.
   */
  roleWrites?: { roleArn: string; actions: string[] }
}

/** Actions `agentcore deploy` performs on one resource. */
export interface PermissionGroup {
  purpose: string
  resource: string
  actions: string[]
}

export interface DeniedPermission {
  purpose: string
  action: string
  resource: string
  decision: 'implicitDeny' | 'explicitDeny'
  /** The denying statements (explicit deny only). */
  matchedStatements: MatchedPolicyStatement[]
}

export interface DeployPermissionsResult {
  /** `checked`: every action was simulated; `unknown`: the caller may not simulate, or is not simulable. */
  status: 'checked' | 'unknown'
  /** The principal simulated (role ARN with its path, or user ARN); absent when none was. */
  principalArn?: string
  denied: DeniedPermission[]
  /** Number of (action, resource) pairs simulated. */
  checked: number
  reason: string
  /** Ready-to-paste statements granting the implicitly denied actions, one per resource. */
  missingStatements: PolicyStatement[]
}

export function deployPermissionGroups(target: DeployTarget): PermissionGroup[] {
  const { partition: p, region: r, accountId: a, agentName } = target
  const project = codebuildProjectName(agentName)
  const repository = target.ecrRepository ?? ecrRepositoryName(agentName)
  const bucket = codebuildSourceBucket(a, r)
  const logGroup = (name: string): string => `arn:${p}:logs:${r}:${a}:log-group:${name}`
  const builds = target.deploymentType !== 'direct_code_deploy'
  const groups: Array<PermissionGroup & { build?: true }> = [
    {
      build: true,
      purpose: 'CodeBuild project that builds the ARM64 image',
      resource: `arn:${p}:codebuild:${r}:${a}:project/${project}`,
      actions: [
        'codebuild:CreateProject',
        'codebuild:UpdateProject',
        'codebuild:BatchGetProjects',
        'codebuild:StartBuild',
        'codebuild:BatchGetBuilds',
        'codebuild:ListBuildsForProject'
      ]
    },
    {
      build: true,
      purpose: 'ECR repository of the agent image',
      resource: `arn:${p}:ecr:${r}:${a}:repository/${repository}`,
      actions: [
        'ecr:CreateRepository',
        'ecr:DescribeRepositories',
        'ecr:GetRepositoryPolicy',
        'ecr:InitiateLayerUpload',
        'ecr:CompleteLayerUpload',
        'ecr:PutImage',
        'ecr:UploadLayerPart',
        'ecr:BatchCheckLayerAvailability',
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchGetImage',
        'ecr:ListImages',
        'ecr:TagResource'
      ]
    },
    {
      purpose: 'calls IAM authorizes only on * (no resource-level permissions)',
      resource: '*',
      actions: [
        'ecr:GetAuthorizationToken',
        'codebuild:ListProjects',
        'logs:DescribeLogGroups',
        'bedrock-agentcore:CreateAgentRuntime',
        'bedrock-agentcore:ListAgentRuntimes',
        // This action's own read-only policy checks (validate-policies, check-new-access).
        'access-analyzer:ValidatePolicy',
        'access-analyzer:CheckNoNewAccess'
      ]
    },
    {
      purpose: 'CodeBuild source bucket',
      resource: `arn:${p}:s3:::${bucket}`,
      actions: ['s3:ListBucket']
    },
    {
      purpose: 'CodeBuild source archive',
      resource: `arn:${p}:s3:::${bucket}/*`,
      actions: ['s3:GetObject', 's3:PutObject']
    },
    {
      build: true,
      purpose: 'CodeBuild build log group',
      resource: logGroup(`/aws/codebuild/${project}`),
      actions: ['logs:DescribeLogStreams']
    },
    {
      build: true,
      purpose: 'CodeBuild build logs',
      resource: logGroup(`/aws/codebuild/${project}:log-stream:*`),
      actions: ['logs:GetLogEvents']
    },
    {
      purpose: 'agent runtime log groups',
      resource: logGroup(`/aws/bedrock-agentcore/runtimes/${agentName}-*`),
      actions: ['logs:DescribeLogStreams']
    },
    {
      purpose: 'agent runtime logs',
      resource: logGroup(`/aws/bedrock-agentcore/runtimes/${agentName}-*:log-stream:*`),
      actions: ['logs:GetLogEvents']
    },
    {
      purpose: 'AgentCore runtime of the agent',
      resource: `arn:${p}:bedrock-agentcore:${r}:${a}:runtime/${agentName}-*`,
      actions: ['bedrock-agentcore:UpdateAgentRuntime', 'bedrock-agentcore:GetAgentRuntime']
    },
    ...(target.roleWrites && target.roleWrites.actions.length > 0
      ? [
          {
            purpose: "the toolkit's own writes to the runtime role at deploy (identity, AWS JWT)",
            resource: target.roleWrites.roleArn,
            actions: target.roleWrites.actions
          }
        ]
      : [])
  ]
  return groups
    .filter((group) => builds || !group.build)
    .map(({ build: _build, ...group }) => group)
}

export async function checkDeployPermissions(
  iam: IAMClient,
  caller: ResolvedCaller,
  target: DeployTarget
): Promise<DeployPermissionsResult> {
  if (caller.kind !== 'principal') {
    return {
      status: 'unknown',
      denied: [],
      checked: 0,
      reason: `the deploy permissions were not simulated: ${caller.reason}`,
      missingStatements: []
    }
  }
  const principalArn = caller.principal.arn
  const groups = deployPermissionGroups(target)
  let evaluations
  try {
    evaluations = await Promise.all(
      groups.map((group) =>
        simulatePrincipalPolicy(iam, principalArn, group.actions, [group.resource])
      )
    )
  } catch (error) {
    if (!isAccessDenied(error)) throw error
    return {
      status: 'unknown',
      principalArn,
      denied: [],
      checked: 0,
      reason: `SimulatePrincipalPolicy was refused (${(error as Error).message}), so the deploy permissions of ${principalArn} were not checked`,
      missingStatements: []
    }
  }
  const denied = groups.flatMap((group, index) =>
    (evaluations[index] ?? []).flatMap((evaluation): DeniedPermission[] => {
      const decision = evaluation.EvalDecision
      if (decision !== 'implicitDeny' && decision !== 'explicitDeny') return []
      return [
        {
          purpose: group.purpose,
          action: evaluation.EvalActionName ?? '',
          resource: group.resource,
          decision,
          matchedStatements: decision === 'explicitDeny' ? matchedStatements(evaluation) : []
        }
      ]
    })
  )
  const checked = groups.reduce((count, group) => count + group.actions.length, 0)
  const explicitlyDenied = denied.filter((denial) => denial.decision === 'explicitDeny').length
  return {
    status: 'checked',
    principalArn,
    denied,
    checked,
    reason:
      denied.length === 0
        ? `${principalArn} may perform all ${checked} actions agentcore deploy needs`
        : `${principalArn} may not perform ${denied.length} of the ${checked} actions agentcore deploy needs` +
          (explicitlyDenied > 0
            ? ` (${explicitlyDenied} explicitly denied: an Allow cannot override that, the Deny statement must change)`
            : ''),
    missingStatements: missingDeployStatements(denied)
  }
}

/** Statements granting the implicitly denied actions, one per resource (explicit denies need a policy change instead). */
function missingDeployStatements(denied: DeniedPermission[]): PolicyStatement[] {
  const actionsByResource = new Map<string, string[]>()
  for (const denial of denied) {
    if (denial.decision !== 'implicitDeny') continue
    actionsByResource.set(denial.resource, [
      ...(actionsByResource.get(denial.resource) ?? []),
      denial.action
    ])
  }
  return [...actionsByResource].map(([resource, actions]) => ({
    Effect: 'Allow',
    Action: actions,
    Resource: resource
  }))
}
