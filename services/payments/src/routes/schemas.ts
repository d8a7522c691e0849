import { Type, type Static } from 'typebox'
import { DecimalAmount, fromMinor, IdInput } from '@bazaar/kit'
import type { Payment } from '../domain/payment.ts'

/** Schemas of the payments API; each validates, types the handler and documents it. */
export const closed = { additionalProperties: false } as const
export const bearer = [{ bearer: [] }]

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'an id as returned by this API' })

// Patterns only: a validation message names the field and the rule, never the value sent.
export const PaymentBody = Type.Object({
  order_id: IdInput,
  amount: DecimalAmount,
  payment_method: Type.Literal('credit_card'),
  credit_card_number: Type.String({ pattern: '^[0-9][0-9 -]{10,22}[0-9]$', description: 'the card number; used for the charge only, never stored' }),
  expiry: Type.Optional(Type.String({ pattern: '^[0-9]{2}/[0-9]{2}$', description: 'MM/YY; checked when given' })),
  cvv: Type.Optional(Type.String({ pattern: '^[0-9]{3,4}$', description: '3 or 4 digits; checked when given, never stored' })),
}, closed)

export const PaymentHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'the same key and body answer the same response' })),
})

export const PaymentView = Type.Object({
  payment_id: Id,
  order_id: Id,
  status: Type.Union([Type.Literal('processing'), Type.Literal('succeeded'), Type.Literal('failed'), Type.Literal('refunded')]),
  amount: Type.Number({ description: 'decimal, in currency units' }),
  currency: Type.String(),
  brand: Type.String({ description: 'visa, mastercard, amex, discover or unknown' }),
  last4: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
}, closed)

export function paymentView(payment: Payment): Static<typeof PaymentView> {
  return {
    payment_id: payment.paymentId,
    order_id: payment.orderId,
    status: payment.status,
    amount: fromMinor(payment.amount),
    currency: payment.currency,
    brand: payment.brand,
    last4: payment.last4,
    created_at: payment.createdAt.toISOString(),
  }
}
