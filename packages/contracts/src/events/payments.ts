import { Type, type Static } from 'typebox'
import { Currency, Id, Minor } from './common.ts'

/** Never a card number or CVV: a token, the brand and the last four digits at most. */
const PaymentFacts = {
  payment_id: Id,
  order_id: Id,
  user_id: Id,
  amount: Minor,
  currency: Currency,
}

/** `payment.succeeded` v1. */
export const PaymentSucceededV1 = Type.Object({ ...PaymentFacts, brand: Type.String(), last4: Type.String({ pattern: '^[0-9]{4}$' }) })
export type PaymentSucceededV1 = Static<typeof PaymentSucceededV1>

/** `payment.failed` v1: `code` is PAYMENT_DECLINED, INSUFFICIENT_FUNDS or PAYMENT_PROCESSING_ERROR. */
export const PaymentFailedV1 = Type.Object({ ...PaymentFacts, code: Type.String(), reason: Type.String() })
export type PaymentFailedV1 = Static<typeof PaymentFailedV1>

/** `payment.refunded` v1. */
export const PaymentRefundedV1 = Type.Object({ ...PaymentFacts, refund_id: Id })
export type PaymentRefundedV1 = Static<typeof PaymentRefundedV1>
