"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HarnessSpecSchema = exports.HarnessNameSchema = exports.HarnessModelProviderSchema = exports.HarnessGatewayOutboundAuthSchema = exports.GatewayOAuthGrantTypeSchema = exports.OpenAiApiFormatSchema = exports.HarnessApiFormatSchema = exports.BedrockApiFormatSchema = exports.GatewayFilterSchema = exports.TargetRefSchema = exports.ABTestModeSchema = exports.OperatorRoleArnSchema = exports.OperatingSystemSchema = exports.isValidOperatorRoleArn = exports.isCapacityProviderArn = exports.CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN = exports.CAPACITY_PROVIDER_ARN_PATTERN = exports.CapacityProviderVolumeNameSchema = exports.CapacityProviderNameSchema = exports.CapacityProviderConfigurationSchema = exports.CapacityProviderArnSchema = exports.CapacityProviderSchema = exports.DatasetSchemaTypeSchema = exports.DatasetNameSchema = exports.DatasetSchema = exports.TagsSchema = exports.ValidationModeSchema = exports.PolicySchema = exports.PolicyNameSchema = exports.PolicyEngineNameSchema = exports.EnforcementModeSchema = exports.AuthorizationPhaseSchema = exports.PolicyEngineSchema = exports.ComponentConfigurationMapSchema = exports.ConfigBundleNameSchema = exports.ConfigBundleSchema = exports.isValidKmsKeyArn = exports.KMS_KEY_ARN_PATTERN = exports.EvaluatorNameSchema = exports.isValidBedrockModelId = exports.BedrockModelIdSchema = exports.OnlineEvalConfigNameSchema = exports.OnlineEvalConfigSchema = exports.EvaluationLevelSchema = exports.MemoryStrategyTypeSchema = exports.MemoryStrategySchema = exports.DEFAULT_STRATEGY_NAMESPACES = exports.DEFAULT_STRATEGY_NAMESPACE_TEMPLATES = exports.DEFAULT_EPISODIC_REFLECTION_NAMESPACES = exports.DEFAULT_EPISODIC_REFLECTION_NAMESPACE_TEMPLATES = void 0;
exports.AgentCoreProjectSpecSchema = exports.HarnessRegistryEntrySchema = exports.EvaluatorSchema = exports.EvaluatorTypeSchema = exports.CredentialSchema = exports.PaymentCredentialSchema = exports.OAuthCredentialSchema = exports.ApiKeyCredentialSchema = exports.CredentialTypeSchema = exports.CredentialNameSchema = exports.MemorySchema = exports.IndexedKeySchema = exports.MAX_INDEXED_KEYS = exports.MAX_INDEXED_KEY_NAME_LENGTH = exports.INDEXED_KEY_NAME_PATTERN_MESSAGE = exports.INDEXED_KEY_NAME_PATTERN = exports.IndexedKeyTypeSchema = exports.StreamDeliveryResourcesSchema = exports.StreamContentLevelSchema = exports.MemoryNameSchema = exports.MemoryTypeSchema = exports.ProjectNameSchema = exports.AgentCoreMcpRuntimeToolSchema = exports.AgentCoreGatewayTargetSchema = exports.AgentCoreGatewaySchema = exports.ManagedBySchema = exports.PaymentAuthorizerTypeSchema = exports.PaymentProvisionModeSchema = exports.PaymentProviderSchema = exports.PaymentConnectorNameSchema = exports.PaymentConnectorSchema = exports.PaymentManagerNameSchema = exports.PaymentManagerSchema = exports.DEFAULT_SPEND_LIMIT = exports.DEFAULT_AUTO_PAYMENT = exports.ConnectorFileDataSourceSchema = exports.ConnectorDataSourceTypeSchema = exports.DataSourceSchema = exports.S3DataSourceSchema = exports.KnowledgeBaseSchema = exports.KnowledgeBaseNameSchema = exports.validateApiFormat = exports.ManagedMemoryStrategySchema = exports.HarnessToolTypeSchema = void 0;
/**
 * AgentCore Project Schema - Resource-centric model
 *
 * Flat resource model where agents, memories, and credentials are top-level.
 * All resources within a project implicitly have access to each other.
 *
 * @module agentcore-project
 */
const constants_1 = require("../constants");
const agent_env_1 = require("./agent-env");
const mcp_1 = require("./mcp");
const ab_test_1 = require("./primitives/ab-test");
const capacity_provider_1 = require("./primitives/capacity-provider");
Object.defineProperty(exports, "CapacityProviderSchema", { enumerable: true, get: function () { return capacity_provider_1.CapacityProviderSchema; } });
const config_bundle_1 = require("./primitives/config-bundle");
Object.defineProperty(exports, "ConfigBundleSchema", { enumerable: true, get: function () { return config_bundle_1.ConfigBundleSchema; } });
const dataset_1 = require("./primitives/dataset");
Object.defineProperty(exports, "DatasetSchema", { enumerable: true, get: function () { return dataset_1.DatasetSchema; } });
const evaluator_1 = require("./primitives/evaluator");
Object.defineProperty(exports, "EvaluationLevelSchema", { enumerable: true, get: function () { return evaluator_1.EvaluationLevelSchema; } });
const harness_1 = require("./primitives/harness");
const knowledge_base_1 = require("./primitives/knowledge-base");
const memory_1 = require("./primitives/memory");
Object.defineProperty(exports, "DEFAULT_EPISODIC_REFLECTION_NAMESPACES", { enumerable: true, get: function () { return memory_1.DEFAULT_EPISODIC_REFLECTION_NAMESPACES; } });
Object.defineProperty(exports, "DEFAULT_EPISODIC_REFLECTION_NAMESPACE_TEMPLATES", { enumerable: true, get: function () { return memory_1.DEFAULT_EPISODIC_REFLECTION_NAMESPACE_TEMPLATES; } });
Object.defineProperty(exports, "DEFAULT_STRATEGY_NAMESPACES", { enumerable: true, get: function () { return memory_1.DEFAULT_STRATEGY_NAMESPACES; } });
Object.defineProperty(exports, "DEFAULT_STRATEGY_NAMESPACE_TEMPLATES", { enumerable: true, get: function () { return memory_1.DEFAULT_STRATEGY_NAMESPACE_TEMPLATES; } });
Object.defineProperty(exports, "MemoryStrategySchema", { enumerable: true, get: function () { return memory_1.MemoryStrategySchema; } });
Object.defineProperty(exports, "MemoryStrategyTypeSchema", { enumerable: true, get: function () { return memory_1.MemoryStrategyTypeSchema; } });
const online_eval_config_1 = require("./primitives/online-eval-config");
const payment_1 = require("./primitives/payment");
Object.defineProperty(exports, "DEFAULT_AUTO_PAYMENT", { enumerable: true, get: function () { return payment_1.DEFAULT_AUTO_PAYMENT; } });
Object.defineProperty(exports, "DEFAULT_SPEND_LIMIT", { enumerable: true, get: function () { return payment_1.DEFAULT_SPEND_LIMIT; } });
Object.defineProperty(exports, "PaymentAuthorizerTypeSchema", { enumerable: true, get: function () { return payment_1.PaymentAuthorizerTypeSchema; } });
Object.defineProperty(exports, "PaymentConnectorNameSchema", { enumerable: true, get: function () { return payment_1.PaymentConnectorNameSchema; } });
Object.defineProperty(exports, "PaymentConnectorSchema", { enumerable: true, get: function () { return payment_1.PaymentConnectorSchema; } });
Object.defineProperty(exports, "PaymentManagerNameSchema", { enumerable: true, get: function () { return payment_1.PaymentManagerNameSchema; } });
Object.defineProperty(exports, "PaymentManagerSchema", { enumerable: true, get: function () { return payment_1.PaymentManagerSchema; } });
Object.defineProperty(exports, "PaymentProviderSchema", { enumerable: true, get: function () { return payment_1.PaymentProviderSchema; } });
Object.defineProperty(exports, "PaymentProvisionModeSchema", { enumerable: true, get: function () { return payment_1.PaymentProvisionModeSchema; } });
const policy_1 = require("./primitives/policy");
Object.defineProperty(exports, "PolicyEngineSchema", { enumerable: true, get: function () { return policy_1.PolicyEngineSchema; } });
const tags_1 = require("./primitives/tags");
Object.defineProperty(exports, "TagsSchema", { enumerable: true, get: function () { return tags_1.TagsSchema; } });
const zod_util_1 = require("./zod-util");
const zod_1 = require("zod");
var online_eval_config_2 = require("./primitives/online-eval-config");
Object.defineProperty(exports, "OnlineEvalConfigSchema", { enumerable: true, get: function () { return online_eval_config_2.OnlineEvalConfigSchema; } });
Object.defineProperty(exports, "OnlineEvalConfigNameSchema", { enumerable: true, get: function () { return online_eval_config_2.OnlineEvalConfigNameSchema; } });
var evaluator_2 = require("./primitives/evaluator");
Object.defineProperty(exports, "BedrockModelIdSchema", { enumerable: true, get: function () { return evaluator_2.BedrockModelIdSchema; } });
Object.defineProperty(exports, "isValidBedrockModelId", { enumerable: true, get: function () { return evaluator_2.isValidBedrockModelId; } });
Object.defineProperty(exports, "EvaluatorNameSchema", { enumerable: true, get: function () { return evaluator_2.EvaluatorNameSchema; } });
Object.defineProperty(exports, "KMS_KEY_ARN_PATTERN", { enumerable: true, get: function () { return evaluator_2.KMS_KEY_ARN_PATTERN; } });
Object.defineProperty(exports, "isValidKmsKeyArn", { enumerable: true, get: function () { return evaluator_2.isValidKmsKeyArn; } });
var config_bundle_2 = require("./primitives/config-bundle");
Object.defineProperty(exports, "ConfigBundleNameSchema", { enumerable: true, get: function () { return config_bundle_2.ConfigBundleNameSchema; } });
Object.defineProperty(exports, "ComponentConfigurationMapSchema", { enumerable: true, get: function () { return config_bundle_2.ComponentConfigurationMapSchema; } });
var policy_2 = require("./primitives/policy");
Object.defineProperty(exports, "AuthorizationPhaseSchema", { enumerable: true, get: function () { return policy_2.AuthorizationPhaseSchema; } });
Object.defineProperty(exports, "EnforcementModeSchema", { enumerable: true, get: function () { return policy_2.EnforcementModeSchema; } });
Object.defineProperty(exports, "PolicyEngineNameSchema", { enumerable: true, get: function () { return policy_2.PolicyEngineNameSchema; } });
Object.defineProperty(exports, "PolicyNameSchema", { enumerable: true, get: function () { return policy_2.PolicyNameSchema; } });
Object.defineProperty(exports, "PolicySchema", { enumerable: true, get: function () { return policy_2.PolicySchema; } });
Object.defineProperty(exports, "ValidationModeSchema", { enumerable: true, get: function () { return policy_2.ValidationModeSchema; } });
var dataset_2 = require("./primitives/dataset");
Object.defineProperty(exports, "DatasetNameSchema", { enumerable: true, get: function () { return dataset_2.DatasetNameSchema; } });
Object.defineProperty(exports, "DatasetSchemaTypeSchema", { enumerable: true, get: function () { return dataset_2.DatasetSchemaTypeSchema; } });
var capacity_provider_2 = require("./primitives/capacity-provider");
Object.defineProperty(exports, "CapacityProviderArnSchema", { enumerable: true, get: function () { return capacity_provider_2.CapacityProviderArnSchema; } });
Object.defineProperty(exports, "CapacityProviderConfigurationSchema", { enumerable: true, get: function () { return capacity_provider_2.CapacityProviderConfigurationSchema; } });
Object.defineProperty(exports, "CapacityProviderNameSchema", { enumerable: true, get: function () { return capacity_provider_2.CapacityProviderNameSchema; } });
Object.defineProperty(exports, "CapacityProviderVolumeNameSchema", { enumerable: true, get: function () { return capacity_provider_2.CapacityProviderVolumeNameSchema; } });
Object.defineProperty(exports, "CAPACITY_PROVIDER_ARN_PATTERN", { enumerable: true, get: function () { return capacity_provider_2.CAPACITY_PROVIDER_ARN_PATTERN; } });
Object.defineProperty(exports, "CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN", { enumerable: true, get: function () { return capacity_provider_2.CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN; } });
Object.defineProperty(exports, "isCapacityProviderArn", { enumerable: true, get: function () { return capacity_provider_2.isCapacityProviderArn; } });
Object.defineProperty(exports, "isValidOperatorRoleArn", { enumerable: true, get: function () { return capacity_provider_2.isValidOperatorRoleArn; } });
Object.defineProperty(exports, "OperatingSystemSchema", { enumerable: true, get: function () { return capacity_provider_2.OperatingSystemSchema; } });
Object.defineProperty(exports, "OperatorRoleArnSchema", { enumerable: true, get: function () { return capacity_provider_2.OperatorRoleArnSchema; } });
var ab_test_2 = require("./primitives/ab-test");
Object.defineProperty(exports, "ABTestModeSchema", { enumerable: true, get: function () { return ab_test_2.ABTestModeSchema; } });
Object.defineProperty(exports, "TargetRefSchema", { enumerable: true, get: function () { return ab_test_2.TargetRefSchema; } });
Object.defineProperty(exports, "GatewayFilterSchema", { enumerable: true, get: function () { return ab_test_2.GatewayFilterSchema; } });
var harness_2 = require("./primitives/harness");
Object.defineProperty(exports, "BedrockApiFormatSchema", { enumerable: true, get: function () { return harness_2.BedrockApiFormatSchema; } });
Object.defineProperty(exports, "HarnessApiFormatSchema", { enumerable: true, get: function () { return harness_2.HarnessApiFormatSchema; } });
Object.defineProperty(exports, "OpenAiApiFormatSchema", { enumerable: true, get: function () { return harness_2.OpenAiApiFormatSchema; } });
Object.defineProperty(exports, "GatewayOAuthGrantTypeSchema", { enumerable: true, get: function () { return harness_2.GatewayOAuthGrantTypeSchema; } });
Object.defineProperty(exports, "HarnessGatewayOutboundAuthSchema", { enumerable: true, get: function () { return harness_2.HarnessGatewayOutboundAuthSchema; } });
Object.defineProperty(exports, "HarnessModelProviderSchema", { enumerable: true, get: function () { return harness_2.HarnessModelProviderSchema; } });
Object.defineProperty(exports, "HarnessNameSchema", { enumerable: true, get: function () { return harness_2.HarnessNameSchema; } });
Object.defineProperty(exports, "HarnessSpecSchema", { enumerable: true, get: function () { return harness_2.HarnessSpecSchema; } });
Object.defineProperty(exports, "HarnessToolTypeSchema", { enumerable: true, get: function () { return harness_2.HarnessToolTypeSchema; } });
Object.defineProperty(exports, "ManagedMemoryStrategySchema", { enumerable: true, get: function () { return harness_2.ManagedMemoryStrategySchema; } });
Object.defineProperty(exports, "validateApiFormat", { enumerable: true, get: function () { return harness_2.validateApiFormat; } });
var knowledge_base_2 = require("./primitives/knowledge-base");
Object.defineProperty(exports, "KnowledgeBaseNameSchema", { enumerable: true, get: function () { return knowledge_base_2.KnowledgeBaseNameSchema; } });
Object.defineProperty(exports, "KnowledgeBaseSchema", { enumerable: true, get: function () { return knowledge_base_2.KnowledgeBaseSchema; } });
Object.defineProperty(exports, "S3DataSourceSchema", { enumerable: true, get: function () { return knowledge_base_2.S3DataSourceSchema; } });
Object.defineProperty(exports, "DataSourceSchema", { enumerable: true, get: function () { return knowledge_base_2.DataSourceSchema; } });
Object.defineProperty(exports, "ConnectorDataSourceTypeSchema", { enumerable: true, get: function () { return knowledge_base_2.ConnectorDataSourceTypeSchema; } });
Object.defineProperty(exports, "ConnectorFileDataSourceSchema", { enumerable: true, get: function () { return knowledge_base_2.ConnectorFileDataSourceSchema; } });
// ============================================================================
// ManagedBy Schema
// ============================================================================
exports.ManagedBySchema = zod_1.z.enum(['CDK']).default('CDK');
var mcp_2 = require("./mcp");
Object.defineProperty(exports, "AgentCoreGatewaySchema", { enumerable: true, get: function () { return mcp_2.AgentCoreGatewaySchema; } });
Object.defineProperty(exports, "AgentCoreGatewayTargetSchema", { enumerable: true, get: function () { return mcp_2.AgentCoreGatewayTargetSchema; } });
Object.defineProperty(exports, "AgentCoreMcpRuntimeToolSchema", { enumerable: true, get: function () { return mcp_2.AgentCoreMcpRuntimeToolSchema; } });
// ============================================================================
// Project Name Schema
// ============================================================================
// Project name is a CLI-only concept (combined with agent name to form the runtime name).
// Max 23 so that projectName + "_" + agentName fits within the 48-char runtime name limit.
exports.ProjectNameSchema = zod_1.z
    .string()
    .min(1, 'Project name is required')
    .max(23, 'Project name must be 23 characters or less')
    .regex(/^[A-Za-z][A-Za-z0-9]{0,22}$/, 'Project name must start with a letter and contain only alphanumeric characters')
    .refine(name => !(0, constants_1.isReservedProjectName)(name), {
    message: 'This name conflicts with a reserved package dependency. Please choose a different name.',
});
// ============================================================================
// Memory Schema
// ============================================================================
exports.MemoryTypeSchema = zod_1.z.literal('AgentCoreMemory');
// Memory names follow the same constraints as agent runtime names.
// https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateMemory.html
exports.MemoryNameSchema = zod_1.z
    .string()
    .min(1, 'Name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, 'Must begin with a letter and contain only alphanumeric characters and underscores (max 48 chars)');
exports.StreamContentLevelSchema = zod_1.z.enum(['FULL_CONTENT', 'METADATA_ONLY']);
// TODO: kinesis is currently the only supported delivery type. When additional types
// (e.g. S3, EventBridge) are added, this should become a discriminated union.
// Non-kinesis resources will produce a Zod error about the missing kinesis field.
exports.StreamDeliveryResourcesSchema = zod_1.z.object({
    resources: zod_1.z
        .array(zod_1.z.object({
        kinesis: zod_1.z.object({
            dataStreamArn: zod_1.z.string().min(1),
            contentConfigurations: zod_1.z
                .array(zod_1.z.object({
                type: zod_1.z.literal('MEMORY_RECORDS'),
                level: exports.StreamContentLevelSchema,
            }))
                .min(1),
        }),
    }))
        .min(1),
});
exports.IndexedKeyTypeSchema = zod_1.z.enum(['STRING', 'STRINGLIST', 'NUMBER']);
/**
 * Indexed metadata key declaration on a Memory.
 * Indexed keys enable filtering memory records on retrieval by attached metadata.
 *
 * Key pattern matches the AgentCore Control API: alphanumeric characters, whitespace,
 * and the symbols `. _ : / = + @ -` (max 128 chars).
 *
 * Note: indexed keys are append-only on the AWS service side — once added to a Memory,
 * a key cannot be removed. Reducing the array on update will fail at deploy time.
 */
exports.INDEXED_KEY_NAME_PATTERN = /^[a-zA-Z0-9\s._:/=+@-]+$/;
exports.INDEXED_KEY_NAME_PATTERN_MESSAGE = 'Must contain only alphanumeric characters, whitespace, or the symbols . _ : / = + @ -';
exports.MAX_INDEXED_KEY_NAME_LENGTH = 128;
exports.MAX_INDEXED_KEYS = 10;
exports.IndexedKeySchema = zod_1.z.object({
    key: zod_1.z
        .string()
        .min(1)
        .max(exports.MAX_INDEXED_KEY_NAME_LENGTH)
        .regex(exports.INDEXED_KEY_NAME_PATTERN, exports.INDEXED_KEY_NAME_PATTERN_MESSAGE)
        .refine(s => s.trim().length > 0, 'Key cannot be only whitespace'),
    type: exports.IndexedKeyTypeSchema,
});
exports.MemorySchema = zod_1.z
    .object({
    name: exports.MemoryNameSchema,
    eventExpiryDuration: zod_1.z.number().int().min(3).max(365),
    // Strategies array can be empty for short-term memory (just base memory with expiration)
    // Long-term memory includes strategies like SEMANTIC, SUMMARIZATION, USER_PREFERENCE
    strategies: zod_1.z
        .array(memory_1.MemoryStrategySchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(strategy => strategy.type, type => `Duplicate memory strategy type: ${type}`)),
    indexedKeys: zod_1.z
        .array(exports.IndexedKeySchema)
        .max(exports.MAX_INDEXED_KEYS)
        .superRefine((0, zod_util_1.uniqueBy)(entry => entry.key, key => `Duplicate indexed key: ${key}`))
        .optional(),
    tags: tags_1.TagsSchema.optional(),
    encryptionKeyArn: zod_1.z.string().optional(),
    executionRoleArn: zod_1.z.string().optional(),
    streamDeliveryResources: exports.StreamDeliveryResourcesSchema.optional(),
})
    .superRefine((memory, ctx) => {
    // Indexed keys filter long-term memory records on retrieval; they have no
    // meaning on a short-term-only memory (no strategies => no LTM records).
    if (memory.indexedKeys && memory.indexedKeys.length > 0 && memory.strategies.length === 0) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            path: ['indexedKeys'],
            message: 'indexedKeys requires at least one memory strategy (long-term memory)',
        });
    }
});
// ============================================================================
// Credential Schema
// ============================================================================
// https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateApiKeyCredentialProvider.html
exports.CredentialNameSchema = zod_1.z
    .string()
    .min(1, 'Credential name is required')
    .max(128, 'Credential name must be 128 characters or less')
    .regex(/^[a-zA-Z0-9\-_]+$/, 'Must contain only alphanumeric characters, hyphens, and underscores (1-128 chars)');
exports.CredentialTypeSchema = zod_1.z.enum([
    'ApiKeyCredentialProvider',
    'OAuthCredentialProvider',
    'PaymentCredentialProvider',
]);
exports.ApiKeyCredentialSchema = zod_1.z.object({
    authorizerType: zod_1.z.literal('ApiKeyCredentialProvider'),
    name: exports.CredentialNameSchema,
});
exports.OAuthCredentialSchema = zod_1.z.object({
    authorizerType: zod_1.z.literal('OAuthCredentialProvider'),
    name: exports.CredentialNameSchema,
    /** OIDC discovery URL for the OAuth provider (optional for imported providers that already exist in Identity service) */
    discoveryUrl: zod_1.z.string().url().optional(),
    /** Scopes this credential provider supports */
    scopes: zod_1.z.array(zod_1.z.string()).optional(),
    /** Credential provider vendor type */
    vendor: zod_1.z.string().default('CustomOauth2'),
    /** Whether this credential was auto-created by the CLI (e.g., for CUSTOM_JWT inbound auth) */
    managed: zod_1.z.boolean().optional(),
    /** Whether this credential is used for inbound or outbound auth */
    usage: zod_1.z.enum(['inbound', 'outbound']).optional(),
});
exports.PaymentCredentialSchema = zod_1.z.object({
    authorizerType: zod_1.z.literal('PaymentCredentialProvider'),
    name: exports.CredentialNameSchema,
    provider: payment_1.PaymentProviderSchema,
});
exports.CredentialSchema = zod_1.z.discriminatedUnion('authorizerType', [
    exports.ApiKeyCredentialSchema,
    exports.OAuthCredentialSchema,
    exports.PaymentCredentialSchema,
]);
// ============================================================================
// Evaluator Schema
// ============================================================================
exports.EvaluatorTypeSchema = zod_1.z.literal('CustomEvaluator');
exports.EvaluatorSchema = zod_1.z.object({
    name: evaluator_1.EvaluatorNameSchema,
    level: evaluator_1.EvaluationLevelSchema,
    description: zod_1.z.string().optional(),
    config: evaluator_1.EvaluatorConfigSchema,
    kmsKeyArn: evaluator_1.KmsKeyArnSchema.optional(),
    tags: tags_1.TagsSchema.optional(),
});
// ============================================================================
// Harness Registry Schema
// ============================================================================
exports.HarnessRegistryEntrySchema = zod_1.z.object({
    name: harness_1.HarnessNameSchema,
    path: zod_1.z.string().min(1, 'Path to harness config directory is required'),
});
// ============================================================================
// Project Schema (Top Level)
// ============================================================================
const BUILTIN_EVALUATOR_PREFIX = 'Builtin.';
const ARN_PREFIX = 'arn:';
exports.AgentCoreProjectSpecSchema = zod_1.z
    .object({
    $schema: zod_1.z.string().optional(),
    name: exports.ProjectNameSchema,
    version: zod_1.z.number().int().min(1),
    managedBy: exports.ManagedBySchema,
    tags: tags_1.TagsSchema.optional(),
    runtimes: zod_1.z
        .array(agent_env_1.AgentEnvSpecSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(agent => agent.name, name => `Duplicate agent name: ${name}`)),
    memories: zod_1.z
        .array(exports.MemorySchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(memory => memory.name, name => `Duplicate memory name: ${name}`)),
    knowledgeBases: zod_1.z
        .array(knowledge_base_1.KnowledgeBaseSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(kb => kb.name, name => `Duplicate knowledge base name: ${name}`)),
    credentials: zod_1.z
        .array(exports.CredentialSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(credential => credential.name, name => `Duplicate credential name: ${name}`)),
    evaluators: zod_1.z
        .array(exports.EvaluatorSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(evaluator => evaluator.name, name => `Duplicate evaluator name: ${name}`)),
    onlineEvalConfigs: zod_1.z
        .array(online_eval_config_1.OnlineEvalConfigSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(config => config.name, name => `Duplicate online eval config name: ${name}`)),
    // MCP / Gateway resources (previously in mcp.json)
    agentCoreGateways: zod_1.z
        .array(mcp_1.AgentCoreGatewaySchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(gateway => gateway.name, name => `Duplicate gateway name: ${name}`)),
    mcpRuntimeTools: zod_1.z
        .array(mcp_1.AgentCoreMcpRuntimeToolSchema)
        .optional()
        .superRefine((tools, ctx) => {
        if (!tools)
            return;
        (0, zod_util_1.uniqueBy)((tool) => tool.name, (name) => `Duplicate MCP runtime tool name: ${name}`)(tools, ctx);
    }),
    unassignedTargets: zod_1.z
        .array(mcp_1.AgentCoreGatewayTargetSchema)
        .optional()
        .superRefine((targets, ctx) => {
        if (!targets)
            return;
        (0, zod_util_1.uniqueBy)((target) => target.name, (name) => `Duplicate unassigned target name: ${name}`)(targets, ctx);
    }),
    policyEngines: zod_1.z
        .array(policy_1.PolicyEngineSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(engine => engine.name, name => `Duplicate policy engine name: ${name}`)),
    configBundles: zod_1.z
        .array(config_bundle_1.ConfigBundleSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(bundle => bundle.name, name => `Duplicate config bundle name: ${name}`)),
    abTests: zod_1.z
        .array(ab_test_1.ABTestSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(test => test.name, name => `Duplicate AB test name: ${name}`)),
    harnesses: zod_1.z
        .array(exports.HarnessRegistryEntrySchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(harness => harness.name, name => `Duplicate harness name: ${name}`)),
    datasets: zod_1.z
        .array(dataset_1.DatasetSchema)
        .optional()
        .superRefine((val, ctx) => {
        if (!val)
            return;
        const seen = new Set();
        for (const dataset of val) {
            if (seen.has(dataset.name)) {
                ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: `Duplicate dataset name: ${dataset.name}` });
            }
            seen.add(dataset.name);
        }
    }),
    capacityProviders: zod_1.z
        .array(capacity_provider_1.CapacityProviderSchema)
        .optional()
        .superRefine((items, ctx) => {
        if (!items)
            return;
        (0, zod_util_1.uniqueBy)((cp) => cp.name, (name) => `Duplicate capacity provider name: ${name}`)(items, ctx);
    }),
    httpGateways: zod_1.z
        .array(zod_1.z.unknown())
        .max(0, '"httpGateways" is deprecated. Migrate to agentCoreGateways with protocolType: "None", or use "agentcore import gateway".')
        .optional(),
    payments: zod_1.z
        .array(payment_1.PaymentManagerSchema)
        .optional()
        .superRefine((items, ctx) => {
        if (!items)
            return;
        (0, zod_util_1.uniqueBy)((manager) => manager.name, (name) => `Duplicate payment manager name: ${name}`)(items, ctx);
    }),
})
    .strict()
    .superRefine((spec, ctx) => {
    const agentNames = new Set(spec.runtimes.map(a => a.name));
    const evaluatorNames = new Set(spec.evaluators.map(e => e.name));
    for (const config of spec.onlineEvalConfigs) {
        // Validate agent reference (only when agent is specified — custom log groups don't need one)
        if (config.agent && !agentNames.has(config.agent)) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `Online eval config "${config.name}" references unknown agent "${config.agent}"`,
            });
        }
        // Validate evaluator references
        for (const evalName of config.evaluators ?? []) {
            // Skip built-in evaluators and ARN references (externally managed)
            if (evalName.startsWith(BUILTIN_EVALUATOR_PREFIX) || evalName.startsWith(ARN_PREFIX))
                continue;
            if (!evaluatorNames.has(evalName)) {
                ctx.addIssue({
                    code: zod_1.z.ZodIssueCode.custom,
                    message: `Online eval config "${config.name}" references unknown evaluator "${evalName}"`,
                });
            }
        }
    }
    // Validate httpRuntime target runtime references
    for (const gw of spec.agentCoreGateways ?? []) {
        for (const target of gw.targets) {
            if (target.targetType === 'httpRuntime') {
                if (target.httpRuntime?.runtime) {
                    const runtimeExists = spec.runtimes.some(r => r.name === target.httpRuntime.runtime);
                    if (!runtimeExists) {
                        ctx.addIssue({
                            code: zod_1.z.ZodIssueCode.custom,
                            message: `Gateway "${gw.name}" target "${target.name}" references unknown runtime "${target.httpRuntime.runtime}". Check spec.runtimes.`,
                        });
                    }
                    else if (target.httpRuntime.runtimeEndpoint && target.httpRuntime.runtimeEndpoint !== 'DEFAULT') {
                        const runtime = spec.runtimes.find(r => r.name === target.httpRuntime.runtime);
                        if (runtime && !runtime.endpoints?.[target.httpRuntime.runtimeEndpoint]) {
                            ctx.addIssue({
                                code: zod_1.z.ZodIssueCode.custom,
                                message: `Gateway "${gw.name}" target "${target.name}" references endpoint "${target.httpRuntime.runtimeEndpoint}" which does not exist on runtime "${target.httpRuntime.runtime}".`,
                            });
                        }
                    }
                }
            }
        }
    }
    // Validate runtime -> capacity-provider sibling references. A runtime may attach to a
    // capacity provider by name (an in-project sibling) or by ARN (external). A name must
    // resolve to a capacityProviders[] entry; ARNs are accepted as external and not checked here.
    const capacityProvidersByName = new Map((spec.capacityProviders ?? []).map(cp => [cp.name, cp]));
    for (const runtime of spec.runtimes) {
        const cpName = runtime.capacityProviderConfiguration?.capacityProviderName;
        if (cpName && !capacityProvidersByName.has(cpName)) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `Runtime "${runtime.name}" references unknown capacity provider "${cpName}". Check spec.capacityProviders.`,
            });
        }
        // A capacityProviderVolume mount must reference a volume defined on the attached CP. We can
        // only introspect an in-project sibling (by name); an external CP referenced by ARN is skipped.
        const cpVolumeMounts = (runtime.filesystemConfigurations ?? []).filter(fc => 'capacityProviderVolume' in fc);
        if (cpVolumeMounts.length > 0 && cpName) {
            const cp = capacityProvidersByName.get(cpName);
            if (cp) {
                const definedVolumeNames = new Set((cp.computeConfiguration.ec2Configuration.volumes ?? []).map(v => v.ebsConfiguration.name));
                for (const fc of cpVolumeMounts) {
                    const volumeName = fc.capacityProviderVolume
                        .volumeName;
                    if (!definedVolumeNames.has(volumeName)) {
                        ctx.addIssue({
                            code: zod_1.z.ZodIssueCode.custom,
                            message: `Runtime "${runtime.name}" mounts capacity provider volume "${volumeName}" which is not defined on capacity provider "${cpName}". Check its computeConfiguration.ec2Configuration.volumes.`,
                        });
                    }
                }
            }
        }
    }
    // Validate AB test gateway references
    for (const test of spec.abTests ?? []) {
        const gwField = test.gatewayRef;
        if (gwField && typeof gwField === 'string') {
            const match = /^\{\{gateway:(.+)\}\}$/.exec(gwField);
            if (match) {
                const gwName = match[1];
                const gwExists = (spec.agentCoreGateways ?? []).some(gw => gw.name === gwName);
                if (!gwExists) {
                    ctx.addIssue({
                        code: zod_1.z.ZodIssueCode.custom,
                        message: `AB test "${test.name}" references gateway "${gwName}" which does not exist in agentCoreGateways`,
                    });
                }
                // For target-based AB tests, validate target names exist in the gateway's targets array
                if (test.mode === 'target-based') {
                    const gw = (spec.agentCoreGateways ?? []).find(g => g.name === gwName);
                    if (gw) {
                        const gwTargetNames = new Set((gw.targets ?? []).map(t => t.name));
                        for (const variant of test.variants) {
                            const targetName = variant.variantConfiguration.target?.targetName;
                            if (targetName && !gwTargetNames.has(targetName)) {
                                ctx.addIssue({
                                    code: zod_1.z.ZodIssueCode.custom,
                                    message: `AB test "${test.name}" variant "${variant.name}" references target "${targetName}" which does not exist in gateway "${gwName}" targets`,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    // Connector gateway target KB reference: a project KB name (entry in
    // knowledgeBases[]) or a literal 10-char KB ID (an external KB this
    // project does not own). Real KB IDs match ^[A-Z0-9]{10}$; KB names
    // start with a letter and may include dashes/underscores. The two
    // formats can never collide.
    const knowledgeBaseNames = new Set((spec.knowledgeBases ?? []).map(kb => kb.name));
    const REAL_KB_ID_PATTERN = /^[A-Z0-9]{10}$/;
    const validateKbReference = (target, value, fieldLabel) => {
        const looksLikeRealId = REAL_KB_ID_PATTERN.test(value);
        if (looksLikeRealId) {
            if (knowledgeBaseNames.has(value)) {
                ctx.addIssue({
                    code: zod_1.z.ZodIssueCode.custom,
                    message: `Connector target "${target.name}" ${fieldLabel} "${value}" looks like a literal KB ID but also matches a knowledgeBases[] entry. Rename the knowledge base or reference it by its project name instead.`,
                });
            }
        }
        else {
            if (!knowledgeBaseNames.has(value)) {
                ctx.addIssue({
                    code: zod_1.z.ZodIssueCode.custom,
                    message: `Connector target "${target.name}" ${fieldLabel} "${value}" does not match any knowledgeBases[] entry. To wire an external KB that this project does not own, use its 10-character KB ID.`,
                });
            }
        }
    };
    for (const gateway of spec.agentCoreGateways ?? []) {
        for (const target of gateway.targets ?? []) {
            if (target.targetType !== 'connector')
                continue;
            if (target.connectorId !== 'bedrock-knowledge-bases') {
                continue;
            }
            for (const cfg of target.configurations ?? []) {
                const pv = cfg.parameterValues;
                if (cfg.name === 'Retrieve' && pv?.knowledgeBaseId && typeof pv.knowledgeBaseId === 'string') {
                    validateKbReference(target, pv.knowledgeBaseId, 'configurations[].parameterValues.knowledgeBaseId');
                }
                if (cfg.name === 'AgenticRetrieveStream') {
                    const rawRetrievers = pv?.retrievers;
                    if (!Array.isArray(rawRetrievers))
                        continue;
                    for (const r of rawRetrievers) {
                        if (!r || typeof r !== 'object')
                            continue;
                        const kbId = r.configuration
                            ?.knowledgeBase?.knowledgeBaseId;
                        if (kbId)
                            validateKbReference(target, kbId, 'configurations[].parameterValues.retrievers[].knowledgeBaseId');
                    }
                }
            }
        }
    }
    // Validate payment connector credential references
    for (const payment of spec.payments ?? []) {
        const paymentIndex = (spec.payments ?? []).indexOf(payment);
        for (const connector of payment.connectors) {
            const connectorIndex = payment.connectors.indexOf(connector);
            if (connector.provisionMode === 'QUICK_CREATE')
                continue;
            const credential = spec.credentials.find(c => c.name === connector.credentialName);
            if (!credential) {
                ctx.addIssue({
                    code: zod_1.z.ZodIssueCode.custom,
                    message: `Payment connector "${connector.name}" in manager "${payment.name}" references credential "${connector.credentialName}" which does not exist in credentials[]`,
                    path: ['payments', paymentIndex, 'connectors', connectorIndex, 'credentialName'],
                });
            }
            else if (credential.authorizerType !== 'PaymentCredentialProvider') {
                ctx.addIssue({
                    code: zod_1.z.ZodIssueCode.custom,
                    message: `Payment connector "${connector.name}" in manager "${payment.name}" references credential "${connector.credentialName}" which is a ${credential.authorizerType}, not a PaymentCredentialProvider`,
                    path: ['payments', paymentIndex, 'connectors', connectorIndex, 'credentialName'],
                });
            }
        }
    }
});