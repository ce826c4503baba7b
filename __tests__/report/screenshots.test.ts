/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// What a reader sees: the summary (and the comment, the same Markdown under GitHub's size cap) of
// the main scenarios, rendered as GitHub renders Markdown (markdown-it with GitHub's stylesheet,
// github-markdown-css) in headless Chromium at 900 and 1280 px. Every row's status and PassRole
// must be inside the viewport. The screenshots are kept in artifacts/screenshots/ (CI uploads
// them). The browser: CHROMIUM_PATH, or Debian's chromium, or Google Chrome; `npm test` installs
// Debian's chromium first where none is found (scripts/ensure-browser.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import puppeteer, { type Browser } from 'puppeteer-core'
import { renderRunSummary } from '../../src/report/agentsReport.ts'
import type { RunReport } from '../../src/report/runReport.ts'
import { findBrowser } from '../../test-support/browser.ts'
import { deniedPassRole, driftedAccount, freshAccount, role } from '../../__fixtures__/reports.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT = join(ROOT, 'artifacts', 'screenshots')
const COMMENT_LIMIT = 65_536

const CSS = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8'
)

/** Ten agents, as a monorepo's report: role names as long as the toolkit's. */
const tenAgents: RunReport[] = Array.from({ length: 10 }, (_, index) => {
  const agent = `agent_${String(index).padStart(2, '0')}_customer_support`
  const suffix = `us-east-1-${(0xa1b2c3d4e + index).toString(16)}`
  const source = index % 3 === 0 ? driftedAccount : index % 3 === 1 ? freshAccount : deniedPassRole
  return {
    ...source,
    agentName: agent,
    plan: {
      ...source.plan,
      roles: source.plan.roles.map((plan) =>
        role(plan.kind, {
          ...plan,
          name: `AmazonBedrockAgentCoreSDK${plan.kind === 'runtime' ? 'Runtime' : 'CodeBuild'}-${suffix}`
        })
      )
    }
  }
})

const SCENARIOS: Array<[string, RunReport[]]> = [
  ['fresh-account', [freshAccount]],
  ['drift', [driftedAccount]],
  ['blocked-passrole', [deniedPassRole]],
  ['ten-agents', tenAgents]
]

function page(markdown: string): string {
  const body = new MarkdownIt({ html: true, linkify: true }).render(markdown)
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}\n` +
    'body { margin: 0 } .markdown-body { box-sizing: border-box; padding: 16px 24px }' +
    `</style></head><body><article class="markdown-body">${body}</article></body></html>`
  )
}

interface Cell {
  column: string
  text: string
  right: number
}

let browser: Browser
beforeAll(async () => {
  const executablePath = findBrowser()
  if (!executablePath) {
    throw new Error(
      "No Chromium or Chrome found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH."
    )
  }
  browser = await puppeteer.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
    headless: true
  })
  mkdirSync(OUT, { recursive: true })
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

describe.each([900, 1280])('at %i px', (width) => {
  it.each(SCENARIOS)('%s: every status and PassRole is on screen', async (name, reports) => {
    const markdown = renderRunSummary(reports, { maxLength: COMMENT_LIMIT })
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const tab = await browser.newPage()
    try {
      await tab.setViewport({ width, height: 900 })
      const html = page(markdown)
      await tab.setContent(html, { waitUntil: 'load' })
      writeFileSync(join(OUT, `${name}-${width}.html`), html)
      await tab.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true })
      const cells: Cell[] = await tab.evaluate(() =>
        [...document.querySelectorAll('table')].flatMap((table) => {
          const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '')
          return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
            [...row.querySelectorAll('td')].map((cell, index) => ({
              column: headers[index] ?? '',
              text: cell.textContent ?? '',
              right: cell.getBoundingClientRect().right
            }))
          )
        })
      )
      const viewport = await tab.evaluate(() => document.documentElement.clientWidth)
      const watched = cells.filter((cell) =>
        ['Status', 'Verdict', 'PassRole'].includes(cell.column)
      )
      // One status or verdict per row of every table, and a PassRole answer beside it.
      const rows = reports.length === 1 ? (reports[0]?.plan.roles.length ?? 0) : reports.length
      expect(watched.length).toBeGreaterThanOrEqual(2 * rows)
      const offScreen = watched.filter((cell) => cell.right > viewport)
      expect(offScreen).toEqual([])
    } finally {
      await tab.close()
    }
  })
})
