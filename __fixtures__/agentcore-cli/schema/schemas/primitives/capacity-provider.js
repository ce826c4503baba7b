"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CapacityProviderSchema = exports.ComputeConfigurationSchema = exports.Ec2ConfigurationSchema = exports.InstanceLifecycleConfigurationSchema = exports.VolumeConfigurationSchema = exports.EbsVolumeConfigurationSchema = exports.LaunchParametersSchema = exports.InstanceRequirementsSchema = exports.VpcConfigurationSchema = exports.OperatingSystemSchema = exports.CapacityProviderConfigurationSchema = exports.CapacityProviderVolumeNameSchema = exports.CapacityProviderArnSchema = exports.CAPACITY_PROVIDER_ARN_PATTERN = exports.OperatorRoleArnSchema = exports.CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN = exports.CapacityProviderNameSchema = void 0;
exports.isValidOperatorRoleArn = isValidOperatorRoleArn;
exports.isCapacityProviderArn = isCapacityProviderArn;
const tags_1 = require("./tags");
const zod_1 = require("zod");
// ============================================================================
// Capacity Provider Types
//
// Models the AWS::BedrockAgentCore::CapacityProvider CFN resource. Known fields
// are typed and validated here so bad input is rejected at `add` time instead
// of failing late at deploy/CFN time; the long tail of launch parameters is
// accepted via `.passthrough()` and validated by CFN on deploy.
//
// NOTE: This schema is duplicated in @aws/agentcore-cdk
// (src/schema/schemas/primitives/capacity-provider.ts). Keep the two in sync.
// ============================================================================
/**
 * Capacity provider name validation.
 * Pattern: ^[a-zA-Z][a-zA-Z0-9_]{0,47}$ (matches the CFN Name property).
 */
exports.CapacityProviderNameSchema = zod_1.z
    .string()
    .min(1, 'Capacity provider name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, 'Must begin with a letter and contain only alphanumeric characters and underscores (max 48 chars)');
// ============================================================================
// Operator Role ARN Validation
// ============================================================================
/**
 * Pattern for the capacity provider operator role ARN, matching the CFN
 * resource contract exactly. The account segment is OPTIONAL — the service
 * accepts role ARNs without an account id, so we must not force 12 digits.
 */
// eslint-disable-next-line security/detect-unsafe-regex -- anchored ARN pattern, no backtracking risk
exports.CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN = /^arn:[^:]+:iam::([0-9]{12})?:role\/.+$/;
exports.OperatorRoleArnSchema = zod_1.z
    .string()
    .min(1, 'Operator role ARN is required')
    .max(2048)
    .regex(exports.CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN, 'Must be a valid IAM role ARN (e.g. arn:<partition>:iam::123456789012:role/MyOperatorRole)');
function isValidOperatorRoleArn(value) {
    return exports.CAPACITY_PROVIDER_OPERATOR_ROLE_ARN_PATTERN.test(value);
}
// ============================================================================
// Capacity Provider Attach (runtime -> capacity provider reference)
//
// A runtime attaches to a capacity provider via `capacityProviderConfiguration`.
// The reference is EITHER an in-project sibling (by name) OR an external CP (by
// ARN) — exactly one. At synth the CDK app resolves a sibling name to the created
// CP's ARN, or passes the ARN through, then injects
// CapacityProviderConfiguration.CapacityProviderArn onto the CfnRuntime.
//
// NOTE: This block is duplicated in @aws/agentcore-cdk. Keep the two in sync.
// ============================================================================
/**
 * Partition-agnostic capacity-provider ARN (arn:[^:]+: per multi-partition rules). The resource
 * segment is the service capacityProviderId — `{name}-{10 alnum}` — not a free-form string, so a
 * malformed external ARN is rejected at `add`/validate time instead of only failing at deploy.
 * Keep the id shape in sync with CAPACITY_PROVIDER_ID_PATTERN (cli/commands/capacity-provider/constants).
 */
exports.CAPACITY_PROVIDER_ARN_PATTERN = /^arn:[^:]+:bedrock-agentcore:[a-z0-9-]+:\d{12}:capacity-provider\/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$/;
exports.CapacityProviderArnSchema = zod_1.z
    .string()
    .regex(exports.CAPACITY_PROVIDER_ARN_PATTERN, 'Must be a valid bedrock-agentcore capacity provider ARN (…:capacity-provider/{name}-{10 alphanumerics})');
/**
 * Route a `--capacity-provider <name-or-arn>` value: an `arn:` prefix means an
 * external CP referenced by ARN, otherwise it is an in-project sibling name.
 */
function isCapacityProviderArn(value) {
    return value.startsWith('arn:');
}
/**
 * Logical name of a capacity-provider volume, referenced by a runtime's
 * `capacityProviderVolume` filesystem mount. Must match the name of a volume
 * defined on the capacity provider (EbsVolumeConfiguration.name).
 */
exports.CapacityProviderVolumeNameSchema = zod_1.z
    .string()
    .min(1, 'Capacity provider volume name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,47}$/, 'Volume name must begin with a letter and contain only alphanumerics, underscores, and hyphens (max 48 chars)');
/**
 * Runtime -> capacity-provider reference. Exactly one of `capacityProviderArn`
 * (external CP) or `capacityProviderName` (in-project sibling) must be set.
 */
exports.CapacityProviderConfigurationSchema = zod_1.z
    .strictObject({
    /** ARN of an external capacity provider (not defined in this project). */
    capacityProviderArn: exports.CapacityProviderArnSchema.optional(),
    /** Name of an in-project capacity provider (a `capacityProviders[]` sibling). */
    capacityProviderName: exports.CapacityProviderNameSchema.optional(),
})
    .superRefine((data, ctx) => {
    if ((data.capacityProviderArn !== undefined) === (data.capacityProviderName !== undefined)) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'capacityProviderConfiguration must set exactly one of capacityProviderArn or capacityProviderName',
        });
    }
});
// ============================================================================
// Operating System
//
// The CFN resource enum lists four values (LINUX_X86_64, LINUX_ARM64,
// MAC_ARM64, WINDOWS_X86_64), but the service API contract only supports the
// two Linux values today; the extra two leaked into the CFN autogen ahead of
// real support. The CLI follows the API and exposes only the Linux values.
// ============================================================================
exports.OperatingSystemSchema = zod_1.z.enum(['LINUX_X86_64', 'LINUX_ARM64']);
// ============================================================================
// VPC Configuration
// ============================================================================
exports.VpcConfigurationSchema = zod_1.z.object({
    subnets: zod_1.z
        .array(zod_1.z.string().regex(/^subnet-[0-9a-zA-Z]{8,17}$/, 'Must be a valid subnet ID'))
        .min(1, 'At least one subnet is required')
        .max(16),
    securityGroups: zod_1.z
        .array(zod_1.z.string().regex(/^sg-[0-9a-zA-Z]{8,17}$/, 'Must be a valid security group ID'))
        .min(1, 'At least one security group is required')
        .max(16),
});
// ============================================================================
// Instance Requirements
// ============================================================================
exports.InstanceRequirementsSchema = zod_1.z.object({
    allowedInstanceTypes: zod_1.z.array(zod_1.z.string().min(1).max(255)).min(1, 'At least one instance type is required').max(30),
});
// ============================================================================
// Launch Parameters
//
// Known fields are typed; the long tail (sshKeyName, monitoring,
// licenseSpecifications, capacityReservationSpecification, ephemeralVolumes,
// propagatedTags) is accepted via `.passthrough()` and validated by CFN.
// ============================================================================
exports.LaunchParametersSchema = zod_1.z
    .object({
    operatingSystem: exports.OperatingSystemSchema,
    instanceRequirements: exports.InstanceRequirementsSchema,
    instanceProfileArn: zod_1.z
        .string()
        .regex(/^arn:[^:]+:iam::[0-9]{12}:instance-profile\/.+$/, 'Must be a valid IAM instance profile ARN')
        .optional(),
})
    .passthrough();
// ============================================================================
// EBS Volume Configuration
//
// Known fields typed; EBS long-tail tuning (iops, throughput, snapshotId) is
// accepted via `.passthrough()`.
// ============================================================================
exports.EbsVolumeConfigurationSchema = zod_1.z
    .object({
    name: zod_1.z
        .string()
        .min(1)
        .max(48)
        .regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,47}$/, 'Volume name must begin with a letter and contain only alphanumerics, underscores, and hyphens (max 48 chars)'),
    sizeGiB: zod_1.z.number().int().min(1).max(65536),
    volumeType: zod_1.z.enum(['standard', 'io1', 'io2', 'gp2', 'sc1', 'st1', 'gp3']).optional(),
    encrypted: zod_1.z.boolean().optional(),
    kmsKeyId: zod_1.z
        .string()
        .regex(/^arn:[^:]+:kms:[a-z0-9-]+:[0-9]{12}:key\/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/, 'Must be a valid KMS key ARN')
        .optional(),
})
    .passthrough();
exports.VolumeConfigurationSchema = zod_1.z.object({
    ebsConfiguration: exports.EbsVolumeConfigurationSchema,
});
// ============================================================================
// Instance Lifecycle Configuration
// ============================================================================
const LIFECYCLE_SECONDS_MIN = 60;
const LIFECYCLE_SECONDS_MAX = 1209600;
exports.InstanceLifecycleConfigurationSchema = zod_1.z.object({
    idleInstanceTimeout: zod_1.z.number().int().min(LIFECYCLE_SECONDS_MIN).max(LIFECYCLE_SECONDS_MAX).optional(),
    maxLifetime: zod_1.z.number().int().min(LIFECYCLE_SECONDS_MIN).max(LIFECYCLE_SECONDS_MAX).optional(),
});
// ============================================================================
// Compute Configuration
//
// `rootVolume` is accepted via `.passthrough()` on ec2Configuration (long-tail,
// service-managed).
// ============================================================================
exports.Ec2ConfigurationSchema = zod_1.z
    .object({
    launchTemplateSource: zod_1.z.object({
        launchParameters: exports.LaunchParametersSchema,
    }),
    vpcConfiguration: exports.VpcConfigurationSchema,
    volumes: zod_1.z.array(exports.VolumeConfigurationSchema).max(5).optional(),
    lifecycleConfiguration: exports.InstanceLifecycleConfigurationSchema.optional(),
})
    .passthrough();
exports.ComputeConfigurationSchema = zod_1.z.object({
    ec2Configuration: exports.Ec2ConfigurationSchema,
});
// ============================================================================
// Capacity Provider Schema
// ============================================================================
exports.CapacityProviderSchema = zod_1.z.object({
    /** Capacity provider name (immutable after creation). */
    name: exports.CapacityProviderNameSchema,
    /** Optional description (max 4096 chars). The only mutable field besides tags. */
    description: zod_1.z.string().min(1).max(4096).optional(),
    /**
     * ARN of the IAM role AgentCore assumes to manage the capacity provider (immutable). Optional:
     * when omitted, an operator role with the required trust policy and managed permissions is
     * created automatically at deploy time.
     */
    operatorRoleArn: exports.OperatorRoleArnSchema.optional(),
    /** Compute resources for the capacity provider (immutable after creation). */
    computeConfiguration: exports.ComputeConfigurationSchema,
    /** Optional resource tags. */
    tags: tags_1.TagsSchema.optional(),
});