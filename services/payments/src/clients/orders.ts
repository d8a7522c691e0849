import { AppError, toMinor, type HttpClient } from '@bazaar/kit'
import type { OrderLookup } from '../domain/orders.ts'

/**
 * Reads the order at the orders service with this service's token (the edge in the topology).
 * Its errors pass through: an unknown order is 404, an unreachable orders service 503. The client
 * is asked for at each call, not when the routes register: the service starts without orders.
 */
export function ordersLookup(client: () => HttpClient): OrderLookup {
  return async (orderId) => {
    const reply = await client().get<unknown>(`/orders/${encodeURIComponent(orderId)}`)
    const order = reply.body as Record<string, unknown> | null
    const userId = order?.user_id
    const status = order?.status
    const total = order?.total
    const currency = order?.currency ?? 'USD'
    if (typeof userId !== 'string' || typeof status !== 'string' || typeof total !== 'number' || typeof currency !== 'string') {
      throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'The orders service answered an order this service cannot read.' })
    }
    return { orderId, userId, status, total: toMinor(total), currency }
  }
}
