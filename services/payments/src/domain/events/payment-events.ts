import { newEvent } from '@bazaar/kit'
import { PaymentFailed, PaymentRefunded, PaymentSucceeded } from '@bazaar/contracts'
import type { Payment } from '../payment.ts'

// Never the card number or CVV: the contracts only have room for the brand and last4.
function facts(payment: Payment) {
  return { payment_id: payment.paymentId, order_id: payment.orderId, user_id: payment.userId, amount: payment.amount, currency: payment.currency }
}

export function paymentSucceeded(payment: Payment) {
  return newEvent(PaymentSucceeded, payment.paymentId, { ...facts(payment), brand: payment.brand, last4: payment.last4 })
}

export function paymentFailed(payment: Payment, code: string, reason: string) {
  return newEvent(PaymentFailed, payment.paymentId, { ...facts(payment), code, reason })
}

export function paymentRefunded(payment: Payment, refundId: string) {
  return newEvent(PaymentRefunded, payment.paymentId, { ...facts(payment), refund_id: refundId })
}
