// Validated inputs as src/inputs.ts hands them on, for the pure-core tests.
import type { ActionInputs } from '../src/common/model.ts'

export const ACCOUNT = '111122223333'

export function actionInputs(overrides: Partial<ActionInputs> = {}): ActionInputs {
  const agentName = overrides.agentName ?? 'my_agent'
  return {
    deployTool: 'starter-toolkit',
    cdkQualifier: 'hnb659fds',
    agentName,
    agentNames: [agentName],
    region: 'us-east-1',
    partition: 'aws',
    audience: 'sts.amazonaws.com',
    roleSessionName: 'agentcore-role-action',
    roleDurationSeconds: 3600,
    mode: 'apply',
    failOnDrift: false,
    createCodebuildRole: true,
    deploymentType: 'container',
    protocol: 'HTTP',
    rolePath: '/',
    tags: {},
    extraPolicyStatements: [],
    allowBroadExtraPolicy: false,
    manageExistingRoles: false,
    acceptRiskyPolicies: [],
    models: [],
    deleteInUse: false,
    validatePolicies: true,
    checkNewAccess: true,
    blockingFindingTypes: ['ERROR', 'SECURITY_WARNING'],
    ignoredFindings: [],
    checkPassRole: true,
    checkDeployPermissions: false,
    exportCredentials: false,
    allowedAccountIds: [],
    commentOnPr: false,
    cleanupCredentials: true,
    ...overrides
  }
}
