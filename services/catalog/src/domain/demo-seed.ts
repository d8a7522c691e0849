import { toMinor, type Logger } from '@bazaar/kit'
import { ensureCategory } from '../data/categories.ts'
import { demoCategories, demoProducts } from '../data/demo-products.ts'
import { hasProducts } from '../data/products.ts'
import { insertWithEvent, type WriteDeps } from './product-writes.ts'
import { defaultCurrency } from './product.ts'

/**
 * Creates the demo catalog when no product was ever created, each product with its
 * ProductCreated event like any other, so inventory stocks it. Replicas starting together take
 * turns on a lock and check again under it: the catalog is created once.
 */
export async function seedDemo(deps: Pick<WriteDeps, 'transaction' | 'outbox'>, log?: Logger): Promise<number> {
  const created = await deps.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('catalog.seed-demo'))`)
    if (await hasProducts(tx)) return 0
    for (const category of demoCategories) await ensureCategory(tx, category)
    for (const demo of demoProducts) {
      await insertWithEvent(tx, deps.outbox, {
        name: demo.name,
        description: demo.description,
        priceMinor: toMinor(demo.price),
        currency: defaultCurrency,
        category: demo.category,
        images: [],
        attributes: demo.attributes ?? {},
        weightGrams: demo.weightGrams,
      }, demo.stock)
    }
    return demoProducts.length
  })
  if (created > 0) log?.info({ products: created, categories: demoCategories.length }, 'demo catalog created')
  return created
}
