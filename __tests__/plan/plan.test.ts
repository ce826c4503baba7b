import { readFileSync } from 'node:fs'
import { buildDesiredState } from '../../src/desired/desiredState.ts'
import type {
  ActionInputs,
  CurrentState,
  DesiredRole,
  PolicyDocument
} from '../../src/common/model.ts'
import { buildPlan as planOf, type PlanOptions } from '../../src/plan/plan.ts'
import { withDiffs } from '../../src/report/policyDiff.ts'
import type {
  CurrentState as ReadState,
  DesiredState as WantedState
} from '../../src/common/model.ts'

/** The plan as the report shows it: each role with its diff (report/policyDiff.ts adds them). */
const buildPlan = (desired: WantedState, current: ReadState, options: PlanOptions) =>
  withDiffs(desired, current, planOf(desired, current, options))
import { parsePolicyDocument } from '../../src/policy/parse.ts'
import { ACCOUNT, actionInputs } from '../../__fixtures__/actionInputs.ts'
import { currentRoleFor, stripSids, withoutSids } from '../../__fixtures__/currentRoles.ts'

const fixture = (name: string) =>
  parsePolicyDocument(readFileSync(new URL(`../../__fixtures__/${name}`, import.meta.url), 'utf8'))

function desiredFor(overrides: Partial<ActionInputs> = {}) {
  const desired = buildDesiredState(actionInputs(overrides), ACCOUNT)
  const [runtime, codebuild] = desired.roles as [DesiredRole, DesiredRole]
  return { desired, runtime, codebuild }
}

const optOut = { manageExistingRoles: false }
const optIn = { manageExistingRoles: true }

describe('buildPlan', () => {
  it('creates both roles when none exists', () => {
    const { desired, runtime } = desiredFor()
    const plan = buildPlan(desired, { roles: {} }, optOut)
    expect(plan.changed).toBe(true)
    expect(plan.roles.map((r) => [r.kind, r.status, r.changes])).toEqual([
      [
        'runtime',
        'create',
        [{ type: 'create-role' }, { type: 'put-role-policy', policyName: runtime.inlinePolicyName }]
      ],
      [
        'codebuild',
        'create',
        [
          { type: 'create-role' },
          { type: 'put-role-policy', policyName: 'CodeBuildExecutionPolicy' }
        ]
      ]
    ])
    expect(plan.roles[0]).toMatchObject({ name: runtime.name, arn: runtime.arn })
    expect(plan.roles[0]?.diff).toContain(`+++ desired ${runtime.name} trust policy`)
  })

  it('changes nothing when both roles are as desired', () => {
    const { desired, runtime, codebuild } = desiredFor()
    const current: CurrentState = {
      roles: { runtime: currentRoleFor(runtime), codebuild: currentRoleFor(codebuild) }
    }
    const plan = buildPlan(desired, current, optOut)
    expect(plan.changed).toBe(false)
    for (const role of plan.roles) {
      expect(role).toMatchObject({ status: 'unchanged', changes: [], findings: [], diff: '' })
    }
  })

  it("leaves a managed role whose trust policy lost its Sid, as the toolkit's deploy writes it", () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const current = {
      roles: { runtime: currentRoleFor(runtime, { trustPolicy: stripSids(runtime.trustPolicy) }) }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.status).toBe('unchanged')
    expect(role?.changes).toEqual([])
    expect(role?.findings).toEqual([
      'trust policy differs only in Sid/Version: reported but not a defect'
    ])
  })

  it('repairs a managed role whose trust policy lost its conditions', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const trustPolicy = {
      ...runtime.trustPolicy,
      Statement: runtime.trustPolicy.Statement.map(({ Condition: _c, ...rest }) => rest)
    }
    const [role] = buildPlan(
      desired,
      { roles: { runtime: currentRoleFor(runtime, { trustPolicy }) } },
      optOut
    ).roles
    expect(role?.changes).toEqual([{ type: 'update-trust-policy' }])
    expect(role?.findings).toEqual(['trust policy differs from the desired one'])
  })

  it('accepts a user-named role whose trust policy has no Sid, noting the difference', () => {
    const { desired, runtime } = desiredFor({
      createCodebuildRole: false,
      executionRole: 'MyRuntime'
    })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, { trustPolicy: stripSids(runtime.trustPolicy), tags: {} })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.status).toBe('unchanged')
    expect(role?.findings).toContain(
      'trust policy differs only in Sid/Version: reported but not a defect'
    )
  })

  it('puts the desired policy on a managed role that misses a statement', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          inlinePolicies: {
            [runtime.inlinePolicyName]: withoutSids(runtime.permissionsPolicy, 'AwsJwtFederation')
          }
        })
      }
    }
    const plan = buildPlan(desired, current, optOut)
    expect(plan.changed).toBe(true)
    expect(plan.roles[0]).toMatchObject({
      status: 'update',
      changes: [{ type: 'put-role-policy', policyName: runtime.inlinePolicyName }],
      findings: ['missing: sts:GetWebIdentityToken on *']
    })
  })

  describe('a role this action did not create', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false, tags: { team: 'ml' } })
    const logsStripped = {
      ...runtime.permissionsPolicy,
      Statement: runtime.permissionsPolicy.Statement.filter(
        (s) => !JSON.stringify(s.Action).includes('PutLogEvents')
      )
    }
    const unmanagedBroken = {
      roles: {
        runtime: currentRoleFor(runtime, {
          tags: { owner: 'platform' },
          description: 'made by hand',
          inlinePolicies: { Custom: logsStripped }
        })
      }
    }

    it('is reported as drift, not changed, without the opt-in', () => {
      const plan = buildPlan(desired, unmanagedBroken, optOut)
      expect(plan.changed).toBe(true)
      expect(plan.roles[0]).toMatchObject({
        status: 'drift-unmanaged',
        changes: [
          { type: 'put-role-policy', policyName: runtime.inlinePolicyName },
          { type: 'tag-role', tags: { team: 'ml', 'managed-by': 'agentcore-role-action' } }
        ]
      })
      expect(plan.roles[0]?.findings).toEqual(
        expect.arrayContaining([
          `missing: logs:CreateLogStream, logs:PutLogEvents on arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*`
        ])
      )
      expect(plan.roles[0]?.diff).toContain(
        `+++ desired ${runtime.name} permissions policy ${runtime.inlinePolicyName}`
      )
    })

    it('is updated with the opt-in, its description and other tags kept', () => {
      const [role] = buildPlan(desired, unmanagedBroken, optIn).roles
      expect(role?.status).toBe('update')
      expect(role?.changes.map((c) => c.type)).toEqual(['put-role-policy', 'tag-role'])
    })

    it('stays unchanged and untagged when compatible', () => {
      const compatible = {
        roles: { runtime: currentRoleFor(runtime, { tags: {}, description: undefined }) }
      }
      const plan = buildPlan(desired, compatible, optOut)
      expect(plan.changed).toBe(false)
      expect(plan.roles[0]).toMatchObject({ status: 'unchanged', changes: [], diff: '' })
      expect(plan.roles[0]?.findings).toEqual([
        'not managed by this action (no managed-by tag): verified, not changed; lacks tags team (set manage-existing-roles to add them)'
      ])
    })
  })

  describe('a runtime role made by hand from the documented policy (seed 002)', () => {
    const seedRole = (runtime: DesiredRole) => ({
      roles: {
        runtime: currentRoleFor(runtime, {
          trustPolicy: fixture('seed-002-runtime-trust-policy.json'),
          inlinePolicies: {
            AgentCoreRuntimeExecutionPolicy: fixture('seed-002-runtime-permissions-policy.json')
          },
          tags: {},
          description: undefined
        })
      }
    })

    it('verifies as compatible, the newer optional permissions and its extras reported', () => {
      const { desired, runtime } = desiredFor({
        createCodebuildRole: false,
        executionRole: 'AgentCoreRuntimeExecutionRole'
      })
      const plan = buildPlan(desired, seedRole(runtime), optOut)
      expect(plan.changed).toBe(false)
      const [role] = plan.roles
      expect(role?.status).toBe('unchanged')
      expect(role?.findings.filter((f) => f.startsWith('missing'))).toEqual([])
      expect(role?.findings).toEqual(
        expect.arrayContaining([
          `optional, not granted (in the toolkit's current policy): sts:GetWebIdentityToken on *`,
          `optional, not granted (in the toolkit's current policy): aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe on * when StringEquals aws:CalledViaLast = bedrock.amazonaws.com`,
          `extra, not required (left in place): ecr:BatchGetImage, ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:${ACCOUNT}:repository/*`
        ])
      )
    })

    it('verifies under the toolkit name too (its trust policy is the toolkit one)', () => {
      const { desired, runtime } = desiredFor({ createCodebuildRole: false })
      expect(buildPlan(desired, seedRole(runtime), optOut).roles[0]?.status).toBe('unchanged')
    })

    it('is drift when the agent uses memory the role cannot reach', () => {
      const { desired, runtime } = desiredFor({ createCodebuildRole: false, memoryId: 'mem-1' })
      const [role] = buildPlan(desired, seedRole(runtime), optOut).roles
      expect(role?.status).toBe('drift-unmanaged')
      // One line for the memory statement: its 11 actions on the memory's ARN.
      const missing = role?.findings.filter((f) => f.startsWith('missing')) ?? []
      expect(missing).toHaveLength(1)
      expect(missing[0]?.split(', ')).toHaveLength(11)
      expect(missing[0]).toMatch(
        / on arn:aws:bedrock-agentcore:us-east-1:111122223333:memory\/mem-1$/
      )
    })

    it('is brought to the current toolkit policy with the opt-in', () => {
      const { desired, runtime } = desiredFor({ createCodebuildRole: false })
      const [role] = buildPlan(desired, seedRole(runtime), optIn).roles
      expect(role?.status).toBe('update')
      expect(role?.changes.map((c) => c.type)).toEqual(['put-role-policy', 'tag-role'])
    })
  })

  it('accepts a superset: extra statements and broader wildcards', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const broader = {
      ...runtime.permissionsPolicy,
      Statement: [
        ...runtime.permissionsPolicy.Statement.filter((s) => s.Sid !== 'ECRImageAccess'),
        {
          Effect: 'Allow' as const,
          Action: 'ecr:*',
          Resource: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/*`
        },
        { Effect: 'Allow' as const, Action: 'dynamodb:GetItem', Resource: '*' }
      ]
    }
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          inlinePolicies: { [runtime.inlinePolicyName]: broader }
        })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.status).toBe('unchanged')
    expect(role?.findings).toEqual([
      `extra, not required (left in place): ecr:* on arn:aws:ecr:us-east-1:${ACCOUNT}:repository/*`,
      'extra, not required (left in place): dynamodb:GetItem on *'
    ])
  })

  it('reports a permissions policy differing only in Sids as not a defect', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          inlinePolicies: { [runtime.inlinePolicyName]: stripSids(runtime.permissionsPolicy) }
        })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role).toMatchObject({
      status: 'unchanged',
      findings: [
        `permissions policy ${runtime.inlinePolicyName} differs only in Sid/Version: reported but not a defect`
      ]
    })
  })

  it('adds missing or different tags only, never removing user tags', () => {
    const { desired, runtime } = desiredFor({
      createCodebuildRole: false,
      tags: { team: 'ml', env: 'prod' }
    })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          tags: { 'managed-by': 'agentcore-role-action', team: 'old', keep: 'me' }
        })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.changes).toEqual([{ type: 'tag-role', tags: { team: 'ml', env: 'prod' } }])
  })

  it('sets the boundary and the description on a managed role', () => {
    const boundary = `arn:aws:iam::${ACCOUNT}:policy/Boundary`
    const { desired, runtime } = desiredFor({
      createCodebuildRole: false,
      permissionsBoundary: boundary
    })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, { permissionsBoundary: undefined, description: 'old' })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.changes).toEqual([
      { type: 'put-permissions-boundary', permissionsBoundary: boundary },
      { type: 'update-description' }
    ])
  })

  it('counts an explicit Deny in another inline policy against the grant', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          inlinePolicies: {
            [runtime.inlinePolicyName]: runtime.permissionsPolicy,
            Guardrail: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Deny', Action: 'xray:*', Resource: '*' }]
            }
          },
          attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
        })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    // Putting the policy again cannot help: the Deny wins. Nothing to write, and it is blocked.
    expect(role?.status).toBe('unchanged')
    expect(role?.changes).toEqual([])
    const line =
      'xray:PutTraceSegments, xray:PutTelemetryRecords, xray:GetSamplingRules, xray:GetSamplingTargets on *: denied by inline policy Guardrail'
    expect(role?.blocked).toEqual([line])
    expect(role?.findings).toEqual(
      expect.arrayContaining([line, 'extra, not required (left in place): Deny xray:* on *'])
    )
  })

  it('says when a role the user named does not exist', () => {
    const { desired } = desiredFor({ createCodebuildRole: false, executionRole: 'Missing' })
    expect(buildPlan(desired, { roles: {} }, optOut).roles[0]).toMatchObject({
      status: 'create',
      findings: ['role Missing (named by the execution-role input) does not exist']
    })
  })
})

describe('buildPlan: risks', () => {
  const admin = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'All', Effect: 'Allow' as const, Action: '*', Resource: '*' }]
  }
  const openTrust = (runtime: DesiredRole) => ({
    ...runtime.trustPolicy,
    Statement: [
      ...runtime.trustPolicy.Statement,
      { Effect: 'Allow' as const, Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }
    ]
  })

  it('finds an added admin policy on a managed role, and leaves it in place', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          inlinePolicies: { [runtime.inlinePolicyName]: runtime.permissionsPolicy, Admin: admin }
        })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.changes).toEqual([])
    expect(role?.risks).toEqual([
      {
        policy: 'Admin',
        policyType: 'inline',
        statement: 1,
        sid: 'All',
        why: 'allows every action ("*")',
        accepted: false,
        replacedByApply: false
      }
    ])
  })

  it('marks a risky policy the user accepts, by inline name or managed policy name', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false })
    const arn = 'arn:aws:iam::111122223333:policy/team/AgentAdmin'
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          inlinePolicies: { [runtime.inlinePolicyName]: runtime.permissionsPolicy, Admin: admin },
          attachedPolicyArns: [arn],
          attachedPolicies: { [arn]: admin }
        })
      }
    }
    const plan = (accepted: string[]) =>
      buildPlan(desired, current, { ...optOut, acceptRiskyPolicies: accepted }).roles[0]?.risks.map(
        (risk) => [risk.policy, risk.accepted]
      )
    expect(plan([])).toEqual([
      ['Admin', false],
      [arn, false]
    ])
    expect(plan(['Admin', 'AgentAdmin'])).toEqual([
      ['Admin', true],
      [arn, true]
    ])
    expect(plan([arn])).toEqual([
      ['Admin', false],
      [arn, true]
    ])
  })

  it('plans to replace an open trust policy of a managed role', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false, executionRole: 'Mine' })
    const current = {
      roles: {
        runtime: currentRoleFor(runtime, {
          trustPolicy: {
            ...runtime.trustPolicy,
            Statement: [
              ...runtime.trustPolicy.Statement,
              {
                Effect: 'Allow' as const,
                Principal: { Service: 'lambda.amazonaws.com' },
                Action: 'sts:AssumeRole'
              }
            ]
          }
        })
      }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.changes).toEqual([{ type: 'update-trust-policy' }])
    expect(role?.risks).toMatchObject([{ policyType: 'trust', replacedByApply: true }])
  })

  it('never plans to write an unowned role whose trust admits anyone', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false, executionRole: 'Theirs' })
    const current = {
      roles: { runtime: currentRoleFor(runtime, { tags: {}, trustPolicy: openTrust(runtime) }) }
    }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.status).toBe('unchanged')
    expect(role?.changes).toEqual([])
    expect(role?.risks).toMatchObject([
      {
        policyType: 'trust',
        statement: 2,
        why: 'lets any AWS principal ("AWS": "*") assume the role',
        replacedByApply: false
      }
    ])
  })

  it('verifies an unowned role trusted without conditions, with a warning', () => {
    const { desired, runtime } = desiredFor({
      createCodebuildRole: false,
      executionRole: 'CliMade'
    })
    const trustPolicy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow' as const,
          Principal: { Service: 'bedrock-agentcore.amazonaws.com' },
          Action: 'sts:AssumeRole'
        }
      ]
    }
    const current = { roles: { runtime: currentRoleFor(runtime, { tags: {}, trustPolicy }) } }
    const [role] = buildPlan(desired, current, optOut).roles
    expect(role?.status).toBe('unchanged')
    expect(role?.risks).toEqual([])
    expect(role?.warnings).toEqual([
      expect.stringContaining('under conditions looser than the confused-deputy conditions')
    ])
  })

  it('counts attached policies and the boundary, naming what takes a grant away', () => {
    const { desired, runtime } = desiredFor({ createCodebuildRole: false, executionRole: 'Tf' })
    const [first, ...rest] = runtime.permissionsPolicy.Statement
    const boundaryArn = 'arn:aws:iam::111122223333:policy/Boundary'
    const part = (statements: typeof rest) => ({ Version: '2012-10-17', Statement: statements })
    const attached = {
      'arn:aws:iam::111122223333:policy/A': part(first ? [first] : []),
      'arn:aws:iam::111122223333:policy/B': part(rest)
    }
    const terraform = (boundary?: PolicyDocument) =>
      currentRoleFor(runtime, {
        tags: {},
        inlinePolicies: {},
        attachedPolicyArns: Object.keys(attached),
        attachedPolicies: attached,
        ...(boundary
          ? { permissionsBoundary: boundaryArn, permissionsBoundaryPolicy: boundary }
          : {})
      })
    const ok = buildPlan(desired, { roles: { runtime: terraform() } }, optOut).roles[0]
    expect(ok).toMatchObject({ status: 'unchanged', changes: [], risks: [] })
    expect(ok?.blocked).toBeUndefined()

    const noXray = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow' as const, NotAction: 'xray:*', Resource: '*' }]
    }
    const bounded = buildPlan(desired, { roles: { runtime: terraform(noXray) } }, optOut).roles[0]
    expect(bounded?.status).toBe('drift-unmanaged')
    expect(bounded?.blocked).toEqual([
      `xray:PutTraceSegments, xray:PutTelemetryRecords, xray:GetSamplingRules, xray:GetSamplingTargets on *: denied by permissions boundary ${boundaryArn}`
    ])
  })
})
