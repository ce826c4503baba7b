"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LANGUAGE_FRAMEWORK_MATRIX = exports.PROTOCOL_FRAMEWORK_MATRIX = exports.ProtocolModeSchema = exports.MAX_CONTAINER_BUILD_SECURITY_GROUPS = exports.SECURITY_GROUP_ID_PATTERN = exports.SUBNET_ID_PATTERN = exports.VPC_ID_PATTERN = exports.NetworkModeSchema = exports.DEFAULT_RUNTIME_BY_LANGUAGE = exports.DEFAULT_ENTRYPOINT_BY_LANGUAGE = exports.RuntimeVersionSchema = exports.DEFAULT_NODE_VERSION = exports.NodeRuntimeSchema = exports.DEFAULT_PYTHON_VERSION = exports.PythonRuntimeSchema = exports.RESERVED_PROJECT_NAMES = exports.SDK_MODEL_PROVIDER_MATRIX = exports.DEFAULT_MODEL_IDS = exports.CREDENTIAL_PROVIDERS = exports.ModelProviderSchema = exports.TargetLanguageSchema = exports.SDKFrameworkSchema = void 0;
exports.matchEnumValue = matchEnumValue;
exports.getSupportedModelProviders = getSupportedModelProviders;
exports.isModelProviderSupported = isModelProviderSupported;
exports.isReservedProjectName = isReservedProjectName;
exports.isContainerBuild = isContainerBuild;
exports.getSupportedFrameworksForProtocol = getSupportedFrameworksForProtocol;
exports.isFrameworkSupportedForProtocol = isFrameworkSupportedForProtocol;
exports.getFrameworksForLanguage = getFrameworksForLanguage;
exports.isFrameworkSupportedForLanguage = isFrameworkSupportedForLanguage;
const zod_1 = require("zod");
// ============================================================================
// Feature Constants (shared across all schemas)
// ============================================================================
exports.SDKFrameworkSchema = zod_1.z.enum(['Strands', 'LangChain_LangGraph', 'GoogleADK', 'OpenAIAgents', 'VercelAI']);
exports.TargetLanguageSchema = zod_1.z.enum(['Python', 'TypeScript', 'Other']);
exports.ModelProviderSchema = zod_1.z.enum(['Bedrock', 'Gemini', 'OpenAI', 'Anthropic', 'LiteLLM']);
/** Providers that use credentials (Bedrock uses IAM, no credential needed). LiteLLM's API key is optional. */
exports.CREDENTIAL_PROVIDERS = ['Gemini', 'OpenAI', 'Anthropic', 'LiteLLM'];
/**
 * Case-insensitively match a user-provided value against a Zod enum's options.
 * Returns the canonical (correctly-cased) value, or undefined if no match.
 */
function matchEnumValue(schema, input) {
    const lower = input.toLowerCase();
    return schema.options.find(v => v.toLowerCase() === lower);
}
/**
 * Default model IDs used for each provider.
 * These are the models generated in agent templates.
 */
exports.DEFAULT_MODEL_IDS = {
    Bedrock: 'us.anthropic.claude-sonnet-4-5-20250514-v1:0',
    Anthropic: 'claude-sonnet-4-5-20250514',
    OpenAI: 'gpt-4.1',
    Gemini: 'gemini-2.5-flash',
    // LiteLLM model ids are provider-prefixed (e.g. "bedrock/...", "openai/gpt-4o"); no single default.
    LiteLLM: 'bedrock/us.anthropic.claude-sonnet-4-5-20250514-v1:0',
};
/**
 * Matrix defining which model providers are supported for each SDK framework.
 * - Most SDKs support all 4 providers (Bedrock, Anthropic, OpenAI, Gemini)
 * - GoogleADK only supports Gemini (uses Google's native API)
 * - OpenAIAgents only supports OpenAI (uses OpenAI's native API)
 */
exports.SDK_MODEL_PROVIDER_MATRIX = {
    // LiteLLM is supported for Strands (used by harness export) — it proxies to any provider.
    Strands: ['Bedrock', 'Anthropic', 'OpenAI', 'Gemini', 'LiteLLM'],
    LangChain_LangGraph: ['Bedrock', 'Anthropic', 'OpenAI', 'Gemini'],
    GoogleADK: ['Gemini'],
    OpenAIAgents: ['OpenAI'],
    VercelAI: ['Bedrock', 'Anthropic', 'OpenAI', 'Gemini'],
};
/**
 * Returns the supported model providers for a given SDK framework.
 */
function getSupportedModelProviders(sdk) {
    return exports.SDK_MODEL_PROVIDER_MATRIX[sdk];
}
/**
 * Checks if a model provider is supported for a given SDK framework.
 */
function isModelProviderSupported(sdk, provider) {
    return exports.SDK_MODEL_PROVIDER_MATRIX[sdk].includes(provider);
}
// ============================================================================
// Reserved Project Names (Python package conflicts)
// ============================================================================
/**
 * Project/agent names that would conflict with Python package names when
 * creating a virtual environment. If the project directory name matches
 * a dependency name, uv/pip will fail to resolve dependencies correctly.
 *
 * This list includes all dependencies used across SDK templates, normalized
 * to valid project name format (lowercase, underscores replaced with nothing
 * since project names are alphanumeric only).
 */
exports.RESERVED_PROJECT_NAMES = [
    // Core SDK packages
    'anthropic',
    'autogen',
    'autogenagentchat',
    'autogenext',
    'bedrock',
    'bedrockagentcore',
    'googleadk',
    'googlegenerativeai',
    'langchain',
    'langchainanthropic',
    'langchainaws',
    'langchaingooglegenai',
    'langchainmcpadapters',
    'langchainopenai',
    'langgraph',
    'mcp',
    'openai',
    'openaiagents',
    'strands',
    'strandsagents',
    'strandsagentstools',
    // AG-UI adapter packages
    'agui',
    'aguistrands',
    'aguilanggraph',
    'aguiadk',
    'aguiprotocol',
    'vercelai',
    'aisdk',
    // Common utilities
    'httpx',
    'pytest',
    'pytestasyncio',
    'pythondotenv',
    // Build tools
    'hatchling',
    'setuptools',
    'wheel',
    // AWS packages
    'awsopentelemetrydistro',
    'boto3',
    'botocore',
    // Common Python stdlib/package names that could cause issues
    'test',
    'tests',
    'src',
    'lib',
    'dist',
    'build',
    'env',
    'venv',
    'site',
    'pip',
    'uv',
];
/**
 * Check if a project name is reserved (case-insensitive).
 */
function isReservedProjectName(name) {
    return exports.RESERVED_PROJECT_NAMES.includes(name.toLowerCase());
}
// ============================================================================
// Infrastructure Constants (shared between agent-env and mcp schemas)
// ============================================================================
exports.PythonRuntimeSchema = zod_1.z.enum(['PYTHON_3_10', 'PYTHON_3_11', 'PYTHON_3_12', 'PYTHON_3_13', 'PYTHON_3_14']);
/** Default Python runtime version for new agents and MCP tools */
exports.DEFAULT_PYTHON_VERSION = 'PYTHON_3_14';
exports.NodeRuntimeSchema = zod_1.z.enum(['NODE_18', 'NODE_20', 'NODE_22']);
/** Default Node.js runtime version for new TypeScript agents */
exports.DEFAULT_NODE_VERSION = 'NODE_22';
/** Combined runtime version schema supporting both Python and Node/TypeScript runtimes */
exports.RuntimeVersionSchema = zod_1.z.union([exports.PythonRuntimeSchema, exports.NodeRuntimeSchema]);
/** Default entrypoint filename for each target language (create path). */
exports.DEFAULT_ENTRYPOINT_BY_LANGUAGE = {
    Python: 'main.py',
    TypeScript: 'main.js',
};
/** Default runtime version for each target language (create path). */
exports.DEFAULT_RUNTIME_BY_LANGUAGE = {
    Python: exports.DEFAULT_PYTHON_VERSION,
    TypeScript: exports.DEFAULT_NODE_VERSION,
};
exports.NetworkModeSchema = zod_1.z.enum(['PUBLIC', 'VPC']);
// ============================================================================
// AWS Network Resource ID Patterns (single source of truth)
//
// Canonical AWS resource ID format: lowercase hex, exactly 8 chars (legacy) or
// 17 chars (current). These are shared by NetworkConfigSchema (agent VPC config)
// and the auth/PrivateLink schema (ManagedVpcResource). All consumers must import
// from here rather than defining their own copies.
// ============================================================================
/** Matches a VPC ID: vpc- followed by 8 or 17 lowercase hex digits. */
exports.VPC_ID_PATTERN = /^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
/** Matches a subnet ID: subnet- followed by 8 or 17 lowercase hex digits. */
exports.SUBNET_ID_PATTERN = /^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
/** Matches a security group ID: sg- followed by 8 or 17 lowercase hex digits. */
exports.SECURITY_GROUP_ID_PATTERN = /^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
/** CodeBuild caps a project's VPC config at 5 security groups (vs 16 for the runtime). */
exports.MAX_CONTAINER_BUILD_SECURITY_GROUPS = 5;
/**
 * Whether a build runs the container-image pipeline (CodeBuild) and therefore requires an explicit
 * `networkConfig.vpcId` in VPC mode — CodeBuild's CreateProject cannot infer the VPC from subnets
 * alone. This is the single source of truth for "is this a container build?", shared by the schema
 * refinements (agent-env + harness), the CLI validators, and the import/export vpcId-resolution
 * guards so the decision cannot drift between them.
 *
 * A build is a container build when ANY of these hold:
 * - `build === 'Container'` (agent specs, and harnesses whose build type resolved to Container),
 * - it carries a `dockerfile` (from-source container harness), or
 * - it carries a `containerUri` (prebuilt image harness — export still emits a `FROM <uri>`
 *   Dockerfile stub that CodeBuild builds, so it needs a vpcId too).
 */
function isContainerBuild(spec) {
    return spec.build === 'Container' || !!spec.containerUri || !!spec.dockerfile;
}
// ============================================================================
// Protocol Mode
// ============================================================================
exports.ProtocolModeSchema = zod_1.z.enum(['HTTP', 'MCP', 'A2A', 'AGUI']);
/**
 * Matrix defining which SDK frameworks are supported for each protocol mode.
 * MCP is a standalone tool server with no framework.
 */
exports.PROTOCOL_FRAMEWORK_MATRIX = {
    HTTP: ['Strands', 'LangChain_LangGraph', 'GoogleADK', 'OpenAIAgents', 'VercelAI'],
    MCP: [],
    A2A: ['Strands', 'GoogleADK', 'LangChain_LangGraph'],
    AGUI: ['Strands', 'LangChain_LangGraph', 'GoogleADK'],
};
/**
 * Returns the supported SDK frameworks for a given protocol mode.
 */
function getSupportedFrameworksForProtocol(protocol) {
    return exports.PROTOCOL_FRAMEWORK_MATRIX[protocol];
}
/**
 * Checks if a framework is supported for a given protocol mode.
 */
function isFrameworkSupportedForProtocol(protocol, framework) {
    return exports.PROTOCOL_FRAMEWORK_MATRIX[protocol].includes(framework);
}
/**
 * Matrix defining which SDK frameworks ship templates for each target language.
 * Vercel AI is TypeScript-only; the remaining frameworks are Python-only today.
 * Used to keep framework pickers and validation in sync with the templates that
 * actually exist under `assets/<language>/...`.
 */
exports.LANGUAGE_FRAMEWORK_MATRIX = {
    Python: ['Strands', 'LangChain_LangGraph', 'GoogleADK', 'OpenAIAgents'],
    TypeScript: ['Strands', 'VercelAI'],
};
/**
 * Returns the SDK frameworks that have templates for a given target language.
 */
function getFrameworksForLanguage(language) {
    return exports.LANGUAGE_FRAMEWORK_MATRIX[language];
}
/**
 * Checks if a framework has a template for a given target language.
 */
function isFrameworkSupportedForLanguage(language, framework) {
    return getFrameworksForLanguage(language).includes(framework);
}