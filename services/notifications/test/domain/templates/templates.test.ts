import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Value } from 'typebox/value'
import type { TSchema } from 'typebox'
import * as contracts from '@bazaar/contracts'
import { envelope } from '@bazaar/kit'
import { smsLimit } from '../../../src/domain/templates/template.ts'
import { templateFor, templates } from '../../../src/domain/templates/templates.ts'

const orderId = '7d0f3a52-1c9e-4b8a-9f61-2a4c8e0b5d17'
const userId = 'a1b2c3d4-0000-4000-8000-000000000001'
const tracking = 'BZ0123456789'
const to = { userId, email: 'ada@example.com', name: 'Ada Lovelace' }
const line = { product_id: '12', quantity: 2, unit_price: 2999 }
const money = { amount: 5998, currency: 'USD' }
const payment = { payment_id: 'pay-1', order_id: orderId, user_id: userId, ...money }

/** A valid payload per event type, checked against its contract, with what its messages must say. */
const cases: { type: string; schema: TSchema; data: unknown; says: string[] }[] = [
  { type: contracts.UserRegistered.type, schema: contracts.UserRegisteredV1, data: { user_id: userId, email: to.email, username: 'ada', name: 'Ada Lovelace', created_at: '2025-01-01T00:00:00.000Z' }, says: ['Welcome'] },
  { type: contracts.OrderCreated.type, schema: contracts.OrderCreatedV1, data: { order_id: orderId, user_id: userId, items: [line], total: 6477, currency: 'USD', from_cart: false, expires_at: '2025-01-01T00:15:00.000Z' }, says: [orderId, '64.77 USD'] },
  { type: contracts.OrderPaid.type, schema: contracts.OrderPaidV1, data: { order_id: orderId, user_id: userId, items: [line], total: 6477, currency: 'USD', payment_id: 'pay-1', shipping_address: null }, says: [orderId, '64.77 USD'] },
  { type: contracts.OrderCancelled.type, schema: contracts.OrderCancelledV1, data: { order_id: orderId, user_id: userId, reason: 'paid_after_cancel', payment_id: 'pay-1', items: [line] }, says: [orderId, 'refunded'] },
  { type: contracts.OrderShipped.type, schema: contracts.OrderShippedV1, data: { order_id: orderId, user_id: userId, tracking_number: tracking }, says: [orderId, tracking] },
  { type: contracts.OrderDelivered.type, schema: contracts.OrderDeliveredV1, data: { order_id: orderId, user_id: userId, tracking_number: tracking }, says: [orderId] },
  { type: contracts.PaymentSucceeded.type, schema: contracts.PaymentSucceededV1, data: { ...payment, brand: 'visa', last4: '4242' }, says: [orderId, '59.98 USD'] },
  { type: contracts.PaymentFailed.type, schema: contracts.PaymentFailedV1, data: { ...payment, code: 'PAYMENT_DECLINED', reason: 'card declined' }, says: [orderId, '59.98 USD'] },
  { type: contracts.PaymentRefunded.type, schema: contracts.PaymentRefundedV1, data: { ...payment, refund_id: 'ref-1' }, says: [orderId, '59.98 USD'] },
  { type: contracts.ShipmentCreated.type, schema: contracts.ShipmentCreatedV1, data: { shipment_id: 'sh-1', order_id: orderId, user_id: userId, tracking_number: tracking, carrier: 'Bazaar Post' }, says: [orderId, tracking] },
  { type: contracts.ShipmentDispatched.type, schema: contracts.ShipmentDispatchedV1, data: { order_id: orderId, user_id: userId, dispatch_id: 'd-1' }, says: [orderId] },
  { type: contracts.ShipmentDelivered.type, schema: contracts.ShipmentDeliveredV1, data: { shipment_id: 'sh-1', order_id: orderId, user_id: userId, tracking_number: tracking }, says: [orderId, tracking] },
]

describe('templates', () => {
  it('when the service lists its templates, then there is one per event type it consumes', () => {
    assert.deepEqual(templates.map((template) => template.contract.type).sort(), cases.map((c) => c.type).sort())
  })

  for (const { type, schema, data, says } of cases) {
    it(`when ${type} is rendered, then the email and the SMS (at most ${smsLimit} characters) name what happened`, () => {
      assert.ok(Value.Check(schema, data), 'the fixture keeps the contract')
      const template = templateFor(type)
      assert.ok(template)
      const rendered = template.render(envelope('test', { type, data }), to)
      assert.ok(rendered.email.subject.length > 0)
      assert.ok(rendered.email.text.startsWith('Hello Ada Lovelace,'))
      assert.ok(rendered.sms.length <= smsLimit, `${rendered.sms.length} characters`)
      assert.ok(rendered.sms.startsWith('Bazaar: '))
      for (const fact of says) assert.ok(`${rendered.email.subject}\n${rendered.email.text}`.includes(fact), `the email says ${fact}`)
      if (says.includes(orderId)) assert.ok(rendered.sms.includes(orderId), 'the SMS names the order')
      assert.ok(!JSON.stringify(rendered).includes('4242'), 'no digit of a card')
    })
  }

  it('when a user registers, then the recipient comes from the event itself', () => {
    const registered = cases[0]!
    const recipient = templateFor(contracts.UserRegistered.type)?.recipient?.(envelope('users', { type: registered.type, data: registered.data }))
    assert.deepEqual(recipient, { userId, email: to.email, name: 'Ada Lovelace' })
  })

  it('when a user has no name, then the email greets them without one', () => {
    const rendered = templateFor(contracts.OrderShipped.type)!.render(envelope('orders', { type: contracts.OrderShipped.type, data: cases[4]!.data }), { ...to, name: null })
    assert.ok(rendered.email.text.startsWith('Hello there,'))
  })

  it('when a payload breaks its contract, then rendering throws (the bus retries, then dead-letters)', () => {
    assert.throws(() => templateFor(contracts.OrderPaid.type)!.render(envelope('orders', { type: contracts.OrderPaid.type, data: { order_id: orderId } }), to), /breaks its contract/)
  })
})
