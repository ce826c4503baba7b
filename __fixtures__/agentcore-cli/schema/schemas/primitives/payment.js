"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaymentAuthorizerTypeSchema = exports.PaymentManagerSchema = exports.PaymentConnectorSchema = exports.QuickCreatePaymentConnectorSchema = exports.ManualPaymentConnectorSchema = exports.PaymentProvisionModeSchema = exports.PaymentConnectorNameSchema = exports.PaymentManagerNameSchema = exports.DEFAULT_SPEND_LIMIT = exports.DEFAULT_AUTO_PAYMENT = exports.PaymentProviderSchema = void 0;
const zod_1 = require("zod");
// ============================================================================
// Payment Provider Schema
// ============================================================================
exports.PaymentProviderSchema = zod_1.z.enum(['CoinbaseCDP', 'StripePrivy']);
// Documented payment-manager defaults. Materialized on write (via the schema
// `.default()` below and in PaymentManagerPrimitive.add()) so they appear in
// agentcore.json instead of being silently re-defaulted downstream.
exports.DEFAULT_AUTO_PAYMENT = true;
exports.DEFAULT_SPEND_LIMIT = '10.00';
// ============================================================================
// Payment Manager Name Schema
// ============================================================================
// Note: the CreatePaymentManager API name pattern is [a-zA-Z][a-zA-Z0-9]{0,47} —
// no underscores (unlike connectors, which the API does allow underscores for).
// Matching it here so an invalid name is rejected at `add` time instead of failing
// late at deploy/CFN time.
exports.PaymentManagerNameSchema = zod_1.z
    .string()
    .min(1, 'Payment manager name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9]{0,47}$/, 'Must begin with a letter and contain only alphanumeric characters (max 48 chars)');
// ============================================================================
// Payment Connector Name Schema
// ============================================================================
exports.PaymentConnectorNameSchema = zod_1.z
    .string()
    .min(1, 'Payment connector name is required')
    .max(48)
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, 'Must begin with a letter and contain only alphanumeric characters and underscores (max 48 chars)');
// ============================================================================
// Payment Connector Schema
// ============================================================================
exports.PaymentProvisionModeSchema = zod_1.z.enum(['MANUAL', 'QUICK_CREATE']);
exports.ManualPaymentConnectorSchema = zod_1.z.object({
    name: exports.PaymentConnectorNameSchema,
    provider: exports.PaymentProviderSchema.default('CoinbaseCDP'),
    provisionMode: zod_1.z.literal('MANUAL').optional(),
    credentialName: zod_1.z.string().min(1),
});
exports.QuickCreatePaymentConnectorSchema = zod_1.z.object({
    name: exports.PaymentConnectorNameSchema,
    provider: zod_1.z.literal('CoinbaseCDP'),
    provisionMode: zod_1.z.literal('QUICK_CREATE'),
    credentialName: zod_1.z.never().optional(),
});
exports.PaymentConnectorSchema = zod_1.z.union([exports.QuickCreatePaymentConnectorSchema, exports.ManualPaymentConnectorSchema]);
// ============================================================================
// Payment Manager Schema
// ============================================================================
exports.PaymentManagerSchema = zod_1.z
    .object({
    name: exports.PaymentManagerNameSchema,
    authorizerType: zod_1.z.enum(['AWS_IAM', 'CUSTOM_JWT']).default('AWS_IAM'),
    authorizerConfiguration: zod_1.z
        .object({
        customJWTAuthorizer: zod_1.z.object({
            discoveryUrl: zod_1.z.string().url(),
            allowedClients: zod_1.z.array(zod_1.z.string()).optional(),
            allowedAudience: zod_1.z.array(zod_1.z.string()).optional(),
            allowedScopes: zod_1.z.array(zod_1.z.string()).optional(),
        }),
    })
        .optional(),
    connectors: zod_1.z.array(exports.PaymentConnectorSchema).default([]),
    description: zod_1.z.string().optional(),
    autoPayment: zod_1.z.boolean().default(exports.DEFAULT_AUTO_PAYMENT),
    defaultSpendLimit: zod_1.z.string().default(exports.DEFAULT_SPEND_LIMIT),
    paymentToolAllowlist: zod_1.z.array(zod_1.z.string()).optional(),
    networkPreferences: zod_1.z.array(zod_1.z.string()).optional(),
})
    .superRefine((data, ctx) => {
    if (data.authorizerType === 'CUSTOM_JWT' && !data.authorizerConfiguration?.customJWTAuthorizer) {
        ctx.addIssue({
            code: zod_1.z.ZodIssueCode.custom,
            message: 'authorizerConfiguration with customJWTAuthorizer is required when authorizerType is CUSTOM_JWT',
            path: ['authorizerConfiguration'],
        });
    }
});
// ============================================================================
// Payment Authorizer Type Schema (for CLI parsing)
// ============================================================================
exports.PaymentAuthorizerTypeSchema = zod_1.z.enum(['AWS_IAM', 'CUSTOM_JWT']);