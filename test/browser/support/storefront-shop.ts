import { access } from 'node:fs/promises'
import { startShop, type Shop } from '../../support/shop.ts'

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
