import { renderSummary } from '../../src/report/markdownReport.ts'
import { renderPlanText } from '../../src/report/textReport.ts'
import { headlineOf, judge, verdictOf, type RunFacts } from '../../src/report/verdict.ts'
import type { RunReport } from '../../src/report/runReport.ts'

import {
  runtimeArn,
  codebuildArn,
  role,
  freshAccount,
  driftedAccount,
  upToDate,
  deniedPassRole
} from '../../__fixtures__/reports.ts'

describe('renderSummary snapshots', () => {
  it.each([
    ['fresh account, dry-run', freshAccount],
    ['drifted account, dry-run with diff', driftedAccount],
    ['up to date, apply', upToDate],
    ['PassRole denied', deniedPassRole]
  ])('%s', (_name, report) => {
    expect(renderSummary(report)).toMatchSnapshot()
  })
})

describe('the role table, for a reader at 900 px', () => {
  it.each([
    ['fresh account', freshAccount],
    ['drifted account', driftedAccount],
    ['PassRole denied', deniedPassRole]
  ])('%s: status first, names in the rows, ARNs folded below', (_name, report) => {
    const markdown = renderSummary(report)
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '))
    expect(rows[0]).toBe('| Status | Role | Name | PassRole |')
    for (const row of rows) expect(row).not.toContain('arn:aws:iam::')
    const folded = markdown.slice(markdown.indexOf('<summary>Role ARNs</summary>'))
    expect(folded).toContain(`- Runtime: \`${runtimeArn}\``)
    expect(folded).toContain(`- CodeBuild: \`${codebuildArn}\``)
  })
})

describe('renderPlanText snapshots', () => {
  it.each([
    ['drifted account, dry-run with diff', driftedAccount],
    ['PassRole denied', deniedPassRole]
  ])('%s', (_name, report) => {
    const log = renderPlanText(report)
    expect(log).not.toMatch(/<[a-z]|\*\*|```/)
    expect(log).toMatchSnapshot()
  })
})

describe('verdict', () => {
  it('reads the run at one glance', () => {
    expect(verdictOf(freshAccount)).toBe('drift-pending')
    expect(verdictOf(driftedAccount)).toBe('drift-pending')
    expect(verdictOf(upToDate)).toBe('up-to-date')
    expect(verdictOf(deniedPassRole)).toBe('failed')
    expect(verdictOf({ ...freshAccount, mode: 'apply', applied: true })).toBe('changes-applied')
    expect(verdictOf({ ...upToDate, errors: ['AccessDenied'] })).toBe('failed')
  })

  it('an unmanaged drifted role stays pending after apply', () => {
    const report: RunReport = {
      ...upToDate,
      plan: { changed: false, roles: [role('runtime', { status: 'drift-unmanaged' })] }
    }
    expect(verdictOf(report)).toBe('drift-pending')
    expect(renderSummary(report)).toContain('drift, not managed by this action (left as is)')
  })

  describe('pending changes that fail the step (fail-on-drift, verify)', () => {
    const judged = (facts: RunFacts, mode: 'dry-run' | 'verify' = 'dry-run'): RunReport => ({
      ...facts,
      mode,
      ...judge({ ...facts, mode }, { mode, failOnDrift: true })
    })
    const factsOf = (report: RunReport): RunFacts => {
      const facts: Partial<RunReport> = { ...report }
      delete facts.errors
      delete facts.warnings
      return facts as RunFacts
    }
    const freshFacts = factsOf(freshAccount)
    const driftedFacts = factsOf(driftedAccount)

    it('read as pending changes, with the first pull request of a new agent explained', () => {
      const report = judged(freshFacts)
      expect(report.errors).toHaveLength(1)
      expect(report.errors[0]).toMatch(/^fail-on-drift: changes are pending .*first pull request/)
      expect(report.errors[0]).toContain('fail-on-drift: false')
      expect(verdictOf(report)).toBe('failed')
      expect(headlineOf(report)).toBe('⚠️ changes pending, failing the step')
      const markdown = renderSummary(report)
      expect(markdown).toContain('### Why the step fails')
      expect(markdown).not.toContain('### Errors')
    })

    it('drift of an existing role is not called a first pull request', () => {
      const report = judged(driftedFacts)
      expect(report.errors[0]).not.toContain('first pull request')
      expect(report.errors[0]).toContain('Run with mode: apply to make them.')
      expect(headlineOf(report)).toBe('⚠️ changes pending, failing the step')
    })

    it('verify of a fresh account is not called a first pull request', () => {
      expect(judged(freshFacts, 'verify').errors[0]).not.toContain('first pull request')
    })

    it('a real error besides them is a failure, under Errors', () => {
      const report = judged({ ...freshFacts, passRole: deniedPassRole.passRole })
      expect(report.errors).toHaveLength(2)
      expect(headlineOf(report)).toBe('❌ failed')
      expect(renderSummary(report)).toContain('### Errors')
    })

    it('without fail-on-drift nothing fails and the headline is pending', () => {
      const report: RunReport = {
        ...freshFacts,
        ...judge(freshFacts, { mode: 'dry-run', failOnDrift: false })
      }
      expect(report.errors).toEqual([])
      expect(headlineOf(report)).toBe('⚠️ changes pending')
    })
  })

  it('a config file written by apply counts as a change applied', () => {
    const report: RunReport = {
      ...upToDate,
      configFile: { path: 'a.yaml', changed: true, written: true, diff: '-a\n+b\n' }
    }
    expect(verdictOf(report)).toBe('changes-applied')
  })
})

describe('escaping values from AWS and users', () => {
  const hostile: RunReport = {
    ...driftedAccount,
    plan: {
      changed: true,
      roles: [
        role('runtime', {
          name: 'odd|name`x',
          status: 'update',
          changes: [{ type: 'tag-role', tags: { team: 'a|b', owner: '<b>@octocat</b>' } }],
          findings: ['extra: <script>alert(1)</script> | **bold** [link](http://x) @octocat']
        })
      ]
    }
  }
  const markdown = renderSummary(hostile)

  it('keeps the table at four columns when a value holds `|`', () => {
    const row = markdown.split('\n').find((line) => line.includes(' | Runtime | '))!
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6)
    expect(row).toContain('``odd\\|name`x``')
  })

  it('shows HTML and Markdown literally and mentions nobody', () => {
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toContain('<b>')
    expect(markdown).not.toContain('**bold**')
    expect(markdown).not.toMatch(/@octocat/)
    expect(markdown).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*bold\\*\\* \\[link\\](http://x)'
    )
    expect(markdown).toContain('team=a\\|b')
  })

  it('fences a diff holding backticks with a longer fence', () => {
    const report: RunReport = {
      ...driftedAccount,
      plan: { changed: true, roles: [role('runtime', { status: 'update', diff: '+ ```x```\n' })] }
    }
    expect(renderSummary(report)).toContain('````diff\n+ ```x```\n````')
  })
})

describe('next step', () => {
  it('fills in both ARNs with the toolkit flags', () => {
    expect(renderSummary(upToDate)).toContain(
      `agentcore configure -e <entrypoint.py> -n my_agent -r us-east-1 -er ${runtimeArn} -cber ${codebuildArn} --non-interactive\n` +
        'agentcore deploy'
    )
  })

  it('omits -cber when the CodeBuild role is not managed', () => {
    const report: RunReport = { ...upToDate, plan: { changed: false, roles: [role('runtime')] } }
    expect(renderPlanText(report)).toContain(`-er ${runtimeArn} --non-interactive`)
    expect(renderPlanText(report)).not.toContain('-cber')
  })

  it('with a config file, the toolkit reads the ARNs from it: deploy only', () => {
    const report: RunReport = {
      ...upToDate,
      configFile: { path: '.bedrock_agentcore.yaml', changed: false, written: false, diff: '' }
    }
    expect(renderSummary(report)).not.toContain('agentcore configure')
    expect(renderSummary(report)).toContain('agentcore deploy')
  })

  it('is not offered when the run failed', () => {
    expect(renderSummary(deniedPassRole)).not.toContain('### Next step')
  })
})

describe('maxLength', () => {
  const bigDiff = Array.from(
    { length: 3000 },
    (_, index) => `+  Action service:Action${index}`
  ).join('\n')
  const big: RunReport = {
    ...driftedAccount,
    plan: { changed: true, roles: [role('runtime', { status: 'update', diff: `${bigDiff}\n` })] }
  }

  it('shortens diffs by whole lines, with a note, to fit', () => {
    const markdown = renderSummary(big, { maxLength: 20000 })
    expect(markdown.length).toBeLessThanOrEqual(20000)
    expect(markdown.length).toBeGreaterThan(19000)
    expect(markdown).toMatch(/_\d+ more lines not shown here; the full diff is in the job log/)
    expect(markdown).toContain('+  Action service:Action0\n')
    expect(markdown).toContain('</details>')
  })

  it('cuts the report itself, with a note, when even no diff does not fit', () => {
    const markdown = renderSummary(big, { maxLength: 400 })
    expect(markdown.length).toBeLessThanOrEqual(400)
    expect(markdown).toMatch(/^## ⚠️ changes pending/)
    expect(markdown).toMatch(
      /\n\n_Report truncated to fit; the full report is in the job log\._\n$/
    )
  })

  it('leaves a report that fits as it is', () => {
    expect(renderSummary(big, { maxLength: 1_000_000 })).toBe(renderSummary(big))
  })
})
