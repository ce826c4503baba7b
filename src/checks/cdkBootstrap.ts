// The PassRole proof of the new AgentCore CLI. `agentcore deploy` deploys a CloudFormation stack
// through the CDK bootstrap: the workflow's caller assumes the bootstrap's deploy, publishing and
// lookup roles, and CloudFormation, running as the bootstrap's execution role, creates the runtime
// and passes it the runtime role. So the questions are: does the bootstrap exist, may its
// CloudFormation execution role pass the runtime role to bedrock-agentcore.amazonaws.com, and may
// the caller assume the other bootstrap roles. Each answered by IAM (GetRole and
// SimulatePrincipalPolicy); the PassRole answer also through the local fallback of checkPassRole.
import { GetRoleCommand, type IAMClient } from '@aws-sdk/client-iam'
import { isAccessDenied, isNoSuchEntity } from '../aws/iamResponses.ts'
import { roleArn, roleNameOfArn } from '../common/arn.ts'
import type {
  Partition,
  PassRoleDecision,
  PassRoleResult,
  PassRoleRoleDecision,
  PolicyStatement,
  RoleKind
} from '../common/model.ts'
import {
  BOOTSTRAP_ROLE_KINDS,
  bootstrapRoleName,
  CDK_DEFAULT_QUALIFIER,
  type BootstrapRoleKind
} from '../deployTools/agentcoreCli/naming.ts'
import type { ResolvedCaller } from './callerPrincipal.ts'
import { checkPassRole } from './passRole.ts'
import { roleResult } from './passRoleVerdict.ts'
import { simulatePrincipalPolicy, type SimulationAnswers } from './simulation.ts'

export interface BootstrapTarget {
  partition: Partition
  accountId: string
  region: string
  qualifier: string
  /** The roles CloudFormation passes (the runtime roles of the agent). */
  roles: Array<{ kind: RoleKind; arn: string; passedToService: string }>
  /** The workflow's caller, resolved; absent when it cannot be. */
  caller: ResolvedCaller
  answers: SimulationAnswers
  /** The bootstrap roles IAM has told of in this run, by name: every agent shares one bootstrap. */
  lookups: BootstrapLookups
}

export type BootstrapLookups = Map<string, Promise<RoleLookup>>

export interface AssumeRoleResult {
  decision: PassRoleDecision
  principalArn?: string
  roles: Array<{ arn: string; decision: PassRoleRoleDecision }>
  reason: string
  /** Ready to paste into the caller's policy: sts:AssumeRole on the denied roles. */
  missingStatement?: PolicyStatement
}

export interface BootstrapCheckResult {
  qualifier: string
  /** The bootstrap's CloudFormation execution role (ARN with its path when IAM told it). */
  cfnExecRoleArn: string
  /** Bootstrap roles that do not exist; any missing means the account is not bootstrapped. */
  missingRoles: string[]
  /** The command that bootstraps the account and region. */
  fixCommand: string
  /** May CloudFormation (the execution role) pass the runtime role? */
  passRole: PassRoleResult
  /** May the caller assume the deploy, publishing and lookup roles? */
  assumeRole: AssumeRoleResult
}

type RoleLookup = {
  kind: BootstrapRoleKind
  name: string
  arn: string
  exists: boolean | 'unknown'
}

function lookUp(
  iam: IAMClient,
  target: BootstrapTarget,
  kind: BootstrapRoleKind
): Promise<RoleLookup> {
  const name = bootstrapRoleName(kind, target.qualifier, target.accountId, target.region)
  const known = target.lookups.get(name)
  if (known) return known
  const lookup = getBootstrapRole(iam, target, kind, name)
  target.lookups.set(name, lookup)
  // A failed lookup is not kept: the next agent asks again.
  lookup.catch(() => target.lookups.delete(name))
  return lookup
}

async function getBootstrapRole(
  iam: IAMClient,
  target: BootstrapTarget,
  kind: BootstrapRoleKind,
  name: string
): Promise<RoleLookup> {
  const guessed = roleArn(target.partition, target.accountId, '/', name)
  try {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: name }))
    return { kind, name, arn: Role?.Arn ?? guessed, exists: true }
  } catch (error) {
    if (isNoSuchEntity(error)) return { kind, name, arn: guessed, exists: false }
    if (isAccessDenied(error)) return { kind, name, arn: guessed, exists: 'unknown' }
    throw error
  }
}

function bootstrapCommand(
  target: Pick<BootstrapTarget, 'accountId' | 'region' | 'qualifier'>
): string {
  const qualifier =
    target.qualifier === CDK_DEFAULT_QUALIFIER ? '' : ` --qualifier ${target.qualifier}`
  return `npx cdk bootstrap aws://${target.accountId}/${target.region}${qualifier}`
}

export async function checkCdkBootstrap(
  iam: IAMClient,
  target: BootstrapTarget
): Promise<BootstrapCheckResult> {
  const found = await Promise.all(BOOTSTRAP_ROLE_KINDS.map((kind) => lookUp(iam, target, kind)))
  const [cfnExec, ...assumed] = found as [RoleLookup, ...RoleLookup[]]
  const missingRoles = found.filter((role) => role.exists === false).map((role) => role.name)
  const fixCommand = bootstrapCommand(target)
  const where = `aws://${target.accountId}/${target.region}`
  const [passRole, assumeRole] = await Promise.all([
    cfnExec.exists === false
      ? Promise.resolve<PassRoleResult>({
          decision: 'unknown',
          callerArn: cfnExec.arn,
          roles: target.roles.map((role) => roleResult(role, 'unknown', [])),
          reason: `${where} has no CDK bootstrap with qualifier ${target.qualifier} (no role ${cfnExec.name}), so nothing can pass the runtime role yet; run \`${fixCommand}\` once (\`agentcore deploy --yes\` bootstraps with the defaults when it finds none)`
        })
      : checkPassRole(iam, {
          callerArn: cfnExec.arn,
          partition: target.partition,
          accountId: target.accountId,
          roles: target.roles,
          caller: {
            kind: 'principal',
            principal: { type: 'role', arn: cfnExec.arn, name: cfnExec.name }
          },
          answers: target.answers
        }),
    checkAssumeRoles(
      iam,
      target,
      assumed.filter((role) => role.exists !== false)
    )
  ])
  return {
    qualifier: target.qualifier,
    cfnExecRoleArn: cfnExec.arn,
    missingRoles,
    fixCommand,
    passRole,
    assumeRole
  }
}

async function checkAssumeRoles(
  iam: IAMClient,
  target: BootstrapTarget,
  roles: RoleLookup[]
): Promise<AssumeRoleResult> {
  const { caller } = target
  if (caller.kind !== 'principal') {
    const decision = caller.kind === 'root' ? 'allowed' : 'unknown'
    return {
      decision,
      roles: roles.map((role) => ({ arn: role.arn, decision })),
      reason: caller.reason
    }
  }
  const principalArn = caller.principal.arn
  if (roles.length === 0) {
    return {
      decision: 'unknown',
      principalArn,
      roles: [],
      reason: 'the CDK bootstrap roles do not exist'
    }
  }
  let decisions: PassRoleRoleDecision[]
  try {
    decisions = await Promise.all(
      roles.map(async (role) => {
        const [result] = await simulatePrincipalPolicy(
          iam,
          principalArn,
          ['sts:AssumeRole'],
          [role.arn],
          {},
          target.answers
        )
        return (result?.EvalDecision as PassRoleRoleDecision | undefined) ?? 'unknown'
      })
    )
  } catch (error) {
    if (!isAccessDenied(error) && !isNoSuchEntity(error)) throw error
    return {
      decision: 'unknown',
      principalArn,
      roles: roles.map((role) => ({ arn: role.arn, decision: 'unknown' })),
      reason: `whether ${principalArn} may assume the CDK bootstrap roles is not known: iam:SimulatePrincipalPolicy on itself was refused`
    }
  }
  const results = roles.map((role, index) => ({
    arn: role.arn,
    decision: decisions[index] ?? 'unknown'
  }))
  const denied = results.filter(
    (role) => role.decision === 'implicitDeny' || role.decision === 'explicitDeny'
  )
  const names = (list: typeof results) =>
    list.map((role) => roleNameOfArn(role.arn) ?? role.arn).join(', ')
  if (denied.length > 0) {
    return {
      decision: 'denied',
      principalArn,
      roles: results,
      reason: `${principalArn} may not assume ${names(denied)}, which \`agentcore deploy\` assumes to deploy the stack`,
      missingStatement: {
        Sid: 'AssumeCdkBootstrapRoles',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: denied.map((role) => role.arn)
      }
    }
  }
  const allowed = results.every((role) => role.decision === 'allowed')
  return {
    decision: allowed ? 'allowed' : 'unknown',
    principalArn,
    roles: results,
    reason: allowed
      ? `${principalArn} may assume ${names(results)}`
      : `whether ${principalArn} may assume ${names(results.filter((role) => role.decision !== 'allowed'))} is not known`
  }
}
