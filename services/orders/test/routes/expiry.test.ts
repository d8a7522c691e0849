import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { OrderCancelled } from '@bazaar/contracts'
import type { EventEnvelope } from '@bazaar/kit'
import { scrape, waitFor } from '@bazaar/kit/testing'
import { startCheckoutPlatform, type CheckoutPlatform } from '../support/platform.ts'

let p: CheckoutPlatform
let events: EventEnvelope[]
before(async () => {
  p = await startCheckoutPlatform(['users', 'catalog', 'inventory', 'shipping', 'orders'], {
    orders: { RESERVATION_TTL_MS: 1500, SWEEP_INTERVAL_MS: 50 },
  })
  events = await p.listen([OrderCancelled.type])
})
after(() => p?.stop())

test('when an order is not paid within RESERVATION_TTL_MS, then it is cancelled (expired) and its stock comes back', async () => {
  const productId = await p.product(15, 10)
  const { token } = await p.customer()
  const placed = await p.orders.post<{ order_id: string; status: string }>('/orders', { items: [{ product_id: productId, quantity: 4 }] }, token)
  assert.deepEqual([placed.status, placed.body.status], [201, 'awaiting_payment'], placed.text)
  assert.equal(await p.quantityOf(productId), 6)
  const expired = await waitFor(async () => {
    const order = await p.orders.get<{ status: string; cancel_reason: string | null }>(`/orders/${placed.body.order_id}`, token)
    return order.body.status === 'cancelled' ? order.body : undefined
  }, { what: 'the order expired' })
  assert.equal(expired.cancel_reason, 'expired')
  await waitFor(async () => (await p.quantityOf(productId)) === 10, { what: 'the stock back' })
  const event = await waitFor(() => events.find((candidate) => (candidate.data as { order_id: string }).order_id === placed.body.order_id), { what: OrderCancelled.type })
  assert.equal((event.data as { reason: string }).reason, 'expired')
  const counted = await scrape(p.orders)
  assert.deepEqual([counted('orders_placed_total', { outcome: 'awaiting_payment' }), counted('orders_cancelled_total', { reason: 'expired' })], [1, 1])
})
