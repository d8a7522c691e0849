import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { waitFor } from '@bazaar/kit/testing'
import { startShop, type Shop } from '../support/shop.ts'
import type { Inventory, Order, Product } from '../support/shapes.ts'

// A shop of its own: its reservations expire in 3 s, which would cancel the other tests' orders.
let shop: Shop
let admin: string
before(async () => {
  shop = await startShop({ overrides: (service) => (service === 'orders' ? { RESERVATION_TTL_MS: 3000 } : {}) })
  admin = await shop.adminToken()
})
after(() => shop?.stop())

const quantityOf = async (id: string) => (await shop.api.get<Inventory>(`/api/inventory/${id}`)).body.quantity

test('when an order stays unpaid past the reservation TTL, then it is cancelled and its stock is back', async () => {
  const stove = (await shop.api.post<Product>('/api/products', { name: `Camp Stove ${Date.now()}`, description: 'Boils a litre in four minutes.', price: 59, stock: 4 }, { token: admin })).body
  await waitFor(async () => (await quantityOf(stove.product_id)) === 4, { what: 'stock' })
  const { token } = await shop.api.customer('Late')
  const order = (await shop.api.post<Order>('/api/orders', { items: [{ product_id: stove.product_id, quantity: 3 }] }, { token })).body
  assert.equal(await quantityOf(stove.product_id), 1)
  await waitFor(async () => (await shop.api.get<Order>(`/api/orders/${order.order_id}`, { token })).body.status === 'cancelled', { what: 'the expired order to be cancelled', timeoutMs: 15_000 })
  await waitFor(async () => (await quantityOf(stove.product_id)) === 4, { what: 'the stock to come back' })
})
