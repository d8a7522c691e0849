import { randomUUID } from 'node:crypto'
import type { Logger, Outbox, Queryable } from '@bazaar/kit'
import { lockPayment, markRefunded } from '../data/payments.ts'
import { insertRefund } from '../data/refunds.ts'
import { paymentRefunded } from './events/payment-events.ts'
import type { PaymentsMetrics } from '../metrics.ts'

export interface RefundDeps {
  outbox: Pick<Outbox, 'add'>
  /** Runs `task` once `tx` committed, never if it rolls back: what counts a fact on /metrics. */
  afterCommit(tx: Queryable, task: () => void): void
  metrics: Pick<PaymentsMetrics, 'refunded'>
  log?: Logger | undefined
}

/**
 * Refunds a succeeded payment in the caller's transaction and announces it, counted once that
 * committed; a payment refunded already (a repeated cancellation) or never charged is left alone.
 */
export async function refundPayment(deps: RefundDeps, tx: Queryable, paymentId: string, reason: string): Promise<void> {
  const payment = await lockPayment(tx, paymentId)
  if (!payment) {
    deps.log?.warn({ payment_id: paymentId }, 'refund asked for an unknown payment')
    return
  }
  // Throwing redelivers the event: the payment is settled within seconds, then refunded.
  if (payment.status === 'processing') throw new Error(`payment ${paymentId} is still processing; its refund waits`)
  if (payment.status !== 'succeeded') return
  const refundId = randomUUID()
  if (!(await insertRefund(tx, { refundId, paymentId, amount: payment.amount, reason }))) return
  await markRefunded(tx, paymentId)
  await deps.outbox.add(tx, paymentRefunded({ ...payment, status: 'refunded' }, refundId))
  deps.afterCommit(tx, () => deps.metrics.refunded.inc())
  deps.log?.info({ payment_id: paymentId, order_id: payment.orderId, refund_id: refundId }, 'payment refunded')
}
