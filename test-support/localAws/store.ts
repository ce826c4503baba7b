// The account's IAM entities (roles, users, managed policies) and the access keys that act as
// them, with IAM's validation rules. Names are unique regardless of case, as in IAM.
import { randomBytes } from 'node:crypto'
import type { Partition } from '../../src/common/model.ts'
import {
  checkInlinePoliciesSize,
  checkManagedPolicySize,
  checkTrustPolicySize,
  parsePolicyDocument
} from './policyDocuments.ts'
import { AwsError } from './queryProtocol.ts'

export interface Role {
  name: string
  path: string
  arn: string
  roleId: string
  createDate: number
  trustPolicy: string
  description?: string
  maxSessionDuration: number
  /** Inline policies by name, each the document exactly as it was put. */
  inlinePolicies: Map<string, string>
  attachedPolicyArns: string[]
  tags: Map<string, string>
  permissionsBoundary?: string
  /** When AWS last saw the role used (GetRole RoleLastUsed). */
  lastUsed?: { date: number; region: string }
}

export interface User {
  name: string
  path: string
  arn: string
  userId: string
  createDate: number
  inlinePolicies: Map<string, string>
  attachedPolicyArns: string[]
  tags: Map<string, string>
  permissionsBoundary?: string
}

export interface ManagedPolicy {
  name: string
  path: string
  arn: string
  policyId: string
  description?: string
  createDate: number
  document: string
}

/** Who an access key acts as. */
export type KeyOwner =
  | { kind: 'root' }
  | { kind: 'user'; userName: string }
  | { kind: 'role-session'; roleName: string; sessionName: string; expiresAt: number }

export interface AccessKey {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  owner: KeyOwner
}

export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface NewRole {
  name: string
  path?: string
  trustPolicy: string
  description?: string
  maxSessionDuration?: number
  tags?: Record<string, string>
  permissionsBoundary?: string
}

const NAME_PATTERN = /^[\w+=,.@-]+$/
const PATH_PATTERN = /^(\/|\/[\u0021-\u007E]+\/)$/
const DESCRIPTION_PATTERN = /^[\t\n\r\u0020-\u007E\u00A1-\u00FF]*$/
const TAG_KEY_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u
const TAG_VALUE_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const MAX_TAGS = 50
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length)
  let id = prefix
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length]
  return id
}

export function randomSecret(bytes: number): string {
  return randomBytes(bytes)
    .toString('base64')
    .replace(/[+/=]/g, '')
    .slice(0, (bytes * 4) / 3)
}

export function validationError(field: string, value: string, constraint: string): AwsError {
  return new AwsError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`
  )
}

export function checkName(field: string, value: string, maxLength: number): void {
  if (value.length > maxLength) {
    throw validationError(
      field,
      value,
      `Member must have length less than or equal to ${maxLength}`
    )
  }
  if (!NAME_PATTERN.test(value)) {
    throw validationError(
      field,
      value,
      'Member must satisfy regular expression pattern: [\\w+=,.@-]+'
    )
  }
}

export function checkPath(path: string): void {
  if (path.length > 512 || !PATH_PATTERN.test(path)) {
    throw new AwsError(
      'ValidationError',
      'The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.'
    )
  }
}

export function checkDescription(description: string): void {
  if (description.length > 1000) {
    throw validationError(
      'description',
      description,
      'Member must have length less than or equal to 1000'
    )
  }
  if (!DESCRIPTION_PATTERN.test(description)) {
    throw validationError(
      'description',
      description,
      'Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*'
    )
  }
}

function checkTags(tags: Map<string, string>): void {
  for (const [key, value] of tags) {
    if (key.length < 1 || key.length > 128 || !TAG_KEY_PATTERN.test(key)) {
      throw validationError('tags.member.key', key, 'Member must satisfy the tag key constraints')
    }
    if (key.toLowerCase().startsWith('aws:')) {
      throw new AwsError('InvalidInput', 'User-defined tag keys cannot start with aws:.')
    }
    if (value.length > 256 || !TAG_VALUE_PATTERN.test(value)) {
      throw validationError(
        'tags.member.value',
        value,
        'Member must satisfy the tag value constraints'
      )
    }
  }
  if (tags.size > MAX_TAGS) {
    throw new AwsError('LimitExceeded', `Cannot exceed quota for TagsPerRole: ${MAX_TAGS}.`)
  }
}

function checkMaxSessionDuration(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43200) {
    throw validationError(
      'maxSessionDuration',
      String(seconds),
      'Member must have value greater than or equal to 3600 and less than or equal to 43200'
    )
  }
}

export class IamStore {
  readonly accountId: string
  readonly partition: Partition
  private readonly roles = new Map<string, Role>()
  private readonly users = new Map<string, User>()
  private readonly managedPolicies = new Map<string, ManagedPolicy>()
  private readonly accessKeys = new Map<string, AccessKey>()

  constructor(accountId: string, partition: Partition) {
    this.accountId = accountId
    this.partition = partition
  }

  arn(service: 'iam' | 'sts', resource: string): string {
    return `arn:${this.partition}:${service}::${this.accountId}:${resource}`
  }

  get rootArn(): string {
    return this.arn('iam', 'root')
  }

  roleArn(name: string, path = '/'): string {
    return this.arn('iam', `role${path}${name}`)
  }

  userArn(name: string, path = '/'): string {
    return this.arn('iam', `user${path}${name}`)
  }

  // Roles

  findRole(name: string): Role | undefined {
    return this.roles.get(name.toLowerCase())
  }

  requireRole(name: string): Role {
    const role = this.findRole(name)
    if (!role) throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`)
    return role
  }

  /** The ARN a request about a role name is authorized against (the role's own, path included). */
  roleArnForName(name: string): string {
    return this.findRole(name)?.arn ?? this.roleArn(name)
  }

  createRole(input: NewRole): Role {
    checkName('roleName', input.name, 64)
    const path = input.path ?? '/'
    checkPath(path)
    if (input.description !== undefined) checkDescription(input.description)
    const maxSessionDuration = input.maxSessionDuration ?? 3600
    checkMaxSessionDuration(maxSessionDuration)
    parsePolicyDocument(input.trustPolicy, 'trust')
    checkTrustPolicySize(input.trustPolicy)
    const tags = new Map(Object.entries(input.tags ?? {}))
    checkTags(tags)
    if (input.permissionsBoundary !== undefined)
      this.requireManagedPolicy(input.permissionsBoundary)
    if (this.findRole(input.name)) {
      throw new AwsError('EntityAlreadyExists', `Role with name ${input.name} already exists.`)
    }
    const role: Role = {
      name: input.name,
      path,
      arn: this.roleArn(input.name, path),
      roleId: randomId('AROA', 17),
      createDate: Date.now(),
      trustPolicy: input.trustPolicy,
      description: input.description,
      maxSessionDuration,
      inlinePolicies: new Map(),
      attachedPolicyArns: [],
      tags,
      permissionsBoundary: input.permissionsBoundary
    }
    this.roles.set(input.name.toLowerCase(), role)
    return role
  }

  deleteRole(name: string): void {
    const role = this.requireRole(name)
    if (role.inlinePolicies.size > 0 || role.attachedPolicyArns.length > 0) {
      throw new AwsError('DeleteConflict', 'Cannot delete entity, must delete policies first.')
    }
    this.roles.delete(name.toLowerCase())
  }

  updateTrustPolicy(name: string, document: string): void {
    const role = this.requireRole(name)
    parsePolicyDocument(document, 'trust')
    checkTrustPolicySize(document)
    role.trustPolicy = document
  }

  updateRole(name: string, changes: { description?: string; maxSessionDuration?: number }): void {
    const role = this.requireRole(name)
    if (changes.description !== undefined) checkDescription(changes.description)
    if (changes.maxSessionDuration !== undefined)
      checkMaxSessionDuration(changes.maxSessionDuration)
    if (changes.description !== undefined) role.description = changes.description
    if (changes.maxSessionDuration !== undefined)
      role.maxSessionDuration = changes.maxSessionDuration
  }

  putRolePolicy(roleName: string, policyName: string, document: string): void {
    const role = this.requireRole(roleName)
    checkName('policyName', policyName, 128)
    parsePolicyDocument(document, 'identity')
    const after = new Map(role.inlinePolicies).set(policyName, document)
    checkInlinePoliciesSize(after.values(), { kind: 'role', name: role.name })
    role.inlinePolicies.set(policyName, document)
  }

  requireRolePolicy(roleName: string, policyName: string): string {
    const document = this.requireRole(roleName).inlinePolicies.get(policyName)
    if (document === undefined) {
      throw new AwsError('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`)
    }
    return document
  }

  deleteRolePolicy(roleName: string, policyName: string): void {
    this.requireRolePolicy(roleName, policyName)
    this.requireRole(roleName).inlinePolicies.delete(policyName)
  }

  attachRolePolicy(roleName: string, policyArn: string): void {
    const role = this.requireRole(roleName)
    this.requireManagedPolicy(policyArn)
    if (!role.attachedPolicyArns.includes(policyArn)) role.attachedPolicyArns.push(policyArn)
  }

  detachRolePolicy(roleName: string, policyArn: string): void {
    const role = this.requireRole(roleName)
    if (!role.attachedPolicyArns.includes(policyArn)) {
      throw new AwsError('NoSuchEntity', `Policy ${policyArn} was not found.`)
    }
    role.attachedPolicyArns = role.attachedPolicyArns.filter((arn) => arn !== policyArn)
  }

  tagRole(roleName: string, tags: Map<string, string>): void {
    const role = this.requireRole(roleName)
    const after = new Map([...role.tags, ...tags])
    checkTags(after)
    role.tags = after
  }

  untagRole(roleName: string, keys: string[]): void {
    const role = this.requireRole(roleName)
    for (const key of keys) role.tags.delete(key)
  }

  putRolePermissionsBoundary(roleName: string, policyArn: string): void {
    const role = this.requireRole(roleName)
    this.requireManagedPolicy(policyArn)
    role.permissionsBoundary = policyArn
  }

  deleteRolePermissionsBoundary(roleName: string): void {
    delete this.requireRole(roleName).permissionsBoundary
  }

  // Users

  findUser(name: string): User | undefined {
    return this.users.get(name.toLowerCase())
  }

  requireUser(name: string): User {
    const user = this.findUser(name)
    if (!user) throw new AwsError('NoSuchEntity', `The user with name ${name} cannot be found.`)
    return user
  }

  createUser(name: string, options: { path?: string; permissionsBoundary?: string } = {}): User {
    checkName('userName', name, 64)
    const path = options.path ?? '/'
    checkPath(path)
    if (options.permissionsBoundary !== undefined) {
      this.requireManagedPolicy(options.permissionsBoundary)
    }
    if (this.findUser(name)) {
      throw new AwsError('EntityAlreadyExists', `User with name ${name} already exists.`)
    }
    const user: User = {
      name,
      path,
      arn: this.userArn(name, path),
      userId: randomId('AIDA', 17),
      createDate: Date.now(),
      inlinePolicies: new Map(),
      attachedPolicyArns: [],
      tags: new Map(),
      permissionsBoundary: options.permissionsBoundary
    }
    this.users.set(name.toLowerCase(), user)
    return user
  }

  putUserPolicy(userName: string, policyName: string, document: string): void {
    const user = this.requireUser(userName)
    checkName('policyName', policyName, 128)
    parsePolicyDocument(document, 'identity')
    const after = new Map(user.inlinePolicies).set(policyName, document)
    checkInlinePoliciesSize(after.values(), { kind: 'user', name: user.name })
    user.inlinePolicies.set(policyName, document)
  }

  requireUserPolicy(userName: string, policyName: string): string {
    const document = this.requireUser(userName).inlinePolicies.get(policyName)
    if (document === undefined) {
      throw new AwsError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`)
    }
    return document
  }

  attachUserPolicy(userName: string, policyArn: string): void {
    const user = this.requireUser(userName)
    this.requireManagedPolicy(policyArn)
    if (!user.attachedPolicyArns.includes(policyArn)) user.attachedPolicyArns.push(policyArn)
  }

  // Managed policies

  createManagedPolicy(
    name: string,
    document: string,
    options: { path?: string; description?: string } = {}
  ): ManagedPolicy {
    checkName('policyName', name, 128)
    const path = options.path ?? '/'
    checkPath(path)
    parsePolicyDocument(document, 'identity')
    checkManagedPolicySize(document)
    const arn = this.arn('iam', `policy${path}${name}`)
    if ([...this.managedPolicies.values()].some((policy) => policy.name === name)) {
      throw new AwsError(
        'EntityAlreadyExists',
        `A policy called ${name} already exists. Duplicate names are not allowed.`
      )
    }
    const policy: ManagedPolicy = {
      name,
      path,
      arn,
      policyId: randomId('ANPA', 17),
      description: options.description,
      createDate: Date.now(),
      document
    }
    this.managedPolicies.set(arn, policy)
    return policy
  }

  requireManagedPolicy(arn: string): ManagedPolicy {
    const policy = this.managedPolicies.get(arn)
    if (!policy) {
      throw new AwsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`)
    }
    return policy
  }

  /** How many roles and users a managed policy is attached to, and bounds. */
  policyUsage(arn: string): { attachments: number; boundaries: number } {
    const principals = [...this.roles.values(), ...this.users.values()]
    return {
      attachments: principals.filter((p) => p.attachedPolicyArns.includes(arn)).length,
      boundaries: principals.filter((p) => p.permissionsBoundary === arn).length
    }
  }

  // Access keys

  addAccessKey(owner: KeyOwner): AccessKey {
    const temporary = owner.kind === 'role-session'
    const key: AccessKey = {
      accessKeyId: randomId(temporary ? 'ASIA' : 'AKIA', 16),
      secretAccessKey: randomSecret(30),
      sessionToken: temporary ? randomSecret(192) : undefined,
      owner
    }
    this.accessKeys.set(key.accessKeyId, key)
    return key
  }

  findAccessKey(accessKeyId: string): AccessKey | undefined {
    return this.accessKeys.get(accessKeyId)
  }

  /** Every access key issued (seeded or by STS), for the test API's secret listing. */
  allAccessKeys(): AccessKey[] {
    return [...this.accessKeys.values()]
  }

  /** Every role, for the test API's listing. */
  allRoles(): Role[] {
    return [...this.roles.values()]
  }
}
