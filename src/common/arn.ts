// ARNs, read in one way: @aws-sdk/util-arn-parser splits them; this module names the parts the
// action needs (account, role name of a role or assumed-role ARN).
import { parse, validate } from '@aws-sdk/util-arn-parser'

export interface ParsedArn {
  partition: string
  service: string
  region: string
  accountId: string
  resource: string
}

/** The parts of an ARN; undefined when `value` is not one. */
export function parseArn(value: string): ParsedArn | undefined {
  return validate(value) ? parse(value) : undefined
}

/** The account id of an ARN ('' when it names none or is not an ARN). */
export function accountOfArn(value: string): string {
  return parseArn(value)?.accountId ?? ''
}

/**
 * The role an ARN stands for: `role/path/NAME` (IAM) or `assumed-role/NAME/session` (STS);
 * undefined for users, root and anything else.
 */
export function roleNameOfArn(value: string): string | undefined {
  const arn = parseArn(value)
  if (!arn) return undefined
  if (arn.service === 'iam' && arn.resource.startsWith('role/')) {
    return arn.resource.slice(arn.resource.lastIndexOf('/') + 1) || undefined
  }
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    return arn.resource.split('/')[1] || undefined
  }
  return undefined
}
