import { OrderCancelled } from '@bazaar/contracts'
import { defineConsumer, readEvent } from '@bazaar/kit'
import type { PaymentsDeps } from '../deps.ts'
import { refundPayment } from '../domain/refund.ts'

/**
 * A cancelled order that had been paid (payment_id set) is refunded, once per payment: the inbox
 * ignores a redelivery, and the refund counts once its inbox transaction committed.
 */
export const refunds = defineConsumer<PaymentsDeps>({
  name: 'payments.refunds',
  events: [OrderCancelled],
  handler: (deps) => async (tx, event) => {
    const cancelled = readEvent(OrderCancelled, event)
    if (cancelled.payment_id !== null) await refundPayment(deps, tx, cancelled.payment_id, cancelled.reason)
  },
})
