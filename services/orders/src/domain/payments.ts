import { checkpoint, type Queryable } from '@bazaar/kit'
import { orderIn, setPaymentId } from '../data/orders.ts'
import { orderCancelled, orderPaid } from './events/order-events.ts'
import { countMove } from './counted-moves.ts'
import type { OrdersDeps } from './ports.ts'
import { recordWithoutMoving, transition } from './transitions.ts'

export type PaymentOutcome = 'paid' | 'refund' | 'ignored'

/**
 * payment.succeeded, in the consumer's transaction (its inbox row commits with it):
 * - awaiting payment: `paid`, order.paid published;
 * - cancelled or rejected meanwhile (the expiry sweeper won the race): money was taken for an
 *   order that will not ship, so order.cancelled goes out again with reason paid_after_cancel
 *   and this payment id, and payments refunds it;
 * - anything else (a repeat, an event out of turn): noted in the history, nothing moves.
 */
export async function applyPaymentSucceeded(tx: Queryable, deps: OrdersDeps, orderId: string, paymentId: string): Promise<PaymentOutcome> {
  const result = await transition(tx, orderId, 'paid', { paymentId, from: ['awaiting_payment'], note: `payment ${paymentId}` })
  if (result.moved) {
    const order = await orderIn(tx, orderId)
    await deps.publish(tx, orderPaid(order))
    countMove(tx, deps, result.from, order)
    // The payment is committed and, in a consumer, its event not yet acknowledged: a point crash tests stop at.
    deps.afterCommit(tx, () => checkpoint('orders.after_paid_commit'))
    return 'paid'
  }
  if (result.current === undefined) {
    deps.log.warn({ order_id: orderId, payment_id: paymentId }, 'payment.succeeded for an unknown order; ignored')
    return 'ignored'
  }
  const order = await orderIn(tx, orderId)
  if ((result.current === 'cancelled' || result.current === 'rejected') && order.paymentId !== paymentId) {
    await setPaymentId(tx, orderId, paymentId)
    await recordWithoutMoving(tx, orderId, `payment ${paymentId} arrived after the order was ${result.current}; refunded`)
    await deps.publish(tx, orderCancelled(order, 'paid_after_cancel', paymentId))
    return 'refund'
  }
  if (order.paymentId !== paymentId) deps.log.error({ order_id: orderId, payment_id: paymentId, status: result.current }, 'a second payment succeeded for one order')
  await recordWithoutMoving(tx, orderId, `payment.succeeded ${paymentId} ignored in status ${result.current}`)
  return 'ignored'
}

/** payment.failed: the order keeps awaiting payment (the customer may try another card); the history notes it. */
export async function applyPaymentFailed(tx: Queryable, orderId: string, code: string): Promise<void> {
  await recordWithoutMoving(tx, orderId, `payment failed: ${code}`)
}
