import { access } from 'node:fs/promises'
import type { TestContext } from 'node:test'
import { chromium, type Browser } from 'playwright-core'
import { missingPrerequisite } from '@bazaar/kit/testing'

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
 * and fails under CI=true, which promises a browser (the kit's rule for missing prerequisites).
 */
export async function launchBrowser(t: TestContext): Promise<Browser | undefined> {
  const installed = await access(chromiumPath).then(() => true, () => false)
  if (!installed) {
    t.skip(missingPrerequisite(`Chromium is not installed at ${chromiumPath}`))
    return undefined
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args })
}
