// Run reports of the main scenarios (fresh account, drift, up to date, PassRole denied), for the
// report renderers' tests: the summary snapshots and the screenshots a reader sees.
import type { RunReport } from '../src/report/runReport.ts'
import type { PassRoleResult, ReportedRolePlan as RolePlan } from '../src/common/model.ts'

export const account = '111122223333'
export const runtimeName = 'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
export const codebuildName = 'AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a'
export const runtimeArn = `arn:aws:iam::${account}:role/${runtimeName}`
export const codebuildArn = `arn:aws:iam::${account}:role/${codebuildName}`
export const callerArn = `arn:aws:sts::${account}:assumed-role/github-deployer/run-42`
export const deployerArn = `arn:aws:iam::${account}:role/github-deployer`

export function role(kind: 'runtime' | 'codebuild', overrides: Partial<RolePlan> = {}): RolePlan {
  return {
    kind,
    name: kind === 'runtime' ? runtimeName : codebuildName,
    arn: kind === 'runtime' ? runtimeArn : codebuildArn,
    status: 'unchanged',
    changes: [],
    findings: [],
    risks: [],
    warnings: [],
    diff: '',
    ...overrides
  }
}

export const passRoleAllowed: PassRoleResult = {
  decision: 'allowed',
  callerArn,
  principalArn: deployerArn,
  reason: 'iam:PassRole is allowed for both roles (SimulatePrincipalPolicy)',
  roles: [
    {
      kind: 'runtime',
      arn: runtimeArn,
      service: 'bedrock-agentcore.amazonaws.com',
      decision: 'allowed',
      matchedStatements: []
    },
    {
      kind: 'codebuild',
      arn: codebuildArn,
      service: 'codebuild.amazonaws.com',
      decision: 'allowed',
      matchedStatements: []
    }
  ]
}

export const runtimeDiff = [
  `--- ${runtimeName} (current)`,
  `+++ ${runtimeName} (desired)`,
  '@@ -1,4 +1,5 @@',
  ' Statement BedrockAgentCoreMemory',
  '   Action bedrock-agentcore:CreateEvent',
  '+  Action bedrock-agentcore:GetMemory',
  ''
].join('\n')

export const base: RunReport = {
  mode: 'dry-run',
  agentName: 'my_agent',
  region: 'us-east-1',
  accountId: account,
  plan: { roles: [role('runtime'), role('codebuild')], changed: false },
  applied: false,
  passRole: passRoleAllowed,
  errors: [],
  warnings: [],
  broadGrants: []
}

export const freshAccount: RunReport = {
  ...base,
  plan: {
    changed: true,
    roles: [
      role('runtime', {
        status: 'create',
        changes: [
          { type: 'create-role' },
          { type: 'put-role-policy', policyName: 'BedrockAgentCoreRuntimeExecutionPolicy-my_agent' }
        ]
      }),
      role('codebuild', {
        status: 'create',
        changes: [
          { type: 'create-role' },
          { type: 'put-role-policy', policyName: 'CodeBuildExecutionPolicy' }
        ]
      })
    ]
  }
}

export const driftedAccount: RunReport = {
  ...base,
  plan: {
    changed: true,
    roles: [
      role('runtime', {
        status: 'update',
        changes: [
          { type: 'put-role-policy', policyName: 'BedrockAgentCoreRuntimeExecutionPolicy-my_agent' }
        ],
        findings: ['missing: bedrock-agentcore:GetMemory on memory/mem-123'],
        diff: runtimeDiff
      }),
      role('codebuild')
    ]
  },
  configFile: {
    path: '.bedrock_agentcore.yaml',
    changed: true,
    written: false,
    diff: '--- .bedrock_agentcore.yaml\n+++ .bedrock_agentcore.yaml\n@@ -1 +1 @@\n-      execution_role: null\n+      execution_role: arn\n'
  }
}

export const upToDate: RunReport = { ...base, mode: 'apply', applied: true }

export const deniedPassRole: RunReport = {
  ...base,
  mode: 'apply',
  applied: true,
  passRole: {
    ...passRoleAllowed,
    decision: 'denied',
    reason: 'the caller may not pass the runtime role to bedrock-agentcore.amazonaws.com',
    roles: [{ ...passRoleAllowed.roles[0]!, decision: 'implicitDeny' }, passRoleAllowed.roles[1]!],
    missingStatement: {
      Sid: 'AllowPassAgentCoreRoles',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: [runtimeArn],
      Condition: { StringEquals: { 'iam:PassedToService': 'bedrock-agentcore.amazonaws.com' } }
    }
  }
}
