import { buildDesiredState } from '../../src/desired/desiredState.ts'
import type {
  ActionInputs,
  CurrentRole,
  DesiredRole,
  PolicyDocument,
  ReportedRolePlan
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
import { renderPlanDiff, renderRoleDiff } from '../../src/report/policyDiff.ts'
import { ACCOUNT, actionInputs } from '../../__fixtures__/actionInputs.ts'
import { currentRoleFor, withoutSids } from '../../__fixtures__/currentRoles.ts'

function runtimeOf(overrides: Partial<ActionInputs> = {}) {
  const desired = buildDesiredState(
    actionInputs({ createCodebuildRole: false, ...overrides }),
    ACCOUNT
  )
  return { desired, runtime: desired.roles[0] as DesiredRole }
}

function diffFor(role: DesiredRole, current: CurrentRole, manageExistingRoles = false): string {
  const desired = {
    accountId: ACCOUNT,
    partition: 'aws' as const,
    region: 'us-east-1',
    agentName: 'my_agent',
    roles: [role]
  }
  return (
    buildPlan(desired, { roles: { [role.kind]: current } }, { manageExistingRoles }).roles[0]
      ?.diff ?? ''
  )
}

/** Same grants written differently: statements and actions reversed, actions lower-cased, lists as strings. */
function rewritten(document: PolicyDocument): PolicyDocument {
  const single = (values: string | string[] | undefined) =>
    Array.isArray(values) && values.length === 1 ? values[0] : values
  return {
    ...document,
    Statement: [...document.Statement].reverse().map((statement) => ({
      ...statement,
      Action: single(
        [statement.Action ?? []]
          .flat()
          .reverse()
          .map((a) => a.toLowerCase())
      ),
      Resource: single(statement.Resource)
    }))
  }
}

describe('renderRoleDiff', () => {
  it('renders a role to create as all + lines', () => {
    const { desired, runtime } = runtimeOf({
      tags: { team: 'ml' },
      permissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/B`,
      rolePath: '/agents/'
    })
    const diff =
      buildPlan(desired, { roles: {} }, { manageExistingRoles: false }).roles[0]?.diff ?? ''
    const body = diff.split('\n').filter((line) => line !== '' && !/^(---|\+\+\+|@@) /.test(line))
    expect(body.length).toBeGreaterThan(100)
    expect(body.every((line) => line.startsWith('+'))).toBe(true)
    for (const part of [
      'trust policy',
      `permissions policy ${runtime.inlinePolicyName}`,
      'tags',
      'permissions boundary',
      'description',
      'path'
    ]) {
      expect(diff).toContain(
        `--- current ${runtime.name} ${part}\n+++ desired ${runtime.name} ${part}\n`
      )
    }
    expect(diff).toMatchSnapshot()
  })

  it('shows a trust policy drift as a small hunk', () => {
    const { runtime } = runtimeOf()
    const trustPolicy = {
      ...runtime.trustPolicy,
      Statement: runtime.trustPolicy.Statement.map((statement) => ({
        ...statement,
        Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } }
      }))
    }
    const diff = diffFor(runtime, currentRoleFor(runtime, { trustPolicy }))
    expect(diff).toMatchSnapshot()
    expect(diff.split('\n').filter((line) => /^[-+][^-+]/.test(line))).toEqual([
      '+        "ArnLike": {',
      '+          "aws:SourceArn": [',
      `+            "arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:*"`,
      '+          ]',
      '+        },'
    ])
  })

  it('matches statements by Sid or content, not by position or spelling', () => {
    const { runtime } = runtimeOf()
    const missing = withoutSids(runtime.permissionsPolicy, 'BedrockAgentCoreCodeInterpreter')
    const ordered = diffFor(
      runtime,
      currentRoleFor(runtime, { inlinePolicies: { [runtime.inlinePolicyName]: missing } })
    )
    const shuffled = diffFor(
      runtime,
      currentRoleFor(runtime, {
        inlinePolicies: { [runtime.inlinePolicyName]: rewritten(missing) }
      })
    )
    expect(shuffled).toBe(ordered)
    const changed = ordered.split('\n').filter((line) => /^[-+][^-+]/.test(line))
    expect(changed[0]).toBe('+      "Sid": "BedrockAgentCoreCodeInterpreter",')
    expect(changed.every((line) => line.startsWith('+'))).toBe(true)
    expect(ordered).toMatchSnapshot()
  })

  it('keeps existing tags in the desired side (tags are never removed)', () => {
    const { runtime } = runtimeOf({ tags: { team: 'ml' } })
    const diff = diffFor(
      runtime,
      currentRoleFor(runtime, {
        tags: { 'managed-by': 'agentcore-role-action', keep: 'me', team: 'old' }
      })
    )
    expect(diff).toBe(
      [
        `--- current ${runtime.name} tags`,
        `+++ desired ${runtime.name} tags`,
        '@@ -1,5 +1,5 @@',
        ' {',
        '   "keep": "me",',
        '   "managed-by": "agentcore-role-action",',
        '-  "team": "old"',
        '+  "team": "ml"',
        ' }',
        ''
      ].join('\n')
    )
  })

  it('renders boundary and description changes as lines', () => {
    const boundary = `arn:aws:iam::${ACCOUNT}:policy/B`
    const { runtime } = runtimeOf({ permissionsBoundary: boundary })
    const diff = diffFor(
      runtime,
      currentRoleFor(runtime, {
        permissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/Old`,
        description: 'old'
      })
    )
    expect(diff).toContain(`-arn:aws:iam::${ACCOUNT}:policy/Old\n+${boundary}\n`)
    expect(diff).toContain(`-old\n+Execution role for BedrockAgentCore Runtime - my_agent\n`)
  })

  it('is empty for an unchanged role and only covers the parts the plan changes', () => {
    const { runtime } = runtimeOf()
    const entry: ReportedRolePlan = {
      kind: 'runtime',
      name: runtime.name,
      arn: runtime.arn,
      status: 'unchanged',
      changes: [],
      findings: [],
      risks: [],
      warnings: [],
      diff: ''
    }
    expect(renderRoleDiff(runtime, currentRoleFor(runtime, { description: 'other' }), entry)).toBe(
      ''
    )
  })
})

describe('renderPlanDiff', () => {
  it('joins the diffs of the roles that change, in plan order, deterministically', () => {
    const desired = buildDesiredState(actionInputs(), ACCOUNT)
    const [runtime] = desired.roles as [DesiredRole]
    const current = { roles: { runtime: currentRoleFor(runtime) } }
    const plan = buildPlan(desired, current, { manageExistingRoles: false })
    const text = renderPlanDiff(plan)
    expect(text).toBe(plan.roles[1]?.diff)
    expect(renderPlanDiff(buildPlan(desired, { roles: {} }, { manageExistingRoles: false }))).toBe(
      `${buildPlan(desired, { roles: {} }, { manageExistingRoles: false }).roles[0]?.diff}\n${plan.roles[1]?.diff}`
    )
    expect(renderPlanDiff(buildPlan(desired, current, { manageExistingRoles: false }))).toBe(text)
  })
})
