import { PaymentFailed, PaymentSucceeded } from '@bazaar/contracts'
import { defineConsumer, isEvent, readEvent } from '@bazaar/kit'
import { applyPaymentFailed, applyPaymentSucceeded } from '../domain/payments.ts'
import type { OrdersDeps } from '../domain/ports.ts'

/**
 * payment.succeeded and payment.failed, in the consumer's inbox transaction. A payload that
 * breaks its contract is a producer's bug: it ends in the dead letters after its attempts.
 */
export const payments = defineConsumer<OrdersDeps>({
  name: 'orders.payments',
  events: [PaymentSucceeded, PaymentFailed],
  handler: (deps) => async (tx, event) => {
    if (isEvent(event, PaymentSucceeded)) {
      const paid = readEvent(PaymentSucceeded, event)
      await applyPaymentSucceeded(tx, deps, paid.order_id, paid.payment_id)
      return
    }
    const failed = readEvent(PaymentFailed, event)
    await applyPaymentFailed(tx, failed.order_id, failed.code)
  },
})
