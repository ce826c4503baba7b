// The headless browser the screenshot tests drive: CHROMIUM_PATH, else the first of Debian's
// chromium and Google Chrome (as GitHub's Ubuntu runners have it) that exists.
import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
]

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['CHROMIUM_PATH']
  if (chosen) return existsSync(chosen) ? chosen : undefined
  return CANDIDATES.find((path) => existsSync(path))
}
