import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { OrderCancelled } from '@bazaar/contracts'
import { changes, scrape, waitFor } from '@bazaar/kit/testing'
import { cards, fixture, type Fixture } from './support/fixture.ts'
import type { OrderReply } from './support/orders.ts'
import { startPaymentsPlatform } from './support/payments-platform.ts'
import type { Customer } from './support/payments-platform.ts'

// A platform of its own: the counters are the service's, and no other test moves them here.
let f: Fixture
before(async () => { f = fixture(await startPaymentsPlatform()) })
after(() => f?.payments.stop())

const metrics = () => scrape(f.payments.api)

async function paidOrder(): Promise<{ customer: Customer; order: OrderReply; paymentId: string }> {
  const { customer, order } = await f.customerWithOrder()
  const paid = await f.pay(customer, order)
  assert.equal(paid.status, 201, paid.text)
  return { customer, order, paymentId: paid.body.payment_id }
}

test('when the service starts, then every payment outcome is exposed at 0, and no refund', async () => {
  const now = await metrics()
  for (const outcome of ['succeeded', 'declined', 'insufficient_funds', 'processing_error']) {
    assert.equal(now('payments_attempted_total', { outcome, service: 'payments' }), 0, outcome)
  }
  assert.equal(now('payments_refunded_total'), 0)
})

test('when test cards are refused and then one is charged, then each attempt counts under its outcome; a card or amount refused before the provider counts nothing', async () => {
  const { customer, order } = await f.customerWithOrder()
  const before = await metrics()
  assert.equal((await f.pay(customer, order, '4242424242424241')).status, 400, 'fails Luhn')
  assert.equal((await f.pay(customer, order, cards.succeeds, { amount: order.total + 1 })).status, 422)
  for (const card of [cards.declined, cards.declined, cards.insufficientFunds, cards.processingError]) assert.equal((await f.pay(customer, order, card)).status, 402)
  assert.equal((await f.pay(customer, order)).status, 201)
  const moved = changes(before, await metrics())
  assert.deepEqual(
    ['succeeded', 'declined', 'insufficient_funds', 'processing_error'].map((outcome) => moved('payments_attempted_total', { outcome })),
    [1, 2, 1, 1],
  )
})

test('when a payment is replayed with its Idempotency-Key, at once and later, then it counts once, refused or charged', async () => {
  const { customer, order } = await f.customerWithOrder()
  const before = await metrics()
  const refused = await Promise.all(Array.from({ length: 3 }, () => f.pay(customer, order, cards.declined, { key: 'declined-once' })))
  assert.deepEqual(refused.map((reply) => reply.status), [402, 402, 402])
  const charged = await Promise.all(Array.from({ length: 5 }, () => f.pay(customer, order, cards.succeeds, { key: 'charged-once' })))
  assert.deepEqual(new Set(charged.map((reply) => reply.status)), new Set([201]))
  assert.equal((await f.pay(customer, order, cards.succeeds, { key: 'charged-once' })).text, charged[0]?.text)
  const moved = changes(before, await metrics())
  assert.equal(moved('payments_attempted_total', { outcome: 'declined' }), 1)
  assert.equal(moved('payments_attempted_total', { outcome: 'succeeded' }), 1)
})

test('when order.cancelled asks for a refund and is delivered twice, then the refund counts once', async () => {
  const first = await paidOrder()
  const second = await paidOrder()
  const cancelled = (paid: Awaited<ReturnType<typeof paidOrder>>, id?: string) =>
    f.payments.publish('orders', OrderCancelled.type, { order_id: paid.order.order_id, user_id: paid.customer.userId, reason: 'admin', payment_id: paid.paymentId, items: [] }, id)
  const refunded = (paid: Awaited<ReturnType<typeof paidOrder>>) => waitFor(async () =>
    (await f.payments.api.get<{ status: string }>(`/payment/${paid.paymentId}`, paid.customer.token)).body.status === 'refunded', { what: 'the refund' })
  const before = await metrics()
  const event = await cancelled(first)
  await refunded(first)
  await cancelled(first, event.id)
  // The consumer takes its messages oldest first, one transaction at a time on PGlite: once the
  // second payment is refunded, the redelivery before it has been handled (and the inbox ignored it).
  await cancelled(second)
  await refunded(second)
  assert.equal(changes(before, await metrics())('payments_refunded_total'), 2)
})
