// Managed policies, read one way for every reader (the roles' attached policies and boundaries,
// the caller's policies): GetPolicy for the default version, then GetPolicyVersion. A run reads
// each policy once, however many roles attach it: the reads of one run share a cache.
import { GetPolicyCommand, GetPolicyVersionCommand, type IAMClient } from '@aws-sdk/client-iam'
import { isAccessDenied } from '../aws/iamResponses.ts'
import { operationOf } from '../common/errors.ts'
import type { PolicyDocument } from '../common/model.ts'
import { parsePolicyDocument } from '../policy/parse.ts'

/** A managed policy's default version, or why it could not be read. */
export type ManagedPolicyRead =
  { arn: string; document: PolicyDocument } | { arn: string; unreadable: string }

/** The managed policies read in one run, by ARN. */
export type ManagedPolicyCache = Map<string, Promise<ManagedPolicyRead>>

/** The IAM actions a reader of managed policies needs. */
export const MANAGED_POLICY_READ_ACTIONS = ['iam:GetPolicy', 'iam:GetPolicyVersion'] as const

async function readDefaultVersion(iam: IAMClient, arn: string): Promise<PolicyDocument> {
  const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: arn }))
  const { PolicyVersion } = await iam.send(
    new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId })
  )
  return parsePolicyDocument(PolicyVersion?.Document ?? '')
}

/**
 * The default version of the managed policy `arn`. A refusal (AccessDenied) is an answer, with the
 * operation IAM refused; any other error (throttling past the retries, a timeout) is thrown.
 */
export function readManagedPolicy(
  iam: IAMClient,
  arn: string,
  cache?: ManagedPolicyCache
): Promise<ManagedPolicyRead> {
  const known = cache?.get(arn)
  if (known) return known
  const read = readDefaultVersion(iam, arn).then(
    (document): ManagedPolicyRead => ({ arn, document }),
    (error: unknown): ManagedPolicyRead => {
      if (!isAccessDenied(error)) throw error
      const operation = operationOf(error as Error)?.replace(/^IAM /, 'iam:') ?? 'iam:GetPolicy'
      return { arn, unreadable: `${operation} was refused (AccessDenied)` }
    }
  )
  cache?.set(arn, read)
  // A failure other than a refusal is not kept: the next reader tries again.
  read.catch(() => cache?.delete(arn))
  return read
}
