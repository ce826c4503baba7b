"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AgentEnvSpecSchema = exports.RuntimeEndpointSchema = exports.RuntimeEndpointNameSchema = exports.LifecycleConfigurationSchema = exports.LIFECYCLE_TIMEOUT_MAX = exports.LIFECYCLE_TIMEOUT_MIN = exports.FilesystemConfigurationSchema = exports.MAX_S3_MOUNTS = exports.MAX_EFS_MOUNTS = exports.CapacityProviderVolumeConfigSchema = exports.S3FilesAccessPointConfigSchema = exports.EfsAccessPointConfigSchema = exports.S3_FILES_ACCESS_POINT_ARN_PATTERN = exports.EFS_ACCESS_POINT_ARN_PATTERN = exports.SessionStorageSchema = exports.RequestHeaderAllowlistSchema = exports.MAX_HEADER_ALLOWLIST_SIZE = exports.HEADER_NAME_PATTERN = exports.HEADER_ALLOWLIST_PREFIX = exports.NetworkConfigSchema = exports.InstrumentationSchema = exports.EnvVarSchema = exports.RESERVED_BUILD_ARG_KEYS = exports.EntrypointSchema = exports.BuildTypeSchema = exports.AgentTypeSchema = exports.AccessSchema = exports.GatewayNameSchema = exports.EnvVarNameSchema = exports.AgentNameSchema = void 0;
exports.isValidDockerfilePath = isValidDockerfilePath;
exports.isReservedBuildArgKey = isReservedBuildArgKey;
exports.checkAllowlistHeader = checkAllowlistHeader;
/**
 * Agent Schema v2 - Clean, simplified model
 *
 * @module agent-env
 */
const constants_1 = require("../constants");
const auth_1 = require("./auth");
const connections_1 = require("./connections");
const capacity_provider_1 = require("./primitives/capacity-provider");
const tags_1 = require("./primitives/tags");
const zod_1 = require("zod");
// ============================================================================
// Name Schemas
// ============================================================================
// https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateAgentRuntime.html
exports.AgentNameSchema = zod_1.z
    .string()
    .min(1, 'Name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, 'Must begin with a letter and contain only alphanumeric characters and underscores (max 48 chars)');
exports.EnvVarNameSchema = zod_1.z
    .string()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Must start with a letter or underscore, contain only letters, digits, and underscores');
// https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateGateway.html
exports.GatewayNameSchema = zod_1.z
    .string()
    .min(1)
    .max(100)
    .regex(
// eslint-disable-next-line security/detect-unsafe-regex -- input bounded to 100 chars by .max(100) above
/^[0-9a-zA-Z](?:[0-9a-zA-Z-]*[0-9a-zA-Z])?$/, 'Gateway name must be alphanumeric with optional hyphens (max 100 chars)');
// ============================================================================
// Common Types
// ============================================================================
/** Access level for resource sharing */
exports.AccessSchema = zod_1.z.enum(['read', 'readwrite']);
// ============================================================================
// Agent Schema
// ============================================================================
exports.AgentTypeSchema = zod_1.z.literal('AgentCoreRuntime');
exports.BuildTypeSchema = zod_1.z.enum(['CodeZip', 'Container']);
// Use RuntimeVersionSchema from constants (supports both Python and Node/TypeScript)
// Not re-exported here to avoid duplicate export conflicts
/**
 * Entrypoint schema - supports both Python (.py) and TypeScript (.ts/.js) files.
 * Python: main.py or main.py:handler
 * TypeScript: main.ts, main.js, or index.ts
 */
exports.EntrypointSchema = zod_1.z
    .string()
    .min(1)
    .regex(
// eslint-disable-next-line security/detect-unsafe-regex -- character class quantifiers don't cause backtracking
/^[a-zA-Z0-9_][a-zA-Z0-9_/.-]*\.(py|ts|js)(:[a-zA-Z_][a-zA-Z0-9_]*)?$/, 'Must be a Python (.py) or TypeScript (.ts/.js) file path with optional handler (e.g., "main.py:handler" or "index.ts")');
const DirectoryPathSchema = zod_1.z.string().min(1);
// Char-safe set only (no backslash, spaces, or shell metacharacters): on deploy the buildspec
// interpolates this unquoted as `docker build -f $DOCKERFILE_PATH`. A leading '.' is allowed so
// conventional paths like '.docker/Dockerfile' pass.
const DOCKERFILE_PATH_ALLOWED_CHARS = /^[A-Za-z0-9._/-]+$/;
/**
 * True when `p` is a safe relative Dockerfile path within the build context: allowed chars only, no
 * leading slash (absolute), and no empty ('' from a leading/trailing/double slash) or '..' segments.
 *
 * The single source of truth shared by `DockerfilePathSchema` (config-validation time) and the runtime
 * `getDockerfilePath` guard, so the two can never diverge — e.g. one accepting '.docker/Dockerfile'
 * while the other rejects it, or one accepting a trailing-slash directory value like 'docker/'.
 */
function isValidDockerfilePath(p) {
    if (!DOCKERFILE_PATH_ALLOWED_CHARS.test(p))
        return false;
    if (p.startsWith('/'))
        return false;
    return !p.split('/').some(segment => segment === '' || segment === '..');
}
/**
 * Dockerfile location for Container builds, resolved relative to the Docker build context
 * (`buildContextPath` when set, otherwise `codeLocation`). Accepts a filename ('Dockerfile',
 * 'Dockerfile.gpu') or a forward-slash relative subpath ('docker/Dockerfile'). Absolute paths,
 * trailing/double slashes, and '..' traversal are rejected so the Dockerfile can never escape or
 * name the build context directory itself.
 */
const DockerfilePathSchema = zod_1.z
    .string()
    .min(1)
    .max(255)
    .refine(isValidDockerfilePath, 'Must be a relative path within the build context: a filename or forward-slash subpath using only letters, digits, dot, dash, underscore, and slash; no leading slash, no ".." traversal, and no empty segments (no trailing or double slash)');
/**
 * Build-arg names reserved by the CodeBuild build environment. On deploy each build arg becomes a
 * CodeBuild environment-variable override alongside the buildspec's own control vars, so a colliding
 * name would break the deploy build — a wrong image tag / ECR region, a rejected StartBuild, or a
 * clobbered build-container shell. We reject the buildspec control vars, the process-critical shell
 * vars, and CodeBuild's own `AWS_*` / `CODEBUILD_*` namespaces. This is a best-effort denylist (the
 * shell has other sensitive vars), but it covers the realistic footguns and keeps a config that
 * builds locally from failing only on deploy.
 */
exports.RESERVED_BUILD_ARG_KEYS = [
    // Buildspec control vars (mirrored in @aws/agentcore-cdk's ContainerBuildProject / build handler).
    'ECR_REGISTRY',
    'IMAGE_URI',
    'DOCKERFILE_PATH',
    'BUILD_ARG_FLAGS',
    // Overriding these in the build shell would break the buildspec's own commands (command lookup,
    // word-splitting, dynamic linking) or redirect the docker client off the build daemon. Kept
    // deliberately narrow to the genuinely-dangerous names so common ARGs (e.g. USER, LANG) stay usable.
    'PATH',
    'HOME',
    'IFS',
    'LD_PRELOAD',
    'LD_LIBRARY_PATH',
    'DOCKER_HOST',
    'DOCKER_CONFIG',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CERT_PATH',
];
function isReservedBuildArgKey(key) {
    return exports.RESERVED_BUILD_ARG_KEYS.includes(key) || key.startsWith('CODEBUILD_') || key.startsWith('AWS_');
}
/**
 * Build-arg value. Bounded and control-char-free because on deploy each value becomes a CodeBuild
 * `environmentVariablesOverride` PLAINTEXT entry; newlines/control chars or an over-long value can be
 * rejected by StartBuild, so we reject them at schema time rather than let a local-only-valid config
 * fail on deploy.
 */
const BuildArgValueSchema = zod_1.z
    .string()
    .max(4096, 'Build arg values must be at most 4096 characters')
    .refine(v => ![...v].some(ch => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f), 'Build arg values must not contain control characters (including newlines)');
exports.EnvVarSchema = zod_1.z.object({
    name: exports.EnvVarNameSchema,
    value: zod_1.z.string(),
});
/**
 * Instrumentation configuration for runtime observability.
 */
exports.InstrumentationSchema = zod_1.z.object({
    /**
     * Enable OpenTelemetry instrumentation using aws-opentelemetry-distro.
     * When enabled, the runtime entrypoint is wrapped with opentelemetry-instrument.
     * Defaults to true for new runtimes.
     */
    enableOtel: zod_1.z.boolean().default(true),
});
/**
 * Network configuration for VPC mode.
 * Required when networkMode is 'VPC'.
 */
exports.NetworkConfigSchema = zod_1.z.object({
    subnets: zod_1.z.array(zod_1.z.string().regex(constants_1.SUBNET_ID_PATTERN, 'Must be a subnet id (subnet-...)')).min(1).max(16),
    securityGroups: zod_1.z
        .array(zod_1.z.string().regex(constants_1.SECURITY_GROUP_ID_PATTERN, 'Must be a security group id (sg-...)'))
        .min(1)
        .max(16),
    /**
     * VPC ID. Required for Container builds in VPC mode because CodeBuild needs an explicit VPC ID;
     * it cannot infer the VPC from subnets alone. Runtime/Lambda builds can omit this.
     */
    vpcId: zod_1.z.string().regex(constants_1.VPC_ID_PATTERN, 'Must be a VPC id (vpc-...)').optional(),
});
/**
 * Allowed request headers for the runtime.
 * Per https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-header-allowlist.html
 * any valid HTTP header name (alphanumeric, hyphens, underscores) may be allow-listed,
 * provided it is not structurally reserved (x-amz-*, x-amzn-* except Runtime-Custom-*).
 * Maximum 20 headers.
 */
exports.HEADER_ALLOWLIST_PREFIX = 'X-Amzn-Bedrock-AgentCore-Runtime-Custom-';
exports.HEADER_NAME_PATTERN = /^[A-Za-z0-9\-_]+$/;
exports.MAX_HEADER_ALLOWLIST_SIZE = 20;
/**
 * Validate a single allowlist header name. Returns null if valid, or a specific
 * error message describing which rule the input violated.
 *
 * Note: 'x-amz-' and 'x-amzn-' are disjoint prefixes (position 5 differs: '-' vs 'n'),
 * so the two checks below are independent.
 */
function checkAllowlistHeader(val) {
    if (!exports.HEADER_NAME_PATTERN.test(val)) {
        return `Header name "${val}" must contain only alphanumeric characters, hyphens, and underscores.`;
    }
    const lower = val.toLowerCase();
    if (lower.startsWith('x-amz-')) {
        return `Header "${val}" is not allowed. Headers starting with "x-amz-" are reserved for AWS request signing.`;
    }
    if (lower.startsWith('x-amzn-') && !lower.startsWith('x-amzn-bedrock-agentcore-runtime-custom-')) {
        return `Header "${val}" is not allowed. Headers starting with "x-amzn-" are reserved, except for "X-Amzn-Bedrock-AgentCore-Runtime-Custom-*".`;
    }
    return null;
}
exports.RequestHeaderAllowlistSchema = zod_1.z
    .array(zod_1.z.string().superRefine((val, ctx) => {
    const error = checkAllowlistHeader(val);
    if (error) {
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: error });
    }
}))
    .max(exports.MAX_HEADER_ALLOWLIST_SIZE, `Maximum ${exports.MAX_HEADER_ALLOWLIST_SIZE} headers allowed`);
/**
 * Session storage configuration for filesystem persistence.
 * Files written to mountPath persist across session stop/resume cycles.
 */
exports.SessionStorageSchema = zod_1.z.object({
    /** Absolute mount path under /mnt with exactly one subdirectory level (e.g. /mnt/data). */
    mountPath: zod_1.z
        .string()
        .min(6)
        .max(200)
        .regex(/^\/mnt\/[a-zA-Z0-9._-]+\/?$/, 'Must be a path under /mnt with exactly one subdirectory (e.g. /mnt/data)'),
});
exports.EFS_ACCESS_POINT_ARN_PATTERN = /^arn:aws[-a-z]*:elasticfilesystem:[a-z][a-z0-9-]*:[0-9]{12}:access-point\/fsap-[0-9a-f]{8,40}$/;
exports.S3_FILES_ACCESS_POINT_ARN_PATTERN = /^arn:aws[-a-z]*:s3files:[a-z][a-z0-9-]*:[0-9]{12}:file-system\/fs-[0-9a-f]{17,40}\/access-point\/fsap-[0-9a-f]{17,40}$/;
/** EFS access point mount configuration. Requires VPC network mode. */
exports.EfsAccessPointConfigSchema = zod_1.z.object({
    /** ARN of an EFS access point. */
    accessPointArn: zod_1.z
        .string()
        .regex(exports.EFS_ACCESS_POINT_ARN_PATTERN, 'Must be an EFS access point ARN (arn:aws[-a-z]*:elasticfilesystem:{region}:{account}:access-point/fsap-{id})'),
    /** Absolute mount path under /mnt (e.g. /mnt/tools). */
    mountPath: zod_1.z
        .string()
        .min(6)
        .max(200)
        .regex(/^\/mnt\/[a-zA-Z0-9._-]+\/?$/, 'Must be a path under /mnt with exactly one subdirectory (e.g. /mnt/tools)'),
});
/** S3 Files access point mount configuration. Requires VPC network mode. */
exports.S3FilesAccessPointConfigSchema = zod_1.z.object({
    /** ARN of an S3 Files access point. */
    accessPointArn: zod_1.z
        .string()
        .regex(exports.S3_FILES_ACCESS_POINT_ARN_PATTERN, 'Must be an S3 Files access point ARN (arn:aws[-a-z]*:s3files:{region}:{account}:file-system/fs-{id}/access-point/fsap-{id})'),
    /** Absolute mount path under /mnt (e.g. /mnt/datasets). */
    mountPath: zod_1.z
        .string()
        .min(6)
        .max(200)
        .regex(/^\/mnt\/[a-zA-Z0-9._-]+\/?$/, 'Must be a path under /mnt with exactly one subdirectory (e.g. /mnt/datasets)'),
});
/** Capacity provider volume mount — references a named volume on the attached CP. */
exports.CapacityProviderVolumeConfigSchema = zod_1.z.object({
    /** Logical name of a volume defined on the attached capacity provider (CP's volumes[]). */
    volumeName: capacity_provider_1.CapacityProviderVolumeNameSchema,
    /** Absolute mount path under /mnt (e.g. /mnt/models). */
    mountPath: zod_1.z
        .string()
        .min(6)
        .max(200)
        .regex(/^\/mnt\/[a-zA-Z0-9._-]+\/?$/, 'Must be a path under /mnt with exactly one subdirectory (e.g. /mnt/models)'),
});
/** Maximum number of EFS access point mounts per runtime. */
exports.MAX_EFS_MOUNTS = 2;
/** Maximum number of S3 Files access point mounts per runtime. */
exports.MAX_S3_MOUNTS = 2;
/**
 * Filesystem configuration — union of four mount types.
 * Exactly one key must be present per entry.
 *
 * Service limits per runtime: max 5 total, max 1 sessionStorage,
 * max MAX_EFS_MOUNTS efsAccessPoint, max MAX_S3_MOUNTS s3FilesAccessPoint.
 * efsAccessPoint and s3FilesAccessPoint require networkMode: VPC.
 * capacityProviderVolume requires the runtime to be attached to a capacity provider.
 */
exports.FilesystemConfigurationSchema = zod_1.z.union([
    zod_1.z.strictObject({ sessionStorage: exports.SessionStorageSchema }),
    zod_1.z.strictObject({ efsAccessPoint: exports.EfsAccessPointConfigSchema }),
    zod_1.z.strictObject({ s3FilesAccessPoint: exports.S3FilesAccessPointConfigSchema }),
    zod_1.z.strictObject({ capacityProviderVolume: exports.CapacityProviderVolumeConfigSchema }),
]);
/** Minimum allowed value for lifecycle timeout fields (seconds). */
exports.LIFECYCLE_TIMEOUT_MIN = 60;
/** Maximum allowed value for lifecycle timeout fields (seconds). */
exports.LIFECYCLE_TIMEOUT_MAX = 28800;
/**
 * Lifecycle configuration for runtime sessions.
 * Controls idle timeout and max lifetime of runtime instances.
 */
exports.LifecycleConfigurationSchema = zod_1.z
    .object({
    /** Idle session timeout in seconds. API default: 900s. */
    idleRuntimeSessionTimeout: zod_1.z.number().int().min(exports.LIFECYCLE_TIMEOUT_MIN).max(exports.LIFECYCLE_TIMEOUT_MAX).optional(),
    /** Max instance lifetime in seconds. API default: 28800s. */
    maxLifetime: zod_1.z.number().int().min(exports.LIFECYCLE_TIMEOUT_MIN).max(exports.LIFECYCLE_TIMEOUT_MAX).optional(),
})
    .superRefine((data, ctx) => {
    if (data.idleRuntimeSessionTimeout !== undefined && data.maxLifetime !== undefined) {
        if (data.idleRuntimeSessionTimeout > data.maxLifetime) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'idleRuntimeSessionTimeout must be <= maxLifetime',
                path: ['idleRuntimeSessionTimeout'],
            });
        }
    }
});
// ============================================================================
// Runtime Endpoint Schema
// ============================================================================
/**
 * Endpoint name follows the AgentCore API regex for endpoint aliases.
 */
exports.RuntimeEndpointNameSchema = zod_1.z
    .string()
    .min(1, 'Endpoint name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, 'Must begin with a letter and contain only alphanumeric characters and underscores (max 48 chars)');
exports.RuntimeEndpointSchema = zod_1.z.object({
    /** Version number this endpoint points to. Must be >= 1. */
    version: zod_1.z.number().int().min(1),
    /** Optional human-readable description of this endpoint. */
    description: zod_1.z.string().max(200).optional(),
});
/**
 * AgentEnvSpec - represents an AgentCore Runtime.
 * This is a top-level resource in the schema.
 */
exports.AgentEnvSpecSchema = zod_1.z
    .object({
    name: exports.AgentNameSchema,
    /** Optional description for the runtime. */
    description: zod_1.z.string().max(200).optional(),
    build: exports.BuildTypeSchema,
    entrypoint: exports.EntrypointSchema,
    codeLocation: DirectoryPathSchema,
    /**
     * Dockerfile for Container builds, resolved relative to the build context (`buildContextPath`
     * when set, otherwise `codeLocation`). A filename or a relative subpath; no traversal. Default: 'Dockerfile'.
     */
    dockerfile: DockerfilePathSchema.optional(),
    /**
     * Docker build context directory for Container builds. When set, this directory (instead of
     * `codeLocation`) is used as the `docker build` context and as the root the Dockerfile path is
     * resolved against, so a single Dockerfile can be shared across multiple agents in a monorepo
     * (e.g. so it can COPY files that live outside `codeLocation`). Container builds only.
     *
     * Like `codeLocation`, this is intentionally not containment-checked: the config author may point
     * it at any directory (including a parent via `..` for a monorepo root). The unconditional
     * secret-exclusion baseline on the deploy upload still applies to whatever directory is chosen.
     */
    buildContextPath: DirectoryPathSchema.optional(),
    /**
     * Custom build arguments passed to `docker build` as `--build-arg` flags. Keys must be valid
     * environment-variable names (each arg is forwarded to the build as an env var), reusing
     * `EnvVarNameSchema`. Useful for parameterising a shared Dockerfile per agent
     * (e.g. `{ "AGENT_NAME": "myagent" }`). Container builds only.
     */
    customDockerBuildArgs: zod_1.z.record(exports.EnvVarNameSchema, BuildArgValueSchema).optional(),
    runtimeVersion: constants_1.RuntimeVersionSchema.optional(),
    /** Environment variables to set on the runtime */
    envVars: zod_1.z.array(exports.EnvVarSchema).optional(),
    /** Network mode for the runtime. Defaults to PUBLIC. */
    networkMode: constants_1.NetworkModeSchema.optional(),
    /** Network configuration for VPC mode. Required when networkMode is 'VPC'. */
    networkConfig: exports.NetworkConfigSchema.optional(),
    /** Instrumentation settings for observability. Defaults to OTel enabled. */
    instrumentation: exports.InstrumentationSchema.optional(),
    /** Protocol for the runtime (HTTP, MCP, A2A, AGUI). */
    protocol: constants_1.ProtocolModeSchema.optional(),
    /** Allowed request headers forwarded to the runtime at invocation time. */
    requestHeaderAllowlist: exports.RequestHeaderAllowlistSchema.optional(),
    /** ARN of an existing IAM execution role to use instead of creating a new one. */
    executionRoleArn: zod_1.z.string().optional(),
    /**
     * Additional IAM policies attached to the runtime execution role. Each entry is either a
     * managed-policy ARN (attached directly) or a `.json` policy-document file path relative to
     * `codeLocation` (attached as an inline policy). For opaque AWS access (e.g. S3) the CLI does
     * not model as a typed connection.
     */
    additionalPolicies: zod_1.z.array(zod_1.z.string().min(1)).optional(),
    /** Authorizer type for inbound requests. Defaults to AWS_IAM. */
    authorizerType: auth_1.RuntimeAuthorizerTypeSchema.optional(),
    /** Authorizer configuration. Required when authorizerType is CUSTOM_JWT. */
    authorizerConfiguration: auth_1.AuthorizerConfigSchema.optional(),
    tags: tags_1.TagsSchema.optional(),
    /** Lifecycle configuration for runtime sessions. */
    lifecycleConfiguration: exports.LifecycleConfigurationSchema.optional(),
    /** Filesystem configurations for session-scoped persistent storage. */
    filesystemConfigurations: zod_1.z.array(exports.FilesystemConfigurationSchema).optional(),
    /** Named endpoints (version aliases) for this runtime. Keys are endpoint names. */
    endpoints: zod_1.z.record(exports.RuntimeEndpointNameSchema, exports.RuntimeEndpointSchema).optional(),
    /** Connections to external AgentCore resources (memory/gateway/runtime). The construct
     *  generates IAM + discovery env vars onto this runtime's execution role. */
    connections: zod_1.z.array(connections_1.ConnectionSchema).optional(),
    /** Attach the runtime to a capacity provider (customer-managed EC2 compute) — either an
     *  in-project sibling by name or an external CP by ARN. Mutually exclusive with VPC networking:
     *  in CP mode the network topology comes from the capacity provider. */
    capacityProviderConfiguration: capacity_provider_1.CapacityProviderConfigurationSchema.optional(),
})
    .superRefine((data, ctx) => {
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
    // Capacity-provider mode supplies its own network topology, so networkMode is not a settable
    // property on a CP-attached runtime — neither VPC nor PUBLIC. The service derives networking
    // from the capacity provider, so any explicit networkMode (or networkConfig) is rejected.
    if (data.capacityProviderConfiguration && (data.networkMode !== undefined || data.networkConfig)) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'capacityProviderConfiguration cannot be combined with a networkMode or VPC networking — a capacity provider supplies its own network topology, so leave networkMode/networkConfig unset',
            path: ['capacityProviderConfiguration'],
        });
    }
    // NOTE: vpcId is NOT required here at the schema (read/write) level. A Container+VPC agent needs
    // a vpcId to build (CodeBuild can't infer it), but enforcing that on read would hard-fail
    // pre-existing agentcore.json files written before vpcId existed. Instead: the CLI input
    // validators require --vpc-id for fresh Container+VPC creates, deploy backfills a missing vpcId
    // from the subnets (ec2:DescribeSubnets) and persists it, and the CDK construct fails fast if it
    // is still missing at synth. This keeps `status`/`remove`/`validate` working on old configs.
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
    // Container-only fields. If adding more, extend this list (and consider consolidating into a
    // containerConfig object — see the networkConfig pattern).
    for (const field of ['dockerfile', 'buildContextPath', 'customDockerBuildArgs']) {
        if (data.build !== 'Container' && data[field]) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `${field} is only allowed for Container builds`,
                path: [field],
            });
        }
    }
    for (const key of Object.keys(data.customDockerBuildArgs ?? {})) {
        if (isReservedBuildArgKey(key)) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `customDockerBuildArgs key "${key}" is reserved by the build environment (must not be ${exports.RESERVED_BUILD_ARG_KEYS.join(', ')}, or start with CODEBUILD_ or AWS_)`,
                path: ['customDockerBuildArgs', key],
            });
        }
    }
    const fcs = data.filesystemConfigurations ?? [];
    if (fcs.length > 0) {
        const efsCount = fcs.filter(fc => 'efsAccessPoint' in fc).length;
        const s3Count = fcs.filter(fc => 's3FilesAccessPoint' in fc).length;
        const ssCount = fcs.filter(fc => 'sessionStorage' in fc).length;
        const cpVolCount = fcs.filter(fc => 'capacityProviderVolume' in fc).length;
        // A capacity-provider volume can only be mounted when the runtime is attached to a
        // capacity provider — the volume is defined on that CP's volumes[].
        if (cpVolCount > 0 && !data.capacityProviderConfiguration) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'capacityProviderVolume filesystem mounts require the runtime to be attached to a capacity provider (set capacityProviderConfiguration)',
                path: ['filesystemConfigurations'],
            });
        }
        if (fcs.length > 5) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'Maximum 5 filesystem configurations allowed',
                path: ['filesystemConfigurations'],
            });
        }
        if (efsCount > exports.MAX_EFS_MOUNTS) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `Maximum ${exports.MAX_EFS_MOUNTS} efsAccessPoint configurations allowed`,
                path: ['filesystemConfigurations'],
            });
        }
        if (s3Count > exports.MAX_S3_MOUNTS) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: `Maximum ${exports.MAX_S3_MOUNTS} s3FilesAccessPoint configurations allowed`,
                path: ['filesystemConfigurations'],
            });
        }
        if (ssCount > 1) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'Maximum 1 sessionStorage configuration allowed',
                path: ['filesystemConfigurations'],
            });
        }
        const hasByo = efsCount > 0 || s3Count > 0;
        if (hasByo && data.networkMode !== 'VPC') {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'efsAccessPoint and s3FilesAccessPoint filesystem mounts require networkMode: VPC',
                path: ['filesystemConfigurations'],
            });
        }
        const mountPaths = fcs.map(fc => ('sessionStorage' in fc
            ? fc.sessionStorage.mountPath
            : 'efsAccessPoint' in fc
                ? fc.efsAccessPoint.mountPath
                : 's3FilesAccessPoint' in fc
                    ? fc.s3FilesAccessPoint.mountPath
                    : fc.capacityProviderVolume.mountPath).replace(/\/$/, ''));
        if (new Set(mountPaths).size !== mountPaths.length) {
            ctx.addIssue({
                code: zod_1.z.ZodIssueCode.custom,
                message: 'Filesystem mount paths must be unique',
                path: ['filesystemConfigurations'],
            });
        }
    }
});