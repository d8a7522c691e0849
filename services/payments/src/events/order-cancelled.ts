import { consume } from '@bazaar/kit'
import type { PaymentsContext, PaymentsDeps } from '../context.ts'
import { refundPayment } from '../domain/refund.ts'

/** Reads only what a refund needs from `order.cancelled` (contracts OrderCancelledV1). */
function refundAsked(data: unknown): { paymentId: string; reason: string } | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const { payment_id: paymentId, reason } = data as { payment_id?: unknown; reason?: unknown }
  if (typeof paymentId !== 'string' || paymentId === '') return undefined
  return { paymentId, reason: typeof reason === 'string' ? reason : 'order_cancelled' }
}

/** A cancelled order that had been paid (payment_id set) is refunded, once per payment. */
export function consumeOrderCancelled(ctx: PaymentsContext, deps: PaymentsDeps): Promise<void> {
  return consume({
    // deps.db: a refund is counted once its inbox transaction committed.
    db: deps.db,
    bus: ctx.bus,
    service: ctx.name,
    consumer: 'payments.refunds',
    types: ['order.cancelled'],
    // The refund's payment.refunded leaves right after the commit, not at the relay's next poll.
    outbox: ctx.outbox,
    async handle(tx, event) {
      const asked = refundAsked(event.data)
      if (asked) await refundPayment(deps, tx, asked.paymentId, asked.reason)
    },
  })
}
