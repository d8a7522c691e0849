import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Value } from 'typebox/value'
import { OrderCancelled, PaymentRefunded, PaymentRefundedV1 } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import type { Fixture } from '../support/fixture.ts'

export function refundScenarios(get: () => Fixture): void {
  describe(OrderCancelled.type, { concurrency: true }, () => {
    it('when a paid order is cancelled, then the payment is refunded once, whatever the redeliveries', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const paid = await f.pay(customer, order)
      assert.equal(paid.status, 201)
      const paymentId = paid.body.payment_id
      await waitFor(async () => (await f.desk.read(order.order_id)).status === 'paid', { what: 'the order paid' })
      const cancelled = await f.desk.cancel(customer, order.order_id)
      assert.equal(cancelled.status, 200, cancelled.text)

      const refunded = await waitFor(() => f.payments.events.find((event) => event.type === PaymentRefunded.type && (event.data as { payment_id: string }).payment_id === paymentId), { what: PaymentRefunded.type })
      assert.ok(Value.Check(PaymentRefundedV1, refunded.data))
      assert.equal((await f.payments.api.get<{ status: string }>(`/payment/${paymentId}`, customer.token)).body.status, 'refunded')

      // The same event again, and another cancellation naming the payment: no second refund.
      const data = { order_id: order.order_id, user_id: customer.userId, reason: 'admin', payment_id: paymentId, items: [] }
      const again = await f.payments.publish('orders', OrderCancelled.type, data)
      await f.payments.publish('orders', OrderCancelled.type, data, again.id)
      await waitFor(async () => (await f.payments.db.query('select 1 from inbox where event_id = $1', [again.id])).length === 1, { what: 'the repeat handled' })
      assert.deepEqual(await f.payments.db.query('select amount from refunds where payment_id = $1', [paymentId]), [{ amount: Math.round(order.total * 100) }])
      assert.equal(f.payments.events.filter((event) => event.type === PaymentRefunded.type && (event.data as { payment_id: string }).payment_id === paymentId).length, 1)
    })

    it('when an unpaid order is cancelled (no payment id), then nothing is refunded', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const declined = await f.pay(customer, order, '4000000000000002')
      assert.equal(declined.status, 402)
      const event = await f.payments.publish('orders', OrderCancelled.type, { order_id: order.order_id, user_id: customer.userId, reason: 'expired', payment_id: null, items: [] })
      await waitFor(async () => (await f.payments.db.query('select 1 from inbox where event_id = $1', [event.id])).length === 1, { what: 'the event handled' })
      assert.deepEqual(await f.payments.db.query('select refund_id from refunds where payment_id = $1', [declined.body.payment_id]), [])
    })
  })
}
