// The accounts the end-to-end tests run in, seeded on the local endpoint: a drifted one whose
// toolkit-named roles this action created earlier and someone changed since.
import type { PolicyContext } from '../src/deployTools/starterToolkit/policyContext.ts'
import {
  codebuildPermissionsPolicy,
  codebuildTrustPolicy
} from '../src/deployTools/starterToolkit/codebuildPolicies.ts'
import {
  runtimePermissionsPolicy,
  runtimeTrustPolicy
} from '../src/deployTools/starterToolkit/runtimePolicies.ts'
import type { LocalAws } from '../test-support/localAws/server.ts'

export const ACCOUNT_ID = '111122223333'
export const RUNTIME_ROLE = 'AmazonBedrockAgentCoreSDKRuntime-us-east-1-e72c1a7c7a'
export const CODEBUILD_ROLE = 'AmazonBedrockAgentCoreSDKCodeBuild-us-east-1-e72c1a7c7a'
export const RUNTIME_POLICY = 'BedrockAgentCoreRuntimeExecutionPolicy-my_agent'
export const MANAGED_BY = { 'managed-by': 'agentcore-role-action' }

/** The user tags every run passes (input `tags`), so a role without them has drifted. */
export const USER_TAGS_INPUT = { tags: 'team=agents' }

const MY_AGENT: PolicyContext = {
  partition: 'aws',
  region: 'us-east-1',
  accountId: ACCOUNT_ID,
  agentName: 'my_agent',
  deploymentType: 'container',
  protocol: 'HTTP',
  ecrRepository: 'bedrock-agentcore-my_agent'
}

/** The statement the drifted runtime role lacks. */
export const MISSING_STATEMENT_SID = 'BedrockModelInvocation'

/**
 * Both roles of `my_agent`, tagged as this action's, with three kinds of drift:
 * - runtime trust policy: the `aws:SourceArn` condition is gone;
 * - runtime permissions policy: the BedrockModelInvocation statement is gone, and the other
 *   statements are stored in reverse order (which must not show as a difference);
 * - CodeBuild role: the user tag `team=agents` is missing.
 * With `managedByThisAction: false` the roles lack the managed-by tag (made by hand or by the
 * toolkit), which the action verifies but does not change.
 */
export function seedDriftedAccount(aws: LocalAws, { managedByThisAction = true } = {}): void {
  const managedBy = managedByThisAction ? MANAGED_BY : {}
  const trust = runtimeTrustPolicy(MY_AGENT)
  const permissions = runtimePermissionsPolicy(MY_AGENT)
  aws.createRole({
    name: RUNTIME_ROLE,
    description: 'Execution role for BedrockAgentCore Runtime - my_agent',
    trustPolicy: {
      ...trust,
      Statement: trust.Statement.map(({ Condition, ...statement }) => ({
        ...statement,
        Condition: { StringEquals: Condition?.StringEquals ?? {} }
      }))
    },
    tags: { ...managedBy, team: 'agents' },
    inlinePolicies: {
      [RUNTIME_POLICY]: {
        ...permissions,
        Statement: permissions.Statement.filter(
          (statement) => statement.Sid !== MISSING_STATEMENT_SID
        ).reverse()
      }
    }
  })
  aws.createRole({
    name: CODEBUILD_ROLE,
    description: 'CodeBuild execution role for Bedrock AgentCore ARM64 builds',
    trustPolicy: codebuildTrustPolicy(MY_AGENT),
    tags: managedBy,
    inlinePolicies: { CodeBuildExecutionPolicy: codebuildPermissionsPolicy(MY_AGENT) }
  })
}
