import { access } from 'node:fs/promises'
import { after, before, type TestContext } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { startShop, type Shop } from '../../support/shop.ts'
import { launchBrowser } from './browser.ts'
import { withPage } from './page-session.ts'

const builtApp = new URL('../../../web/storefront/dist/index.html', import.meta.url)

/**
 * The whole platform with the demo catalog, its gateway serving the built storefront. A missing
 * build fails the tests at once rather than letting them look for a shop on the placeholder page.
 */
export async function startStorefrontShop(): Promise<Shop> {
  const built = await access(builtApp).then(() => true, () => false)
  if (!built) throw new Error('The storefront is not built: run `npm run build` first')
  return startShop({ overrides: () => ({ SEED_DEMO: true }) })
}

export interface StorefrontSession {
  /** The platform of the suite, started in its `before`. */
  readonly shop: Shop
  /** Runs `work` in a fresh page of the suite's one browser (see launchBrowser and withPage). */
  inPage(t: TestContext, work: (page: Page) => Promise<void>): Promise<void>
}

/** One storefront platform and one browser for the suite it is called in, both stopped after it. */
export function storefrontSession(): StorefrontSession {
  let shop: Shop | undefined
  let browser: Browser | undefined
  before(async () => { shop = await startStorefrontShop() })
  after(async () => {
    await browser?.close()
    await shop?.stop()
  })
  const started = (): Shop => shop ?? (() => { throw new Error('the storefront platform did not start') })()
  return {
    get shop() { return started() },
    async inPage(t, work) {
      browser ??= await launchBrowser(t)
      if (browser === undefined) return
      await withPage(t, browser, started().url('gateway'), work)
    },
  }
}
