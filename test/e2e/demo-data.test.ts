import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { startShop, type Shop } from '../support/shop.ts'
import type { Inventory, Page, Product } from '../support/shapes.ts'

let shop: Shop | undefined
after(() => shop?.stop())

test('when the platform starts for the first time, then the demo shop is stocked and the demo shopper can log in', { timeout: 120_000 }, async () => {
  shop = await startShop({ overrides: () => ({ SEED_DEMO: true }) })
  const products = (await shop.api.get<Page<Product>>('/api/products?limit=100')).body.items
  assert.ok(products.length >= 40, `${products.length} demo products`)
  assert.ok(new Set(products.map((product) => product.category)).size >= 6, 'at least six categories')
  assert.ok(products.every((product) => product.name.length > 3 && product.description.length > 20 && product.price > 0))
  const categories = (await shop.api.get<{ items: unknown[] }>('/api/categories')).body.items
  assert.ok(categories.length >= 6)

  // Catalog publishes before inventory has started: the held outboxes make sure inventory hears every product.
  const stocked = await waitFor(async () => {
    const levels = await Promise.all(products.map((product) => shop!.api.get<Inventory>(`/api/inventory/${product.product_id}`)))
    return levels.every((level) => level.status === 200) ? levels.map((level) => level.body.quantity) : undefined
  }, { what: 'a stock row for every demo product', timeoutMs: 20_000 })
  assert.ok(stocked.filter((quantity) => quantity > 0).length >= 30, 'most demo products are in stock')

  assert.ok(await shop.api.login('demo@bazaar.local', 'bazaar-demo'))
})
