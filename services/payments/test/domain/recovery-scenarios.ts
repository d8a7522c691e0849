import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { PaymentFailed } from '@bazaar/contracts'
import { waitFor } from '@bazaar/kit/testing'
import { readCard } from '../../src/domain/card.ts'
import { paymentFingerprint } from '../../src/domain/pay.ts'
import { cards, type Fixture } from '../support/fixture.ts'
import type { OrderReply } from '../support/orders.ts'

/** A payment as a crash leaves it: committed as processing long ago, its request gone. */
async function crashedPayment(f: Fixture, order: OrderReply, options: { age?: string; requestKey?: string } = {}): Promise<string> {
  const paymentId = randomUUID()
  await f.payments.db.query(
    `insert into payments (payment_id, order_id, user_id, amount, currency, status, token, brand, last4, request_key, created_at)
     values ($1, $2, $3, $4, 'USD', 'processing', $5, 'visa', '4242', $6, now() - $7::interval)`,
    [paymentId, order.order_id, order.user_id, Math.round(order.total * 100), `tok_${randomUUID()}`, options.requestKey ?? null, options.age ?? '1 hour'],
  )
  return paymentId
}

const charged = (f: Fixture, paymentId: string) =>
  f.payments.db.query(`insert into provider_charges (payment_id, amount, outcome, reference) values ($1, 1, 'succeeded', 'ch_test')`, [paymentId])

const statusOf = async (f: Fixture, paymentId: string) =>
  (await f.payments.db.query<{ status: string; failure_code: string | null }>('select status, failure_code from payments where payment_id = $1', [paymentId]))[0]

export function recoveryScenarios(get: () => Fixture): void {
  describe('recovery of payments a crash left processing', { concurrency: true }, () => {
    it('when the provider had charged the card, then the payment succeeds and the order is paid; when it had not, then it fails and nothing is charged', async () => {
      const f = get()
      const paid = await f.customerWithOrder()
      const unseen = await f.customerWithOrder()
      const chargedId = await crashedPayment(f, paid.order)
      await charged(f, chargedId)
      const unseenId = await crashedPayment(f, unseen.order)

      await waitFor(async () => (await statusOf(f, chargedId))?.status === 'succeeded', { what: 'the charged payment settled' })
      await waitFor(async () => (await f.desk.read(paid.order.order_id)).status === 'paid', { what: 'its order paid' })
      await waitFor(async () => (await statusOf(f, unseenId))?.status === 'failed', { what: 'the unseen payment settled' })
      assert.deepEqual(await statusOf(f, unseenId), { status: 'failed', failure_code: 'PAYMENT_PROCESSING_ERROR' })
      assert.deepEqual(await f.payments.db.query('select outcome from provider_charges where payment_id = $1', [unseenId]), [{ outcome: 'voided' }])
      await waitFor(() => f.payments.events.some((event) => event.type === PaymentFailed.type && (event.data as { payment_id: string }).payment_id === unseenId), { what: PaymentFailed.type })
      // Nothing was charged, so the customer pays again.
      assert.equal((await f.pay(unseen.customer, unseen.order)).status, 201)
    })

    it('when a request died after the charge and is retried with its Idempotency-Key, then the retry answers that payment and charges nothing more', async () => {
      const f = get()
      const { customer, order } = await f.customerWithOrder()
      const key = randomUUID()
      const card = readCard({ number: cards.succeeds })
      const fingerprint = paymentFingerprint({ orderId: order.order_id, amount: Math.round(order.total * 100), card }, '12/39')
      // The dead request's traces: its key (lease run out, no answer), its payment, the provider's charge.
      await f.payments.db.query(
        `insert into idempotency_keys (caller, key, fingerprint, request_id, owner, locked_until, expires_at)
         values ($1, $2, $3, 'dead-request', 'dead-owner', now() - interval '1 second', now() + interval '1 day')`,
        [customer.userId, key, fingerprint],
      )
      const paymentId = await crashedPayment(f, order, { age: '1 second', requestKey: 'dead-request' })
      await charged(f, paymentId)
      const retry = await f.pay(customer, order, cards.succeeds, { key })
      assert.equal(retry.status, 201, retry.text)
      assert.equal(retry.body.payment_id, paymentId)
      assert.equal((await f.payments.db.query('select 1 from provider_charges c join payments p using (payment_id) where p.order_id = $1', [order.order_id])).length, 1)
    })
  })
}
