import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { isDeepStrictEqual } from 'node:util'
import { OrderPaid } from '@bazaar/contracts'
import { scrape, waitFor } from '@bazaar/kit/testing'
import { uniqueId } from './support/unique-id.ts'
import { startInventoryPlatform, type InventoryPlatform } from './support/inventory-platform.ts'

// A platform of its own: the gauges sum every product, so no other test may stock any here.
let inventory: InventoryPlatform
before(async () => { inventory = await startInventoryPlatform() })
after(() => inventory?.stop())

/** The three stock gauges as /metrics shows them now: sellable, reserved, out of stock. */
async function levels(): Promise<(number | undefined)[]> {
  const now = await scrape(inventory.api)
  return [now('inventory_sellable_units', { service: 'inventory' }), now('inventory_reserved_units'), now('inventory_out_of_stock_products')]
}

const later = () => new Date(Date.now() + 15 * 60_000).toISOString()
const reserve = (orderId: string, productId: string, quantity: number) =>
  inventory.api.put(`/reservations/${orderId}`, { items: [{ product_id: productId, quantity }], expires_at: later() }, inventory.serviceToken)
const update = (productId: string, body: { quantity: number } | { delta: number }) =>
  inventory.api.post(`/inventory/${productId}/update`, body, inventory.adminToken)

test('when no product is stocked, then nothing is sellable, reserved or out of stock', async () => {
  assert.deepEqual(await levels(), [0, 0, 0])
})

test('when stock is updated, reserved, released and sold, then the gauges follow, with no series per product', async () => {
  const mugs = await inventory.stocked(10)
  const caps = await inventory.stocked(0)
  assert.deepEqual(await levels(), [10, 0, 1])

  const first = uniqueId('order')
  assert.equal((await reserve(first, mugs, 4)).status, 200)
  assert.deepEqual(await levels(), [6, 4, 1])
  assert.equal((await reserve(first, mugs, 4)).status, 200, 'a repeat holds nothing more')
  const second = uniqueId('order')
  assert.equal((await reserve(second, mugs, 6)).status, 200)
  assert.deepEqual(await levels(), [0, 10, 2], 'every mug held: out of stock too')
  assert.equal((await reserve(uniqueId('order'), mugs, 1)).status, 409)
  assert.deepEqual(await levels(), [0, 10, 2])

  assert.equal((await inventory.api.delete(`/reservations/${first}`, inventory.serviceToken)).status, 204)
  assert.deepEqual(await levels(), [4, 6, 1])
  assert.equal((await update(caps, { delta: 5 })).status, 200)
  assert.equal((await update(mugs, { quantity: 7 })).status, 200)
  assert.deepEqual(await levels(), [12, 6, 0])
  await inventory.publish('orders', OrderPaid.type, { order_id: second, user_id: 'u1', items: [{ product_id: mugs, quantity: 6, unit_price: 500 }], total: 3000, currency: 'USD', payment_id: 'pay_1', shipping_address: null })
  await waitFor(async () => isDeepStrictEqual(await levels(), [12, 0, 0]), { what: 'the paid units gone from reserved, nothing back to sell' })

  const exposition = (await inventory.api.get('/metrics')).text
  assert.ok(![mugs, caps, first, second].some((id) => exposition.includes(id)), 'no product or order id in a label')
})
