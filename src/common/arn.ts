// ARNs, read in one way: @aws-sdk/util-arn-parser splits them into partition, service, region,
// account and resource; this module names what the action needs of the resource part. No other
// module takes an ARN apart.
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

/** An IAM role or managed policy ARN, its resource split into path and name. */
export interface IamResourceArn {
  partition: string
  accountId: string
  /** The IAM path, '/' or '/a/b/'. */
  path: string
  name: string
}

/**
 * `arn:{partition}:iam::{account}:{type}/{path/}{name}`; undefined when not that shape. Path and
 * name are only split here, not validated: the inputs check them against IAM's rules.
 */
export function parseIamResourceArn(
  value: string,
  type: 'role' | 'policy' | 'user'
): IamResourceArn | undefined {
  const arn = parseArn(value)
  if (!arn || arn.service !== 'iam' || arn.region !== '') return undefined
  if (!arn.resource.startsWith(`${type}/`)) return undefined
  const pathAndName = arn.resource.slice(type.length)
  const lastSlash = pathAndName.lastIndexOf('/')
  return {
    partition: arn.partition,
    accountId: arn.accountId,
    path: pathAndName.slice(0, lastSlash + 1),
    name: pathAndName.slice(lastSlash + 1)
  }
}

/** `path` starts and ends with '/', as IAM stores it. */
export function roleArn(partition: string, accountId: string, path: string, name: string): string {
  return `arn:${partition}:iam::${accountId}:role${path}${name}`
}

/** Who an STS GetCallerIdentity ARN names. */
export type Caller =
  | { kind: 'assumed-role'; partition: string; accountId: string; roleName: string }
  | { kind: 'user'; partition: string; accountId: string; arn: string; name: string }
  | { kind: 'root'; partition: string; accountId: string }
  | { kind: 'federated-user'; partition: string; accountId: string }
  | { kind: 'unknown' }

export function parseCallerArn(value: string): Caller {
  const arn = parseArn(value)
  if (!arn || !/^\d{12}$/.test(arn.accountId)) return { kind: 'unknown' }
  const { partition, accountId, service, resource } = arn
  const [type, first, second] = resource.split('/')
  if (service === 'sts' && type === 'assumed-role' && first && second !== undefined) {
    return { kind: 'assumed-role', partition, accountId, roleName: first }
  }
  if (service === 'sts' && type === 'federated-user' && first) {
    return { kind: 'federated-user', partition, accountId }
  }
  if (service === 'iam' && resource === 'root') return { kind: 'root', partition, accountId }
  const user = service === 'iam' ? parseIamResourceArn(value, 'user') : undefined
  if (user && user.name) return { kind: 'user', partition, accountId, arn: value, name: user.name }
  return { kind: 'unknown' }
}

/**
 * The role an ARN stands for: `role/path/NAME` (IAM) or `assumed-role/NAME/session` (STS);
 * undefined for users, root and anything else.
 */
export function roleNameOfArn(value: string): string | undefined {
  const role = parseIamResourceArn(value, 'role')
  if (role) return role.name || undefined
  const caller = parseCallerArn(value)
  return caller.kind === 'assumed-role' ? caller.roleName : undefined
}
