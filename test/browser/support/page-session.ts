import { mkdir } from 'node:fs/promises'
import type { TestContext } from 'node:test'
import type { Browser, Page } from 'playwright-core'

const artifacts = new URL('../../../test-artifacts/', import.meta.url)
/** Long enough for a loaded 2-core machine; every wait is for a condition, never for time. */
const waitMs = 15_000

function fileNameOf(testName: string): string {
  return testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 120)
}

/**
 * A fresh browser context (its own storage, so no session leaks between tests) for one test.
 * Its last page is saved to test-artifacts/<test name>.png whether the test passed or not.
 */
export async function withPage(t: TestContext, browser: Browser, baseURL: string, work: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(waitMs)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) errors.push(message.text()) })
  try {
    await work(page)
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
  } finally {
    await mkdir(artifacts, { recursive: true })
    await page.screenshot({ path: new URL(`${fileNameOf(t.name)}.png`, artifacts).pathname, fullPage: true }).catch(() => undefined)
    await context.close()
  }
}
