import type { NewEvent } from '@bazaar/kit'
import type { PaymentFailedV1, PaymentRefundedV1, PaymentSucceededV1 } from '@bazaar/contracts'
import type { Payment } from '../domain/payment.ts'

// Never the card number or CVV: the contracts only have room for the brand and last4.
function facts(payment: Payment) {
  return { payment_id: payment.paymentId, order_id: payment.orderId, user_id: payment.userId, amount: payment.amount, currency: payment.currency }
}

export function paymentSucceeded(payment: Payment): NewEvent<PaymentSucceededV1> {
  return { type: 'payment.succeeded', subject: payment.paymentId, data: { ...facts(payment), brand: payment.brand, last4: payment.last4 } }
}

export function paymentFailed(payment: Payment, code: string, reason: string): NewEvent<PaymentFailedV1> {
  return { type: 'payment.failed', subject: payment.paymentId, data: { ...facts(payment), code, reason } }
}

export function paymentRefunded(payment: Payment, refundId: string): NewEvent<PaymentRefundedV1> {
  return { type: 'payment.refunded', subject: payment.paymentId, data: { ...facts(payment), refund_id: refundId } }
}
