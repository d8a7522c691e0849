import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { cards, type Fixture } from '../support/fixture.ts'

const chargesOfOrder = (f: Fixture, orderId: string) =>
  f.payments.db.query<{ outcome: string }>('select c.outcome from provider_charges c join payments p using (payment_id) where p.order_id = $1', [orderId])

export function idempotencyScenarios(get: () => Fixture): void {
  describe('POST /payment under retries and concurrency', { concurrency: true }, () => {
    it('when 20 requests with one Idempotency-Key arrive together, then one charge and 20 identical 201 answers', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const key = randomUUID()
      const replies = await Promise.all(Array.from({ length: 20 }, () => f.pay(customer, order, cards.succeeds, { key })))
      assert.deepEqual(new Set(replies.map((reply) => reply.status)), new Set([201]))
      assert.equal(new Set(replies.map((reply) => reply.text)).size, 1, 'the same bytes for every duplicate')
      assert.deepEqual(await chargesOfOrder(f, order.order_id), [{ outcome: 'succeeded' }])
      const later = await f.pay(customer, order, cards.succeeds, { key })
      assert.equal(later.text, replies[0]?.text, 'a later retry gets the stored answer, not a 409 for the paid order')
    })

    it('when a refused payment is retried with its key, then the same 402 is answered and the card is not charged again', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const key = randomUUID()
      const replies = await Promise.all(Array.from({ length: 5 }, () => f.pay(customer, order, cards.insufficientFunds, { key })))
      assert.deepEqual(new Set(replies.map((reply) => `${reply.status} ${reply.text}`)).size, 1)
      assert.equal(replies[0]?.status, 402)
      assert.equal(replies[0]?.body.code, 'INSUFFICIENT_FUNDS')
      assert.equal((await chargesOfOrder(f, order.order_id)).length, 1)
    })

    it('when one key comes with another body, then 409 IDEMPOTENCY_CONFLICT', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const key = randomUUID()
      assert.equal((await f.pay(customer, order, cards.declined, { key })).status, 402)
      const other = await f.pay(customer, order, cards.succeeds, { key })
      assert.equal(other.status, 409)
      assert.equal(other.body.code, 'IDEMPOTENCY_CONFLICT')
    })

    it('when 20 requests with different keys pay one order together, then exactly one payment succeeds and one charge is made', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const replies = await Promise.all(Array.from({ length: 20 }, () => f.pay(customer, order, cards.succeeds, { key: randomUUID() })))
      assert.equal(replies.filter((reply) => reply.status === 201).length, 1)
      for (const reply of replies.filter((r) => r.status !== 201)) {
        assert.equal(reply.status, 409, reply.text)
        assert.ok(['INVALID_TRANSITION', 'CONFLICT'].includes(String(reply.body.code)), reply.text)
      }
      const rows = await f.payments.db.query<{ status: string }>('select status from payments where order_id = $1', [order.order_id])
      assert.deepEqual(rows, [{ status: 'succeeded' }])
      assert.deepEqual(await chargesOfOrder(f, order.order_id), [{ outcome: 'succeeded' }])
    })
  })
}
