import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Value } from 'typebox/value'
import { PaymentFailed, PaymentFailedV1, PaymentSucceeded, PaymentSucceededV1 } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import { cards, type Fixture } from '../support/fixture.ts'

const eventOf = (f: Fixture, type: string, paymentId: unknown) =>
  waitFor(() => f.payments.events.find((event) => event.type === type && (event.data as { payment_id?: string }).payment_id === paymentId), { what: type })

export function paymentScenarios(get: () => Fixture): void {
  describe('POST /payment and GET /payment/{id}', { concurrency: true }, () => {
    it('when the order is paid with 4242…, then 201 with token facts only, payment.succeeded, the order paid and the owner can read it', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const reply = await f.pay(customer, order)
      assert.equal(reply.status, 201, reply.text)
      assert.deepEqual(Object.keys(reply.body).sort(), ['amount', 'brand', 'created_at', 'currency', 'last4', 'order_id', 'payment_id', 'status'])
      assert.deepEqual({ ...reply.body, payment_id: '', created_at: '' }, { payment_id: '', order_id: order.order_id, status: 'succeeded', amount: order.total, currency: 'USD', brand: 'visa', last4: '4242', created_at: '' })
      const event = await eventOf(f, PaymentSucceeded.type, reply.body.payment_id)
      assert.ok(Value.Check(PaymentSucceededV1, event.data))
      assert.equal((event.data as PaymentSucceededV1).amount, Math.round(order.total * 100))
      await waitFor(async () => (await f.desk.read(order.order_id)).status === 'paid', { what: 'the order paid' })
      const read = await f.payments.api.get(`/payment/${reply.body.payment_id}`, customer.token)
      assert.equal(read.status, 200)
      assert.deepEqual(read.body, reply.body)
      assert.equal((await f.payments.api.get(`/payment/${reply.body.payment_id}`, f.payments.adminToken)).status, 200)
    })

    it('when a test card is refused, then 402 with its code and the payment id, payment.failed, and the order can still be paid', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      for (const [card, code] of [[cards.declined, 'PAYMENT_DECLINED'], [cards.insufficientFunds, 'INSUFFICIENT_FUNDS'], [cards.processingError, 'PAYMENT_PROCESSING_ERROR']] as const) {
        const reply = await f.pay(customer, order, card)
        assert.equal(reply.status, 402, code)
        assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/)
        assert.equal(reply.body.code, code)
        const event = await eventOf(f, PaymentFailed.type, reply.body.payment_id)
        assert.ok(Value.Check(PaymentFailedV1, event.data))
        assert.equal((event.data as PaymentFailedV1).code, code)
        assert.equal((await f.payments.api.get<{ status: string }>(`/payment/${String(reply.body.payment_id)}`, customer.token)).body.status, 'failed')
      }
      assert.equal((await f.desk.read(order.order_id)).status, 'awaiting_payment')
      const paid = await f.pay(customer, order, cards.mastercard)
      assert.equal(paid.status, 201)
      assert.equal(paid.body.brand, 'mastercard')
      assert.equal(paid.body.last4, '4444')
    })

    it('when the amount is not the order total, then 422 AMOUNT_MISMATCH and nothing is charged', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const reply = await f.pay(customer, order, cards.succeeds, { amount: order.total + 0.01 })
      assert.equal(reply.status, 422)
      assert.equal(reply.body.code, 'AMOUNT_MISMATCH')
      assert.deepEqual(await f.payments.db.query('select payment_id from payments where order_id = $1', [order.order_id]), [])
    })

    it('when a paid order is paid again, then 409 INVALID_TRANSITION', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      assert.equal((await f.pay(customer, order)).status, 201)
      const again = await f.pay(customer, order)
      assert.equal(again.status, 409)
      assert.equal(again.body.code, 'INVALID_TRANSITION')
    })

    it('when someone else\'s order or payment is asked for, then 404; without a token, then 401', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const stranger = await f.payments.customer()
      const notMine = await f.pay(stranger, order)
      assert.equal(notMine.status, 404)
      const paid = await f.pay(customer, order)
      assert.equal((await f.payments.api.get(`/payment/${paid.body.payment_id}`, stranger.token)).status, 404)
      assert.equal((await f.payments.api.get('/payment/no-such-payment', customer.token)).status, 404)
      assert.equal((await f.payments.api.get(`/payment/${paid.body.payment_id}`)).status, 401)
      assert.equal((await f.pay({ ...customer, token: 'not-a-token' }, order)).status, 401)
    })

    it('when the card number fails Luhn, the expiry passed or the CVV is malformed, then 400 naming the field without echoing it', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const bad = '4242424242424241'
      const base = { order_id: order.order_id, amount: order.total, payment_method: 'credit_card', credit_card_number: cards.succeeds }
      const cases: [Record<string, unknown>, string][] = [
        [{ credit_card_number: bad }, 'body.credit_card_number'],
        [{ credit_card_number: '42424242x4242424' }, 'body.credit_card_number'],
        [{ expiry: '01/20' }, 'body.expiry'],
        [{ cvv: '12' }, 'body.cvv'],
        [{ payment_method: 'paypal' }, 'body.payment_method'],
      ]
      for (const [change, field] of cases) {
        const reply = await f.payments.api.post('/payment', { ...base, ...change }, customer.token)
        assert.equal(reply.status, 400, field)
        assert.equal(reply.body.code, 'VALIDATION_FAILED')
        assert.ok((reply.body.fields as { field: string }[]).some((entry) => entry.field === field), `${field} in ${reply.text}`)
        assert.ok(!reply.text.includes('4242424242'), reply.text)
      }
    })
  })
}
