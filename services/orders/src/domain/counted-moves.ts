import { fromMinor, type Queryable } from '@bazaar/kit'
import type { Order, OrderStatus } from './order.ts'
import { placementOutcome } from './placement-outcome.ts'
import type { OrdersDeps } from './ports.ts'

/**
 * Counts on /metrics what the move of `order` (as it is now) from `from` made true: a placement
 * ended, a payment, a cancellation. Called in the move's transaction, it counts once that
 * committed; and a move happens once, since transition() locks the order and checks the arrow,
 * so a retry, a replayed request or a redelivered event that moves nothing counts nothing.
 */
export function countMove(tx: Queryable, deps: OrdersDeps, from: OrderStatus, order: Order): void {
  const { metrics } = deps
  deps.afterCommit(tx, () => {
    if (from === 'pending') metrics.placed.inc({ outcome: placementOutcome(order) })
    if (order.status === 'paid') {
      metrics.paid.inc()
      metrics.revenue.inc({ currency: order.currency }, fromMinor(order.total))
    }
    if (order.status === 'cancelled' && order.cancelReason) metrics.cancelled.inc({ reason: order.cancelReason })
  })
}
