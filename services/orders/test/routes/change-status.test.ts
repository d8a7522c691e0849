import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { OrderCancelled, OrderCreated, OrderDelivered, OrderPaid, OrderShipped, PaymentSucceeded } from '@bazaar/contracts'
import { newEvent, type EventEnvelope } from '@bazaar/kit'
import { waitFor } from '@bazaar/kit/testing'
import { startCheckoutPlatform, type CheckoutPlatform } from '../support/platform.ts'

let p: CheckoutPlatform
let events: EventEnvelope[]
before(async () => {
  p = await startCheckoutPlatform(['users', 'catalog', 'inventory', 'shipping', 'cart', 'orders', 'payments'])
  events = await p.listen([OrderCreated, OrderPaid, OrderCancelled, OrderShipped, OrderDelivered].map((contract) => contract.type))
})
after(() => p?.stop())

type Order = { order_id: string; status: string; total: number; payment_id: string | null; cancel_reason: string | null }

async function placeOrder(token: string, quantity = 1, stock = 10): Promise<{ order: Order; productId: string }> {
  const productId = await p.product(20, stock)
  const reply = await p.orders.post<Order>('/orders', { items: [{ product_id: productId, quantity }] }, token)
  assert.equal(reply.status, 201, reply.text)
  return { order: reply.body, productId }
}

const published = (type: string, orderId: string) => waitFor(() => events.find((event) => event.type === type && (event.data as { order_id: string }).order_id === orderId), { what: `${type} for ${orderId}` })
const statusOf = async (orderId: string) => (await p.orders.get<Order>(`/orders/${orderId}`, p.adminToken)).body.status

test('when an admin moves an order, then allowed transitions pass with their events and others are 409 INVALID_TRANSITION', async () => {
  const { token } = await p.customer()
  const { order } = await placeOrder(token)
  const path = `/orders/${order.order_id}/status`
  const skipped = await p.orders.post(path, { status: 'shipped' }, p.adminToken)
  assert.deepEqual([skipped.status, skipped.body.code, skipped.body.current_status], [409, 'INVALID_TRANSITION', 'awaiting_payment'])
  assert.equal((await p.orders.post(path, { status: 'paid' }, token)).status, 403, 'a customer may not')
  for (const status of ['paid', 'shipped']) {
    const moved = await p.orders.post<Order>(path, { status }, p.adminToken)
    assert.deepEqual([moved.status, moved.body.status], [200, status])
  }
  await published(OrderPaid.type, order.order_id)
  await published(OrderShipped.type, order.order_id)
  assert.equal((await p.orders.post(path, { status: 'cancelled' }, p.adminToken)).status, 409, 'shipped orders are not cancelled')
  assert.equal((await p.orders.post(path, { status: 'delivered' }, p.adminToken)).status, 200)
  assert.equal((await p.orders.post(path, { status: 'bogus' }, p.adminToken)).status, 400)
  assert.equal((await p.orders.post('/orders/nope/status', { status: 'paid' }, p.adminToken)).status, 404)
})

test('when the owner cancels an order awaiting payment, then its stock comes back and order.cancelled says customer', async () => {
  const { token } = await p.customer()
  const { order, productId } = await placeOrder(token, 3)
  assert.equal(await p.quantityOf(productId), 7)
  const stranger = await p.customer()
  assert.equal((await p.orders.post(`/orders/${order.order_id}/cancel`, {}, stranger.token)).status, 404)
  const cancelled = await p.orders.post<Order>(`/orders/${order.order_id}/cancel`, {}, token)
  assert.deepEqual([cancelled.status, cancelled.body.status, cancelled.body.cancel_reason], [200, 'cancelled', 'customer'])
  await waitFor(async () => (await p.quantityOf(productId)) === 10, { what: 'the stock back' })
  const event = await published(OrderCancelled.type, order.order_id)
  assert.deepEqual([(event.data as { reason: string }).reason, (event.data as { payment_id: unknown }).payment_id], ['customer', null])
  assert.equal((await p.orders.post(`/orders/${order.order_id}/cancel`, {}, token)).status, 409)
})

test('when customers read orders, then they see their own only and others answer 404; an admin filters every order', async () => {
  const alice = await p.customer()
  const bob = await p.customer()
  const { order } = await placeOrder(alice.token)
  assert.equal((await p.orders.get(`/orders/${order.order_id}`, bob.token)).status, 404)
  assert.equal((await p.orders.get(`/orders/${order.order_id}`, alice.token)).status, 200)
  assert.deepEqual((await p.orders.get<{ items: Order[] }>('/orders', bob.token)).body.items, [])
  assert.deepEqual((await p.orders.get<{ items: Order[] }>(`/orders?user_id=${alice.userId}`, bob.token)).body.items, [], 'user_id is ignored for a customer')
  const mine = await p.orders.get<{ items: Order[] }>('/orders', alice.token)
  assert.deepEqual(mine.body.items.map((item) => item.order_id), [order.order_id])
  const filtered = await p.orders.get<{ items: Order[]; next_cursor: string | null }>(`/orders?user_id=${alice.userId}&status=awaiting_payment&limit=1`, p.adminToken)
  assert.deepEqual([filtered.body.items.map((item) => item.order_id), filtered.body.next_cursor], [[order.order_id], null])
})

test('when the customer pays through the payments service, then the order is paid and order.paid is published', async () => {
  const { token } = await p.customer()
  const { order } = await placeOrder(token, 2)
  const payment = await p.api('payments').post<{ payment_id: string }>('/payment', {
    order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: '4242424242424242',
  }, token)
  assert.equal(payment.status, 201, payment.text)
  const paid = await published(OrderPaid.type, order.order_id)
  assert.equal((paid.data as { payment_id: string }).payment_id, payment.body.payment_id)
  const read = await p.orders.get<Order>(`/orders/${order.order_id}`, token)
  assert.deepEqual([read.body.status, read.body.payment_id], ['paid', payment.body.payment_id])
})

test('when payment.succeeded arrives on the bus, then the order is paid; on a cancelled order it is refunded (paid_after_cancel)', async () => {
  const pay = (orderId: string, paymentId: string) => p.publish('payments', newEvent(PaymentSucceeded, paymentId, { payment_id: paymentId, order_id: orderId, user_id: 'u', amount: 2000, currency: 'USD', brand: 'visa', last4: '4242' }))
  const { token } = await p.customer()
  const { order } = await placeOrder(token)
  await pay(order.order_id, 'pay_bus_1')
  await waitFor(async () => (await statusOf(order.order_id)) === 'paid', { what: 'the order paid' })
  await published(OrderPaid.type, order.order_id)
  const late = (await placeOrder(token)).order
  assert.equal((await p.orders.post(`/orders/${late.order_id}/cancel`, {}, token)).status, 200)
  await pay(late.order_id, 'pay_late')
  const refund = await waitFor(() => events.find((event) => event.type === OrderCancelled.type && (event.data as { reason: string }).reason === 'paid_after_cancel' && (event.data as { order_id: string }).order_id === late.order_id), { what: 'the refund request' })
  assert.equal((refund.data as { payment_id: string }).payment_id, 'pay_late')
  assert.equal(await statusOf(late.order_id), 'cancelled')
})
