// Before the tests: the screenshot tests need a headless Chromium. Where none is found, as root
// with apt-get (CI here), install Debian's chromium; elsewhere say how, and fail.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findBrowser } from '../test-support/browser.ts'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/ensure-browser.ts

Finds the browser the screenshot tests use (CHROMIUM_PATH, Debian's chromium or Google Chrome).
When there is none and this runs as root where apt-get exists, installs Debian's chromium;
otherwise prints how to install one and exits 1.`)
  process.exit(0)
}

const found = findBrowser()
if (found) {
  console.log(`Browser for the screenshot tests: ${found}`)
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium (apt-get install chromium)")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env
  })
  if (!findBrowser()) throw new Error('apt-get installed chromium, but no browser was found')
} else {
  console.error(
    "No Chromium for the screenshot tests: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH."
  )
  process.exit(1)
}
