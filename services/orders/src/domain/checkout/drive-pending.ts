import { checkpoint } from '@bazaar/kit'
import { findOrder } from '../../data/orders.ts'
import { releaseLease } from '../../data/saga-leases.ts'
import type { Order } from '../order.ts'
import type { OrdersDeps } from '../ports.ts'
import { confirmAwaitingPayment } from './confirm-awaiting-payment.ts'
import { reserveStock } from './reserve-stock.ts'
import { isDefinitive, type Saga } from './saga.ts'

/**
 * The saga from a committed `pending` order on: the request that placed it, a retry with its
 * Idempotency-Key and recovery all come through here, so they converge (the reservation is
 * idempotent by order id, the confirmation is a conditional transition). A definitive failure
 * unwinds `saga` (stock released, order rejected); any other failure, or one of the unwinding,
 * leaves the order with its lease released, for recovery or a retry to drive on, and is rethrown.
 * Answers the order as the saga settled it.
 */
export async function drivePending(deps: OrdersDeps, order: Order, saga: Saga): Promise<Order> {
  // Recovery or a retry may take the order over now rather than when the lease runs out.
  const letGo = () => releaseLease(deps.db, order.orderId).catch((failure: unknown) =>
    deps.log.warn({ err: failure, order_id: order.orderId }, 'could not release the saga lease; it runs out by itself'))
  try {
    await saga.run(reserveStock, order)
    checkpoint('orders.after_reserve')
    return await saga.run(confirmAwaitingPayment, order)
  } catch (error) {
    if (!isDefinitive(error)) {
      await letGo()
      throw error
    }
    try {
      await saga.unwind(error)
    } catch (failure) {
      await letGo()
      throw failure
    }
    const settled = await findOrder(deps.db, order.orderId)
    if (!settled) throw new Error(`order ${order.orderId} vanished`)
    return settled
  }
}
