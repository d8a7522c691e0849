import { orderIn } from '../data/orders.ts'
import { orderCancelled } from './events/order-events.ts'
import { releaseStock } from './checkout/reserve-stock.ts'
import { countMove } from './counted-moves.ts'
import type { CancelReason, OrderStatus } from './order.ts'
import type { OrdersDeps } from './ports.ts'
import { transition, type TransitionResult } from './transitions.ts'

export interface CancelOptions {
  reason: CancelReason
  note: string
  /** Cancel only from these statuses (the expiry sweeper: only while awaiting payment). */
  from?: readonly OrderStatus[] | undefined
}

/** Statuses in which inventory holds stock for the order (after payment it is committed). */
const holdingStock: readonly OrderStatus[] = ['pending', 'awaiting_payment']

/**
 * Cancels an order: the status, order.cancelled (with the payment id when it was paid, so
 * payments refunds) and, for an order still being placed, its key's answer commit together.
 * Held stock is then released at once; order.cancelled releases it too, should that call fail.
 */
export async function cancelOrder(deps: OrdersDeps, orderId: string, options: CancelOptions): Promise<TransitionResult> {
  const result = await deps.transaction(async (tx) => {
    const moved = await transition(tx, orderId, 'cancelled', { cancelReason: options.reason, note: options.note, from: options.from })
    if (!moved.moved) return moved
    const order = await orderIn(tx, orderId)
    await deps.publish(tx, orderCancelled(order, options.reason, moved.from === 'paid' ? order.paymentId : null))
    countMove(tx, deps, moved.from, order)
    if (moved.from === 'pending') await deps.keys.settle(tx, order)
    return moved
  })
  if (result.moved && holdingStock.includes(result.from)) await releaseStock(deps, orderId)
  return result
}
