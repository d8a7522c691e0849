import { access } from 'node:fs/promises'
import type { TestContext } from 'node:test'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = '/usr/bin/chromium'

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Headless Chromium, or undefined when the machine has none: the test is then skipped locally
 * and fails under CI=true, which promises a browser.
 */
export async function launchBrowser(t: TestContext): Promise<Browser | undefined> {
  const installed = await access(chromiumPath).then(() => true, () => false)
  if (!installed) {
    const message = `Chromium is not installed at ${chromiumPath}`
    if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`)
    t.skip(message)
    return undefined
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args })
}
