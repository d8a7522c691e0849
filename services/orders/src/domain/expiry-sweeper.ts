import { dueForExpiry } from '../data/saga-leases.ts'
import { cancelOrder } from './cancellation.ts'
import type { OrdersDeps } from './ports.ts'

/**
 * Orders awaiting payment past their expires_at are cancelled (reason expired), which releases
 * their stock. A payment racing the sweep is serialised by the order's row lock: whichever
 * commits first wins, and a payment that lands on the cancelled order is refunded
 * (paid_after_cancel). Answers how many were cancelled.
 */
export async function expireUnpaid(deps: OrdersDeps, limit = 100): Promise<number> {
  let cancelled = 0
  for (const orderId of await dueForExpiry(deps.db, limit)) {
    try {
      const result = await cancelOrder(deps, orderId, { reason: 'expired', note: 'not paid in time', from: ['awaiting_payment'] })
      if (result.moved) cancelled += 1
    } catch (error) {
      deps.log.warn({ err: error, order_id: orderId }, 'could not expire the order; the next sweep tries again')
    }
  }
  return cancelled
}
