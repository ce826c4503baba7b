"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HarnessSpecSchema = exports.AllowedToolSchema = exports.HarnessSkillSchema = exports.HarnessSkillAwsSkillsSourceSchema = exports.HarnessSkillPathSourceSchema = exports.HarnessSkillGitSourceSchema = exports.HarnessSkillS3SourceSchema = exports.HarnessSkillGitAuthSchema = exports.HarnessTruncationConfigSchema = exports.SummarizationConfigSchema = exports.SlidingWindowConfigSchema = exports.HarnessTruncationStrategySchema = exports.HarnessMemoryRefSchema = exports.ManagedMemoryStrategySchema = exports.HarnessMemoryRetrievalConfigSchema = exports.HarnessToolSchema = exports.HarnessToolConfigSchema = exports.InlineFunctionConfigSchema = exports.AgentCoreGatewayConfigSchema = exports.HarnessGatewayOutboundAuthSchema = exports.GatewayOAuthGrantTypeSchema = exports.AgentCoreCodeInterpreterConfigSchema = exports.AgentCoreBrowserConfigSchema = exports.RemoteMcpConfigSchema = exports.HarnessToolNameSchema = exports.HarnessToolTypeSchema = exports.HarnessModelSchema = exports.HarnessApiFormatSchema = exports.OpenAiApiFormatSchema = exports.BedrockApiFormatSchema = exports.MAX_LITE_LLM_API_BASE_LENGTH = exports.HarnessModelProviderSchema = exports.HarnessNameSchema = exports.MAX_ENV_VAR_KEY_LENGTH = exports.MAX_ENV_VARS = exports.MAX_ENV_VAR_VALUE_LENGTH = exports.MAX_CONTAINER_URI_LENGTH = exports.CONTAINER_URI_PATTERN = void 0;
exports.validateApiFormat = validateApiFormat;
exports.looksLikeLegacyPromptPath = looksLikeLegacyPromptPath;
const constants_1 = require("../../constants");
const agent_env_1 = require("../agent-env");
const auth_1 = require("../auth");
const connections_1 = require("../connections");
const zod_util_1 = require("../zod-util");
const tags_1 = require("./tags");
const zod_1 = require("zod");
/**
 * ECR container image URI pattern, mirroring the CFN ContainerConfiguration.ContainerUri
 * constraint (private 12-digit ECR registry or public.ecr.aws, optional tag/digest).
 * A non-ECR URI is rejected client-side instead of failing at CloudFormation CREATE.
 */
exports.CONTAINER_URI_PATTERN = 
// eslint-disable-next-line security/detect-unsafe-regex -- mirrors the CFN ContainerUri pattern; input is length-bounded by .max(MAX_CONTAINER_URI_LENGTH)
/^(([0-9]{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?|public\.ecr\.aws)\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:@]{1,300}))?(?:@(.+))?$/;
/** CFN ContainerConfiguration.ContainerUri maxLength. */
exports.MAX_CONTAINER_URI_LENGTH = 1024;
/** CFN EnvironmentVariables value maxLength and map maxProperties. */
exports.MAX_ENV_VAR_VALUE_LENGTH = 5000;
exports.MAX_ENV_VARS = 50;
/** CFN/Smithy EnvironmentVariableKey length bounds (Smithy EnvironmentVariableKey: 1–100, no char pattern). */
exports.MAX_ENV_VAR_KEY_LENGTH = 100;
// ============================================================================
// Harness Name
// ============================================================================
exports.HarnessNameSchema = zod_1.z
    .string()
    .min(1, 'Harness name is required')
    .max(40)
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'Must begin with a letter and contain only alphanumeric characters and underscores (max 40 chars)');
// ============================================================================
// Model Configuration
// ============================================================================
exports.HarnessModelProviderSchema = zod_1.z.enum(['bedrock', 'open_ai', 'gemini', 'lite_llm']);
/** Max length of the LiteLLM apiBase URL (Smithy: HarnessLiteLlmApiBase, 1–16383). */
exports.MAX_LITE_LLM_API_BASE_LENGTH = 16383;
exports.BedrockApiFormatSchema = zod_1.z.enum(['converse_stream', 'responses', 'chat_completions']);
exports.OpenAiApiFormatSchema = zod_1.z.enum(['responses', 'chat_completions']);
exports.HarnessApiFormatSchema = zod_1.z.enum(['converse_stream', 'responses', 'chat_completions']);
exports.HarnessModelSchema = zod_1.z
    .object({
    provider: exports.HarnessModelProviderSchema,
    modelId: zod_1.z.string().min(1, 'Model ID is required'),
    apiKeyArn: zod_1.z.string().optional(),
    apiFormat: exports.HarnessApiFormatSchema.optional(),
    temperature: zod_1.z.number().min(0).max(2).optional(),
    topP: zod_1.z.number().min(0).max(1).optional(),
    topK: zod_1.z.number().int().min(0).max(500).optional(),
    maxTokens: zod_1.z.number().int().min(1).optional(),
    /** LiteLLM only: base URL for the third-party model provider's API endpoint. */
    apiBase: zod_1.z.string().min(1).max(exports.MAX_LITE_LLM_API_BASE_LENGTH).optional(),
    /** LiteLLM only: provider-specific parameters passed through to the model provider unchanged. */
    additionalParams: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(),
})
    .superRefine((model, ctx) => {
    if (model.topK !== undefined && model.provider !== 'gemini') {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'topK is only supported for the "gemini" provider',
            path: ['topK'],
        });
    }
    if (model.apiFormat !== undefined) {
        if (model.provider !== 'bedrock' && model.provider !== 'open_ai') {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: '--api-format is only supported for bedrock and open_ai providers',
                path: ['apiFormat'],
            });
        }
        else if (model.provider === 'open_ai' && model.apiFormat === 'converse_stream') {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `Invalid API format for open_ai: ${model.apiFormat}. Use ${exports.OpenAiApiFormatSchema.options.join(', ')}`,
                path: ['apiFormat'],
            });
        }
    }
    // CFN requires ApiKeyArn for the open_ai and gemini model configs (bedrock and lite_llm do not).
    if (model.apiKeyArn === undefined && (model.provider === 'open_ai' || model.provider === 'gemini')) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: `apiKeyArn is required for the "${model.provider}" provider`,
            path: ['apiKeyArn'],
        });
    }
    if (model.apiBase !== undefined && model.provider !== 'lite_llm') {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'apiBase is only supported for the "lite_llm" provider',
            path: ['apiBase'],
        });
    }
    if (model.additionalParams !== undefined && model.provider !== 'lite_llm') {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'additionalParams is only supported for the "lite_llm" provider',
            path: ['additionalParams'],
        });
    }
});
function validateApiFormat(apiFormat, provider) {
    const allFormats = exports.HarnessApiFormatSchema.options;
    if (!allFormats.includes(apiFormat)) {
        return { valid: false, error: `Invalid API format: ${apiFormat}. Use ${allFormats.join(', ')}` };
    }
    if (provider !== 'bedrock' && provider !== 'open_ai') {
        return { valid: false, error: '--api-format is only supported for bedrock and open_ai providers' };
    }
    const result = exports.HarnessModelSchema.safeParse({ provider, modelId: 'placeholder', apiFormat });
    if (result.success)
        return { valid: true };
    const apiFormatIssue = result.error.issues.find(i => i.path.includes('apiFormat'));
    if (apiFormatIssue) {
        return {
            valid: false,
            error: `Invalid API format for ${provider}: ${apiFormat}. Use ${(provider === 'open_ai' ? exports.OpenAiApiFormatSchema : exports.BedrockApiFormatSchema).options.join(', ')}`,
        };
    }
    return { valid: true };
}
// ============================================================================
// Tool Configuration
// ============================================================================
exports.HarnessToolTypeSchema = zod_1.z.enum([
    'remote_mcp',
    'agentcore_browser',
    'agentcore_gateway',
    'inline_function',
    'agentcore_code_interpreter',
]);
exports.HarnessToolNameSchema = zod_1.z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-zA-Z0-9_-]+$/, 'Tool name must contain only alphanumeric characters, hyphens, and underscores (1-64 chars)');
exports.RemoteMcpConfigSchema = zod_1.z.object({
    remoteMcp: zod_1.z.object({
        url: zod_1.z.string().min(1),
        headers: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).optional(),
    }),
});
exports.AgentCoreBrowserConfigSchema = zod_1.z.object({
    agentCoreBrowser: zod_1.z.object({
        browserArn: zod_1.z.string().optional(),
    }),
});
exports.AgentCoreCodeInterpreterConfigSchema = zod_1.z.object({
    agentCoreCodeInterpreter: zod_1.z.object({
        codeInterpreterArn: zod_1.z.string().optional(),
    }),
});
exports.GatewayOAuthGrantTypeSchema = zod_1.z.enum(['CLIENT_CREDENTIALS', 'USER_FEDERATION']);
exports.HarnessGatewayOutboundAuthSchema = zod_1.z.union([
    zod_1.z.object({ awsIam: zod_1.z.object({}) }),
    zod_1.z.object({ none: zod_1.z.object({}) }),
    zod_1.z.object({
        oauth: zod_1.z.object({
            providerArn: zod_1.z.string().min(1),
            scopes: zod_1.z.array(zod_1.z.string().min(1)),
            grantType: exports.GatewayOAuthGrantTypeSchema.optional(),
            customParameters: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).optional(),
        }),
    }),
]);
exports.AgentCoreGatewayConfigSchema = zod_1.z.object({
    agentCoreGateway: zod_1.z
        .object({
        gatewayArn: zod_1.z.string().min(1),
        outboundAuth: exports.HarnessGatewayOutboundAuthSchema.optional(),
    })
        .passthrough()
        .superRefine((data, ctx) => {
        if ('credentialProviderName' in data) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'credentialProviderName is no longer supported. Use outboundAuth instead. Example: outboundAuth: { awsIam: {} } or outboundAuth: { oauth: { providerArn: "...", scopes: [...] } }',
                path: ['credentialProviderName'],
            });
        }
    }),
});
exports.InlineFunctionConfigSchema = zod_1.z.object({
    inlineFunction: zod_1.z.object({
        description: zod_1.z.string().min(1),
        inputSchema: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()),
    }),
});
exports.HarnessToolConfigSchema = zod_1.z.union([
    exports.RemoteMcpConfigSchema,
    exports.AgentCoreBrowserConfigSchema,
    exports.AgentCoreCodeInterpreterConfigSchema,
    exports.AgentCoreGatewayConfigSchema,
    exports.InlineFunctionConfigSchema,
]);
const TOOL_TYPE_TO_CONFIG_KEY = {
    remote_mcp: 'remoteMcp',
    agentcore_browser: 'agentCoreBrowser',
    agentcore_gateway: 'agentCoreGateway',
    inline_function: 'inlineFunction',
    agentcore_code_interpreter: 'agentCoreCodeInterpreter',
};
const TOOL_TYPES_REQUIRING_CONFIG = new Set(['remote_mcp', 'agentcore_gateway', 'inline_function']);
exports.HarnessToolSchema = zod_1.z
    .object({
    type: exports.HarnessToolTypeSchema,
    name: exports.HarnessToolNameSchema,
    config: exports.HarnessToolConfigSchema.optional(),
})
    .superRefine((tool, ctx) => {
    const expectedKey = TOOL_TYPE_TO_CONFIG_KEY[tool.type];
    if (!tool.config) {
        if (TOOL_TYPES_REQUIRING_CONFIG.has(tool.type)) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `Tool type "${tool.type}" requires a "${expectedKey}" config`,
                path: ['config'],
            });
        }
        return;
    }
    const configKeys = Object.keys(tool.config);
    if (configKeys.length !== 1 || configKeys[0] !== expectedKey) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: `Tool type "${tool.type}" requires "${expectedKey}" config, got "${configKeys[0]}"`,
            path: ['config'],
        });
    }
});
// ============================================================================
// Memory Reference
// ============================================================================
/**
 * Per-namespace retrieval tuning, applied as a flat default across every namespace
 * of the referenced memory's strategies. Namespaces are only known at CDK synth
 * (from the resolved Memory's strategies), so a per-namespace map cannot be authored
 * here; the CDK fans this single config out to each namespace. StrategyId is omitted
 * deliberately — the namespace already identifies the strategy and the id is
 * service-assigned. Maps to CFN HarnessAgentCoreMemoryRetrievalConfig {TopK, RelevanceScore}.
 */
exports.HarnessMemoryRetrievalConfigSchema = zod_1.z
    .object({
    topK: zod_1.z.number().int().min(1).optional(),
    relevanceScore: zod_1.z.number().min(0).max(1).optional(),
})
    .strict()
    // An empty `{}` parses against the optional fields, but fans out to per-namespace `{}` objects —
    // the exact shape that crashed the pre-v6 service handler. Require at least one knob.
    .refine(v => v.topK !== undefined || v.relevanceScore !== undefined, {
    message: 'retrievalConfig must specify at least one of topK or relevanceScore',
});
/**
 * Managed-memory strategy set. NOT MemoryStrategyTypeSchema: managed harness memory excludes
 * CUSTOM (the CFN ManagedMemoryConfiguration.Strategies enum is exactly these four).
 */
exports.ManagedMemoryStrategySchema = zod_1.z.enum(['SEMANTIC', 'SUMMARIZATION', 'USER_PREFERENCE', 'EPISODIC']);
/**
 * Managed: the harness creates and owns its memory internally. The memory `arn` is read-only
 * (service-populated) and never authored here. `strategies` is OPTIONAL and left absent by default:
 * when omitted, the harness/service applies its own default strategy set. It is only written when the
 * user explicitly tunes it, so the CLI never pins a default the service might evolve.
 */
const ManagedMemoryRefSchema = zod_1.z
    .object({
    mode: zod_1.z.literal('managed'),
    strategies: zod_1.z.array(exports.ManagedMemoryStrategySchema).min(1).max(4).optional(),
    eventExpiryDuration: zod_1.z.number().int().min(3).max(365).optional(),
    encryptionKeyArn: zod_1.z.string().min(1).optional(),
})
    .strict();
/**
 * Existing (bring-your-own): reference a memory by name (project sibling) or arn, carrying the
 * optional deploy-time tuning. This is the pre-union flat shape, now tagged `existing`.
 */
const ExistingMemoryRefSchema = zod_1.z
    .object({
    mode: zod_1.z.literal('existing'),
    name: zod_1.z.string().min(1).optional(),
    arn: zod_1.z.string().min(1).optional(),
    actorId: zod_1.z.string().optional(),
    /** Limits how many recent memory messages are loaded into context (CFN MessagesCount). */
    messagesCount: zod_1.z.number().int().min(1).optional(),
    /** Retrieval tuning applied to every namespace of the referenced memory (CFN RetrievalConfig). */
    retrievalConfig: exports.HarnessMemoryRetrievalConfigSchema.optional(),
})
    // .strict() so a typo (e.g. `messageCount` for `messagesCount`) is a parse error rather than a
    // silently-dropped field that defeats the B6 MessagesCount fix.
    .strict()
    .refine(m => m.arn != null || m.name != null, {
    message: 'existing memory requires `arn` or `name`',
    path: ['name'],
})
    .superRefine((ref, ctx) => {
    // retrievalConfig is applied per-namespace, and namespaces are only resolvable from a by-name
    // memory's strategies. At synth `arn` takes precedence over `name` (resolveHarnessMemory), so
    // ANY ref carrying `arn` resolves no strategies and buildRetrievalConfig drops the tuning —
    // including the `{ arn, name, retrievalConfig }` combo. Gate on `arn` alone, not `arn && !name`,
    // so that combo can't slip through. (messagesCount and actorId are emitted directly from the
    // ref, so they stay valid for a by-arn reference.)
    if (ref.arn && ref.retrievalConfig !== undefined) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'retrievalConfig is not supported when memory is referenced by `arn` (per-namespace tuning is only resolvable for a by-name reference). Reference the memory by `name` only, or drop retrievalConfig.',
            path: ['retrievalConfig'],
        });
    }
});
/** Disabled: explicit opt-out of memory. */
const DisabledMemoryRefSchema = zod_1.z.object({ mode: zod_1.z.literal('disabled') }).strict();
/**
 * Memory reference for a harness — exactly one of managed | existing | disabled.
 * A legacy-aware preprocess maps the pre-union flat shape ({ name | arn | ... }) to the `existing`
 * arm. Absent memory STAYS absent — managed is the default only for NEW harnesses (seeded at create
 * time by the CLI/TUI), never invented here, so already-deployed harnesses are not auto-upgraded.
 */
exports.HarnessMemoryRefSchema = zod_1.z.preprocess(val => {
    if (val == null || typeof val !== 'object')
        return val;
    const obj = val;
    if ('mode' in obj)
        return obj; // already union-tagged
    // Legacy flat shape → existing (it always referenced a sibling/external memory by name or arn).
    return { mode: 'existing', ...obj };
}, zod_1.z.discriminatedUnion('mode', [ManagedMemoryRefSchema, ExistingMemoryRefSchema, DisabledMemoryRefSchema]));
// ============================================================================
// Truncation Configuration
// ============================================================================
exports.HarnessTruncationStrategySchema = zod_1.z.enum(['sliding_window', 'summarization', 'none']);
// .strict() on the outer object so a payload carrying BOTH arms
// (`{ slidingWindow: {...}, summarization: {...} }`) fails the union — without it the union
// matches the first arm and silently drops the second arm's config.
exports.SlidingWindowConfigSchema = zod_1.z
    .object({
    slidingWindow: zod_1.z.object({
        messagesCount: zod_1.z.number().int().min(1).optional(),
    }),
})
    .strict();
exports.SummarizationConfigSchema = zod_1.z
    .object({
    summarization: zod_1.z.object({
        summaryRatio: zod_1.z.number().min(0).max(1).optional(),
        preserveRecentMessages: zod_1.z.number().int().min(0).optional(),
        summarizationSystemPrompt: zod_1.z.string().optional(),
    }),
})
    .strict();
exports.HarnessTruncationConfigSchema = zod_1.z
    .object({
    strategy: exports.HarnessTruncationStrategySchema,
    config: zod_1.z.union([exports.SlidingWindowConfigSchema, exports.SummarizationConfigSchema]).optional(),
})
    .superRefine((data, ctx) => {
    // Bind the config arm to the chosen strategy: sliding_window must carry a slidingWindow
    // config (or none), summarization a summarization config (or none), and none takes no config.
    if (!data.config)
        return;
    const configKey = 'slidingWindow' in data.config ? 'slidingWindow' : 'summarization';
    const expected = {
        sliding_window: 'slidingWindow',
        summarization: 'summarization',
        none: undefined,
    };
    if (expected[data.strategy] === undefined) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: `Truncation strategy "${data.strategy}" does not take a config`,
            path: ['config'],
        });
    }
    else if (expected[data.strategy] !== configKey) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: `Truncation strategy "${data.strategy}" requires a "${expected[data.strategy]}" config, got "${configKey}"`,
            path: ['config'],
        });
    }
});
// ============================================================================
// Skill Configuration
// ============================================================================
exports.HarnessSkillGitAuthSchema = zod_1.z.object({
    credentialName: zod_1.z.string().min(1),
    username: zod_1.z.string().optional(),
});
exports.HarnessSkillS3SourceSchema = zod_1.z
    .object({
    s3Uri: zod_1.z
        .string()
        .min(5)
        .regex(/^s3:\/\//, 'Must be an S3 URI starting with s3://'),
})
    .strict();
exports.HarnessSkillGitSourceSchema = zod_1.z
    .object({
    gitUrl: zod_1.z
        .string()
        .min(8)
        .regex(/^https:\/\//, 'Must be an HTTPS git URL'),
    path: zod_1.z.string().min(1).optional(),
    auth: exports.HarnessSkillGitAuthSchema.optional(),
})
    .strict();
exports.HarnessSkillPathSourceSchema = zod_1.z
    .object({
    path: zod_1.z.string().min(1),
})
    .strict();
exports.HarnessSkillAwsSkillsSourceSchema = zod_1.z
    .object({
    awsSkills: zod_1.z
        .object({
        paths: zod_1.z.array(zod_1.z.string().min(1).max(4096)).optional(),
    })
        .strict(),
})
    .strict();
exports.HarnessSkillSchema = zod_1.z.union([
    zod_1.z
        .string()
        .min(1)
        .transform(path => ({ path })),
    exports.HarnessSkillS3SourceSchema,
    exports.HarnessSkillGitSourceSchema,
    exports.HarnessSkillPathSourceSchema,
    exports.HarnessSkillAwsSkillsSourceSchema,
]);
// ============================================================================
// Allowed Tools
// ============================================================================
exports.AllowedToolSchema = zod_1.z
    .string()
    .min(1)
    .max(64)
    // eslint-disable-next-line security/detect-unsafe-regex -- safe: input is bounded to 64 chars by .max(64)
    .regex(/^(\*|@?[^/]+(\/[^/]+)?)$/, 'Must be "*" or a tool name pattern (max 64 chars)');
/**
 * Detects the legacy file-path-shaped `systemPrompt` (the pre-migration `./prompt.md` style that
 * the old L3 read from disk). A real system prompt is instructional prose containing whitespace;
 * the legacy shape was always a single bare token that is a relative path or ends in .md/.txt.
 * Used to fail fast on upgrade rather than silently shipping the path string as the prompt text.
 */
function looksLikeLegacyPromptPath(value) {
    const v = value.trim();
    if (!/^\S+$/.test(v))
        return false; // prose contains whitespace — never a path
    return /^\.\.?\//.test(v) || /\.(md|txt)$/i.test(v);
}
// ============================================================================
// HarnessSpec — per-harness config file schema (harness.json)
// ============================================================================
exports.HarnessSpecSchema = zod_1.z
    .object({
    name: exports.HarnessNameSchema,
    model: exports.HarnessModelSchema,
    // Always literal text. CFN HarnessSystemContentBlock.Text is minLength:1, so a blank or
    // whitespace-only prompt would deploy to CREATE_FAILED — reject it client-side instead.
    // (File-backed prompts are supplied via system-prompt.md auto-discovery, not this field.)
    systemPrompt: zod_1.z
        .string()
        .refine(val => val.trim().length > 0, { message: 'systemPrompt must not be empty or whitespace-only' })
        // Migration fail-fast: the previous L3 treated a `./prompt.md`-style value as a file path and
        // loaded its contents; this field is now ALWAYS literal text, so such a value would silently
        // ship as the prompt itself. Reject the legacy file-path shape so the divergence fails loudly
        // at parse/validate time (before synth) instead of in production.
        .refine(val => !looksLikeLegacyPromptPath(val), {
        message: 'systemPrompt looks like a file path. It is now always literal text — put file-backed prompts in a `system-prompt.md` in the harness directory (auto-discovered), or inline the prompt text here.',
    })
        .optional(),
    tools: zod_1.z
        .array(exports.HarnessToolSchema)
        .default([])
        .superRefine((0, zod_util_1.uniqueBy)(tool => tool.name, name => `Duplicate tool name: ${name}`)),
    skills: zod_1.z.array(exports.HarnessSkillSchema).default([]),
    allowedTools: zod_1.z.array(exports.AllowedToolSchema).optional(),
    memory: exports.HarnessMemoryRefSchema.optional(),
    maxIterations: zod_1.z.number().int().min(1).optional(),
    maxTokens: zod_1.z.number().int().min(1).optional(),
    timeoutSeconds: zod_1.z.number().int().min(1).optional(),
    truncation: exports.HarnessTruncationConfigSchema.optional(),
    containerUri: zod_1.z
        .string()
        .min(1)
        .max(exports.MAX_CONTAINER_URI_LENGTH)
        .regex(exports.CONTAINER_URI_PATTERN, 'containerUri must be an ECR image URI (12-digit private ECR or public.ecr.aws)')
        .optional(),
    dockerfile: zod_1.z.string().min(1).optional(),
    executionRoleArn: zod_1.z.string().optional(),
    networkMode: constants_1.NetworkModeSchema.optional(),
    networkConfig: agent_env_1.NetworkConfigSchema.optional(),
    lifecycleConfig: agent_env_1.LifecycleConfigurationSchema.optional(),
    sessionStoragePath: agent_env_1.SessionStorageSchema.shape.mountPath.optional(),
    efsAccessPoints: zod_1.z.array(agent_env_1.EfsAccessPointConfigSchema).max(2).optional(),
    s3AccessPoints: zod_1.z.array(agent_env_1.S3FilesAccessPointConfigSchema).max(2).optional(),
    environmentVariables: zod_1.z
        // Key bound (Smithy EnvironmentVariableKey: length 1–100, no character pattern) — an empty or
        // >100-char key passes a bare z.string() here but fails at CFN CREATE.
        .record(zod_1.z.string().min(1).max(exports.MAX_ENV_VAR_KEY_LENGTH), zod_1.z.string().max(exports.MAX_ENV_VAR_VALUE_LENGTH))
        .refine(rec => Object.keys(rec).length <= exports.MAX_ENV_VARS, {
        message: `A maximum of ${exports.MAX_ENV_VARS} environment variables is allowed`,
    })
        .optional(),
    /** Authorizer type for inbound requests. Defaults to AWS_IAM. */
    authorizerType: auth_1.RuntimeAuthorizerTypeSchema.optional(),
    /** Authorizer configuration. Required when authorizerType is CUSTOM_JWT. */
    authorizerConfiguration: auth_1.AuthorizerConfigSchema.optional(),
    /** Connections to external AgentCore resources (memory/gateway/runtime). The construct
     *  generates IAM + discovery env vars onto this harness's execution role. */
    connections: zod_1.z.array(connections_1.ConnectionSchema).optional(),
    tags: tags_1.TagsSchema.optional(),
})
    .superRefine((data, ctx) => {
    if (data.containerUri !== undefined && data.dockerfile !== undefined) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'containerUri and dockerfile are mutually exclusive',
            path: ['containerUri'],
        });
    }
    if (data.networkMode === 'VPC' && !data.networkConfig) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'networkConfig is required when networkMode is VPC',
            path: ['networkConfig'],
        });
    }
    if (data.networkMode !== 'VPC' && data.networkConfig) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'networkConfig is only allowed when networkMode is VPC',
            path: ['networkConfig'],
        });
    }
    // vpcId is NOT required here at the schema level (see the matching note in agent-env.ts): a
    // container harness build in VPC mode needs one, but requiring it on read would hard-fail
    // pre-existing configs. The CLI validators enforce it for fresh creates, deploy backfills +
    // persists a missing vpcId, and the CDK construct fails fast at synth. The SG cap stays here — it
    // is a hard CodeBuild limit that backfill can't satisfy. Gating on the shared isContainerBuild
    // predicate keeps this in sync (a dockerfile-only gate previously missed containerUri harnesses).
    if (data.networkMode === 'VPC' &&
        (0, constants_1.isContainerBuild)(data) &&
        data.networkConfig &&
        data.networkConfig.securityGroups.length > constants_1.MAX_CONTAINER_BUILD_SECURITY_GROUPS) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: `Container builds in VPC mode allow at most ${constants_1.MAX_CONTAINER_BUILD_SECURITY_GROUPS} security groups (CodeBuild limit)`,
            path: ['networkConfig', 'securityGroups'],
        });
    }
    if ((data.efsAccessPoints?.length || data.s3AccessPoints?.length) && data.networkMode !== 'VPC') {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'efsAccessPoints and s3AccessPoints require networkMode: VPC',
            path: ['efsAccessPoints'],
        });
    }
    const mountPaths = [];
    if (data.sessionStoragePath)
        mountPaths.push(data.sessionStoragePath.replace(/\/$/, ''));
    for (const ap of data.efsAccessPoints ?? [])
        mountPaths.push(ap.mountPath.replace(/\/$/, ''));
    for (const ap of data.s3AccessPoints ?? [])
        mountPaths.push(ap.mountPath.replace(/\/$/, ''));
    if (new Set(mountPaths).size !== mountPaths.length) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'Filesystem mount paths must be unique',
            path: ['efsAccessPoints'],
        });
    }
    if (data.authorizerType === 'CUSTOM_JWT' && !data.authorizerConfiguration?.customJwtAuthorizer) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'authorizerConfiguration with customJwtAuthorizer is required when authorizerType is CUSTOM_JWT',
            path: ['authorizerConfiguration'],
        });
    }
    if (data.authorizerType !== 'CUSTOM_JWT' && data.authorizerConfiguration) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'authorizerConfiguration is only allowed when authorizerType is CUSTOM_JWT',
            path: ['authorizerConfiguration'],
        });
    }
});