import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { PaymentSucceeded } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import { changes, scrape, waitFor } from '@bazaar/kit/testing'
import { startCheckoutPlatform, type CheckoutPlatform } from '../support/platform.ts'

// A platform of its own: the counters are the service's, and no other test moves them here.
// Payments does not run: the test publishes payment.succeeded as payments would.
let p: CheckoutPlatform
before(async () => { p = await startCheckoutPlatform(['users', 'catalog', 'inventory', 'shipping', 'orders']) })
after(() => p?.stop())

type Order = { order_id: string; status: string; total: number; currency: string }

const metrics = () => scrape(p.orders)
const statusOf = async (orderId: string) => (await p.orders.get<Order>(`/orders/${orderId}`, p.adminToken)).body.status

async function placeOrder(token: string, price = 10): Promise<Order> {
  const productId = await p.product(price, 10)
  const reply = await p.orders.post<Order>('/orders', { items: [{ product_id: productId, quantity: 1 }] }, token)
  assert.equal(reply.status, 201, reply.text)
  return reply.body
}

test('when the service starts, then every placement outcome and cancellation reason is exposed at 0, and nothing is paid', async () => {
  const now = await metrics()
  for (const outcome of ['awaiting_payment', 'out_of_stock', 'rejected', 'cancelled']) {
    assert.equal(now('orders_placed_total', { outcome, service: 'orders' }), 0, outcome)
  }
  for (const reason of ['customer', 'admin', 'expired']) assert.equal(now('orders_cancelled_total', { reason }), 0, reason)
  assert.equal(now('orders_paid_total'), 0)
  assert.equal(now('orders_revenue_total', { currency: 'USD' }), undefined, 'no currency before the first payment')
})

test('when an order is placed with an Idempotency-Key and the key is replayed, then it counts once, awaiting payment', async () => {
  const productId = await p.product(10, 10)
  const { token } = await p.customer()
  const body = { items: [{ product_id: productId, quantity: 1 }] }
  const send = () => p.orders.post('/orders', body, { token, headers: { 'idempotency-key': 'counted-once' } })
  const before = await metrics()
  const first = await send()
  assert.equal(first.status, 201, first.text)
  const replays = await Promise.all([send(), send(), send()])
  assert.deepEqual(replays.map((reply) => reply.text), [first.text, first.text, first.text])
  const moved = changes(before, await metrics())
  assert.equal(moved('orders_placed_total', { outcome: 'awaiting_payment' }), 1)
  assert.equal(moved('orders_placed_total', { outcome: 'out_of_stock' }), 0)
})

test('when stock is short, then the placement counts once as out_of_stock, its replay included', async () => {
  const productId = await p.product(10, 1)
  const { token } = await p.customer()
  const send = () => p.orders.post('/orders', { items: [{ product_id: productId, quantity: 2 }] }, { token, headers: { 'idempotency-key': 'short' } })
  const before = await metrics()
  const first = await send()
  assert.deepEqual([first.status, first.body.code], [409, 'OUT_OF_STOCK'])
  assert.equal((await send()).text, first.text)
  const moved = changes(before, await metrics())
  assert.equal(moved('orders_placed_total', { outcome: 'out_of_stock' }), 1)
  assert.equal(moved('orders_placed_total', { outcome: 'rejected' }), 0)
  assert.equal(moved('orders_placed_total', { outcome: 'awaiting_payment' }), 0)
})

test('when payment.succeeded is delivered twice, then the order counts once as paid, its total once as revenue', async () => {
  const { token } = await p.customer()
  const first = await placeOrder(token, 12.5)
  const second = await placeOrder(token, 40)
  const paid = (order: Order, paymentId: string) => p.publish('payments', newEvent(PaymentSucceeded, paymentId, { payment_id: paymentId, order_id: order.order_id, user_id: 'u', amount: Math.round(order.total * 100), currency: order.currency, brand: 'visa', last4: '4242' }))
  const before = await metrics()
  const event = await paid(first, 'pay_first')
  await waitFor(async () => (await statusOf(first.order_id)) === 'paid', { what: 'the first order paid' })
  await p.republish(event)
  // The consumer takes its messages oldest first, one transaction at a time on PGlite: once the
  // second order is paid, the redelivery before it has been handled (and the inbox ignored it).
  await paid(second, 'pay_second')
  await waitFor(async () => (await statusOf(second.order_id)) === 'paid', { what: 'the second order paid' })
  const now = await metrics()
  assert.equal(changes(before, now)('orders_paid_total'), 2)
  assert.equal(now('orders_revenue_total', { currency: 'USD' }), (before('orders_revenue_total', { currency: 'USD' }) ?? 0) + first.total + second.total)
})

test('when the owner and an admin cancel orders, then each counts under its reason, once', async () => {
  const { token } = await p.customer()
  const mine = await placeOrder(token)
  const theirs = await placeOrder(token)
  const before = await metrics()
  assert.equal((await p.orders.post(`/orders/${mine.order_id}/cancel`, {}, token)).status, 200)
  assert.equal((await p.orders.post(`/orders/${mine.order_id}/cancel`, {}, token)).status, 409, 'cancelled already')
  assert.equal((await p.orders.post(`/orders/${theirs.order_id}/status`, { status: 'cancelled' }, p.adminToken)).status, 200)
  const moved = changes(before, await metrics())
  assert.equal(moved('orders_cancelled_total', { reason: 'customer' }), 1)
  assert.equal(moved('orders_cancelled_total', { reason: 'admin' }), 1)
  assert.equal(moved('orders_cancelled_total', { reason: 'expired' }), 0)
  assert.equal(moved('orders_placed_total', { outcome: 'cancelled' }), 0, 'both had been placed: their placements ended awaiting payment')
})
