"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeployedStateSchema = exports.TargetDeployedStateSchema = exports.DeployedResourceStateSchema = exports.CapacityProviderDeployedStateSchema = exports.PaymentDeployedStateSchema = exports.PaymentConnectorDeployedStateSchema = exports.RuntimeEndpointDeployedStateSchema = exports.ABTestDeployedStateSchema = exports.ConfigBundleDeployedStateSchema = exports.KnowledgeBaseDeployedStateSchema = exports.KnowledgeBaseDataSourceDeployedStateSchema = exports.DatasetDeployedStateSchema = exports.OnlineEvalDeployedStateSchema = exports.EvaluatorDeployedStateSchema = exports.CredentialDeployedStateSchema = exports.HarnessDeployedStateSchema = exports.PolicyDeployedStateSchema = exports.PolicyEngineDeployedStateSchema = exports.ExternallyManagedStateSchema = exports.VpcConfigSchema = exports.CustomJwtAuthorizerSchema = exports.ExternallyManagedResourceSchema = exports.McpDeployedStateSchema = exports.McpLambdaDeployedStateSchema = exports.McpRuntimeDeployedStateSchema = exports.GatewayDeployedStateSchema = exports.GatewayTargetDeployedStateSchema = exports.MemoryDeployedStateSchema = exports.AgentCoreDeployedStateSchema = void 0;
exports.createValidatedDeployedStateSchema = createValidatedDeployedStateSchema;
const auth_1 = require("./auth");
const aws_targets_1 = require("./aws-targets");
const zod_1 = require("zod");
// ============================================================================
// Agent Deployed State
// ============================================================================
exports.AgentCoreDeployedStateSchema = zod_1.z.object({
    runtimeId: zod_1.z.string().min(1),
    runtimeArn: zod_1.z.string().min(1),
    roleArn: zod_1.z.string().min(1),
    sessionId: zod_1.z.string().optional(),
    memoryIds: zod_1.z.array(zod_1.z.string()).optional(),
    browserId: zod_1.z.string().optional(),
    codeInterpreterId: zod_1.z.string().optional(),
    /** The latest deployed version number of this runtime. */
    runtimeVersion: zod_1.z.number().int().min(1).optional(),
});
// ============================================================================
// Memory Deployed State
// ============================================================================
exports.MemoryDeployedStateSchema = zod_1.z.object({
    memoryId: zod_1.z.string().min(1),
    memoryArn: zod_1.z.string().min(1),
});
// ============================================================================
// MCP Gateway Deployed State
// ============================================================================
exports.GatewayTargetDeployedStateSchema = zod_1.z.object({
    targetId: zod_1.z.string().min(1),
});
exports.GatewayDeployedStateSchema = zod_1.z.object({
    gatewayId: zod_1.z.string().min(1),
    gatewayArn: zod_1.z.string().min(1),
    gatewayUrl: zod_1.z.string().optional(),
    targets: zod_1.z.record(zod_1.z.string(), exports.GatewayTargetDeployedStateSchema).optional(),
});
// ============================================================================
// MCP Runtime Deployed State
// ============================================================================
exports.McpRuntimeDeployedStateSchema = zod_1.z.object({
    runtimeId: zod_1.z.string().min(1),
    runtimeArn: zod_1.z.string().min(1),
    runtimeEndpoint: zod_1.z.string().min(1),
});
// ============================================================================
// MCP Lambda Deployed State
// ============================================================================
exports.McpLambdaDeployedStateSchema = zod_1.z.object({
    functionArn: zod_1.z.string().min(1),
    functionName: zod_1.z.string().min(1),
});
// ============================================================================
// MCP Deployed State Container
// ============================================================================
exports.McpDeployedStateSchema = zod_1.z.object({
    gateways: zod_1.z.record(zod_1.z.string(), exports.GatewayDeployedStateSchema).optional(),
    runtimes: zod_1.z.record(zod_1.z.string(), exports.McpRuntimeDeployedStateSchema).optional(),
    lambdas: zod_1.z.record(zod_1.z.string(), exports.McpLambdaDeployedStateSchema).optional(),
});
// ============================================================================
// Externally Managed Resources
// ============================================================================
exports.ExternallyManagedResourceSchema = zod_1.z.object({
    name: zod_1.z.string().min(1),
});
exports.CustomJwtAuthorizerSchema = exports.ExternallyManagedResourceSchema.extend({
    allowedAudience: zod_1.z.array(zod_1.z.string()).optional(),
    allowedClients: zod_1.z.array(zod_1.z.string()).optional(),
    allowedScopes: zod_1.z.array(zod_1.z.string()).optional(),
    customClaims: zod_1.z.array(auth_1.CustomClaimValidationSchema).optional(),
    discoveryUrl: zod_1.z.string(),
});
exports.VpcConfigSchema = exports.ExternallyManagedResourceSchema.extend({
    securityGroups: zod_1.z.array(zod_1.z.string()),
    subnets: zod_1.z.array(zod_1.z.string()),
});
exports.ExternallyManagedStateSchema = zod_1.z.object({
    customJwtAuthorizer: exports.CustomJwtAuthorizerSchema.optional(),
    vpcConfig: exports.VpcConfigSchema.optional(),
});
// ============================================================================
// Policy Engine Deployed State
// ============================================================================
exports.PolicyEngineDeployedStateSchema = zod_1.z.object({
    policyEngineId: zod_1.z.string().min(1),
    policyEngineArn: zod_1.z.string().min(1),
});
// ============================================================================
// Policy Deployed State
// ============================================================================
exports.PolicyDeployedStateSchema = zod_1.z.object({
    policyId: zod_1.z.string().min(1),
    policyArn: zod_1.z.string().min(1),
    engineName: zod_1.z.string().min(1),
});
// ============================================================================
// Harness Deployed State
// ============================================================================
exports.HarnessDeployedStateSchema = zod_1.z.object({
    harnessId: zod_1.z.string().min(1),
    harnessArn: zod_1.z.string().min(1),
    roleArn: zod_1.z.string().min(1),
    status: zod_1.z.string().min(1),
    /** Read-only harness config version from the CFN `Version` output; service-incremented per update. */
    harnessVersion: zod_1.z.number().int().min(1).optional(),
    agentRuntimeArn: zod_1.z.string().optional(),
    memoryArn: zod_1.z.string().optional(),
    /** Which subsystem provisioned this harness. Stamped 'cloudformation' by the CDK deploy path. */
    provisioner: zod_1.z.enum(['cloudformation']).optional(),
});
// ============================================================================
// Credential Deployed State
// ============================================================================
exports.CredentialDeployedStateSchema = zod_1.z.object({
    credentialProviderArn: zod_1.z.string().min(1),
    clientSecretArn: zod_1.z.string().optional(),
    callbackUrl: zod_1.z.string().optional(),
});
// ============================================================================
// Evaluator Deployed State
// ============================================================================
exports.EvaluatorDeployedStateSchema = zod_1.z.object({
    evaluatorId: zod_1.z.string().min(1),
    evaluatorArn: zod_1.z.string().min(1),
});
// ============================================================================
// Online Eval Config Deployed State
// ============================================================================
exports.OnlineEvalDeployedStateSchema = zod_1.z.object({
    onlineEvaluationConfigId: zod_1.z.string().min(1),
    onlineEvaluationConfigArn: zod_1.z.string().min(1),
    executionStatus: zod_1.z.enum(['ENABLED', 'DISABLED']).optional(),
    /** Agent name this online eval config monitors. */
    agent: zod_1.z.string().min(1).optional(),
    /** Runtime endpoint name scoped to this online eval config. */
    endpoint: zod_1.z.string().min(1).optional(),
});
// ============================================================================
// Dataset Deployed State
// ============================================================================
exports.DatasetDeployedStateSchema = zod_1.z.object({
    datasetId: zod_1.z.string().min(1),
    datasetArn: zod_1.z.string().min(1),
    contentHash: zod_1.z.string().optional(),
});
// ============================================================================
// Knowledge Base Deployed State
// ============================================================================
exports.KnowledgeBaseDataSourceDeployedStateSchema = zod_1.z.object({
    dataSourceId: zod_1.z.string().min(1),
    uri: zod_1.z.string().min(1),
});
/**
 * Per-target deployed state for a knowledge base. Captures the IDs the
 * status command needs to call bedrock-agent for live KB and ingestion state.
 *
 * `dataSources` is an array (not a record) because the deploy step writes
 * them in the same order as the local `dataSources[]` array; the index
 * lets us correlate local sources with deployed DSs without extra IDs.
 *
 * `sourcesHash` is a SHA-256 of the data-source URIs (joined with newlines)
 * captured at the time auto-ingestion last fired. The post-deploy ingestion
 * hook computes a fresh hash from the current spec and compares — if equal,
 * skip ingestion (no changes to ingest). Optional so projects deployed
 * before the hook shipped don't fail validation; treated as "ingest needed"
 * when absent.
 */
exports.KnowledgeBaseDeployedStateSchema = zod_1.z.object({
    knowledgeBaseId: zod_1.z.string().min(1),
    knowledgeBaseArn: zod_1.z.string().min(1),
    dataSources: zod_1.z.array(exports.KnowledgeBaseDataSourceDeployedStateSchema).default([]),
    sourcesHash: zod_1.z.string().min(1).optional(),
});
// ============================================================================
// Configuration Bundle Deployed State
// ============================================================================
exports.ConfigBundleDeployedStateSchema = zod_1.z.object({
    bundleId: zod_1.z.string().min(1),
    bundleArn: zod_1.z.string().min(1),
    versionId: zod_1.z.string().min(1),
});
// ============================================================================
// AB Test Deployed State
// ============================================================================
exports.ABTestDeployedStateSchema = zod_1.z.object({
    abTestId: zod_1.z.string().min(1),
    abTestArn: zod_1.z.string().min(1),
    roleArn: zod_1.z.string().min(1).optional(),
    roleCreatedByCli: zod_1.z.boolean().optional(),
    configHash: zod_1.z.string().optional(),
});
// ============================================================================
// Runtime Endpoint Deployed State
// ============================================================================
exports.RuntimeEndpointDeployedStateSchema = zod_1.z.object({
    endpointId: zod_1.z.string().min(1),
    endpointArn: zod_1.z.string().min(1),
});
// ============================================================================
// Payment Connector Deployed State
// ============================================================================
const PaymentConnectorDeployedStateBaseSchema = zod_1.z.object({
    connectorId: zod_1.z.string().min(1),
    credentialProviderName: zod_1.z.string().optional(),
});
exports.PaymentConnectorDeployedStateSchema = zod_1.z.union([
    PaymentConnectorDeployedStateBaseSchema.extend({
        provisionMode: zod_1.z.literal('QUICK_CREATE'),
        credentialProviderArn: zod_1.z.never().optional(),
    }),
    PaymentConnectorDeployedStateBaseSchema.extend({
        provisionMode: zod_1.z.literal('MANUAL').optional(),
        credentialProviderArn: zod_1.z.string().min(1),
    }),
]);
// ============================================================================
// Payment Deployed State
// ============================================================================
exports.PaymentDeployedStateSchema = zod_1.z.object({
    managerId: zod_1.z.string().min(1),
    managerArn: zod_1.z.string().min(1),
    connectors: zod_1.z.record(zod_1.z.string(), exports.PaymentConnectorDeployedStateSchema).default({}),
    processPaymentRoleArn: zod_1.z.string().min(1),
    resourceRetrievalRoleArn: zod_1.z.string().min(1),
    authorizerType: zod_1.z.enum(['AWS_IAM', 'CUSTOM_JWT']).optional(),
    autoPayment: zod_1.z.boolean().optional(),
    paymentToolAllowlist: zod_1.z.array(zod_1.z.string()).optional(),
    networkPreferences: zod_1.z.array(zod_1.z.string()).optional(),
});
// ============================================================================
// Capacity Provider Deployed State
// ============================================================================
exports.CapacityProviderDeployedStateSchema = zod_1.z.object({
    capacityProviderId: zod_1.z.string().min(1),
    capacityProviderArn: zod_1.z.string().min(1),
});
// ============================================================================
// Deployed Resource State
// ============================================================================
exports.DeployedResourceStateSchema = zod_1.z.object({
    runtimes: zod_1.z.record(zod_1.z.string(), exports.AgentCoreDeployedStateSchema).optional(),
    memories: zod_1.z.record(zod_1.z.string(), exports.MemoryDeployedStateSchema).optional(),
    mcp: exports.McpDeployedStateSchema.optional(),
    gateways: zod_1.z.record(zod_1.z.string(), exports.GatewayDeployedStateSchema).optional(),
    externallyManaged: exports.ExternallyManagedStateSchema.optional(),
    credentials: zod_1.z.record(zod_1.z.string(), exports.CredentialDeployedStateSchema).optional(),
    evaluators: zod_1.z.record(zod_1.z.string(), exports.EvaluatorDeployedStateSchema).optional(),
    onlineEvalConfigs: zod_1.z.record(zod_1.z.string(), exports.OnlineEvalDeployedStateSchema).optional(),
    datasets: zod_1.z.record(zod_1.z.string(), exports.DatasetDeployedStateSchema).optional(),
    knowledgeBases: zod_1.z.record(zod_1.z.string(), exports.KnowledgeBaseDeployedStateSchema).optional(),
    configBundles: zod_1.z.record(zod_1.z.string(), exports.ConfigBundleDeployedStateSchema).optional(),
    abTests: zod_1.z.record(zod_1.z.string(), exports.ABTestDeployedStateSchema).optional(),
    policyEngines: zod_1.z.record(zod_1.z.string(), exports.PolicyEngineDeployedStateSchema).optional(),
    policies: zod_1.z.record(zod_1.z.string(), exports.PolicyDeployedStateSchema).optional(),
    harnesses: zod_1.z.record(zod_1.z.string(), exports.HarnessDeployedStateSchema).optional(),
    runtimeEndpoints: zod_1.z.record(zod_1.z.string(), exports.RuntimeEndpointDeployedStateSchema).optional(),
    payments: zod_1.z.record(zod_1.z.string(), exports.PaymentDeployedStateSchema).optional(),
    capacityProviders: zod_1.z.record(zod_1.z.string(), exports.CapacityProviderDeployedStateSchema).optional(),
    stackName: zod_1.z.string().optional(),
    identityKmsKeyArn: zod_1.z.string().optional(),
    deployHash: zod_1.z.string().optional(),
});
// ============================================================================
// Target Deployed State
// ============================================================================
exports.TargetDeployedStateSchema = zod_1.z.object({
    resources: exports.DeployedResourceStateSchema.optional(),
});
exports.DeployedStateSchema = zod_1.z.object({
    targets: zod_1.z.record(aws_targets_1.DeploymentTargetNameSchema, exports.TargetDeployedStateSchema),
});
/**
 * Creates a DeployedState schema that validates target keys against aws-targets.
 * Ensures all keys in deployed-state exist as names in aws-targets.
 */
function createValidatedDeployedStateSchema(targetNames) {
    const targetNameSet = new Set(targetNames);
    return exports.DeployedStateSchema.refine(state => {
        const stateKeys = Object.keys(state.targets);
        return stateKeys.every(key => targetNameSet.has(key));
    }, {
        message: 'Deployed state contains target names not present in aws-targets',
    });
}