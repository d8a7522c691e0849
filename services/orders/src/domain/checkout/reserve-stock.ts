import { AppError } from '@bazaar/kit'
import type { Order } from '../order.ts'
import type { OrdersDeps } from '../ports.ts'
import type { Step } from './saga.ts'

/**
 * Step 5: inventory holds the stock until the order's expires_at, idempotently by order id, so
 * recovery and retries may call it again. Short stock throws OUT_OF_STOCK and holds nothing.
 * A repeat that finds the reservation no longer held (released meanwhile) cannot go on.
 * Compensation: release, by order id (nothing held is fine).
 */
export const reserveStock: Step<Order, string> = {
  name: 'reserve-stock',
  async invoke(deps, order) {
    const status = await deps.inventory.reserve(order.orderId, order.items, order.expiresAt)
    if (status !== 'held') {
      throw new AppError('CONFLICT', 'Stock no longer held', { detail: `The reservation of order ${order.orderId} is ${status}.` })
    }
    return order.orderId
  },
  async compensate(deps, orderId) {
    await deps.inventory.release(orderId)
  },
}

/**
 * The compensation run as a clean-up once the order is settled (cancelled): inventory also
 * releases on order.cancelled and after the TTL, so a failure here is only logged.
 */
export async function releaseStock(deps: OrdersDeps, orderId: string): Promise<void> {
  try {
    await deps.inventory.release(orderId)
  } catch (error) {
    deps.log.warn({ err: error, order_id: orderId }, 'releasing the reservation failed; inventory releases it on order.cancelled or after its TTL')
  }
}
