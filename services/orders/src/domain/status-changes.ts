import { AppError, type NewEvent } from '@bazaar/kit'
import { findOrder, orderIn } from '../data/orders.ts'
import { orderCreated, orderDelivered, orderPaid, orderShipped } from './events/order-events.ts'
import { cancelOrder } from './cancellation.ts'
import { releaseStock } from './checkout/reserve-stock.ts'
import { countMove } from './counted-moves.ts'
import type { Order, OrderStatus } from './order.ts'
import type { OrdersDeps } from './ports.ts'
import { allowedTransitions, transition } from './transitions.ts'

/** The event each status announces when an admin or a service sets it by hand. */
function eventFor(order: Order, status: OrderStatus): NewEvent | undefined {
  switch (status) {
    case 'awaiting_payment': return orderCreated(order)
    case 'paid': return orderPaid(order)
    case 'shipped': return orderShipped(order)
    case 'delivered': return orderDelivered(order)
    default: return undefined
  }
}

/** Why a transition was refused: the order does not exist (404), or the arrow is not in the table (409). */
function refused(orderId: string, to: OrderStatus, current: OrderStatus | undefined): AppError {
  if (current === undefined) return new AppError('NOT_FOUND', 'Order not found')
  return new AppError('INVALID_TRANSITION', 'Invalid status transition', {
    detail: `Order ${orderId} is ${current}; it cannot become ${to}.`,
    extensions: { current_status: current, allowed: allowedTransitions[current] },
  })
}

/**
 * POST /orders/{id}/status (admin or service): any allowed transition, with the event the
 * status announces, so downstream services react as to the saga's own moves.
 */
export async function changeStatus(deps: OrdersDeps, orderId: string, to: OrderStatus): Promise<Order> {
  const result = to === 'cancelled'
    ? await cancelOrder(deps, orderId, { reason: 'admin', note: 'cancelled by an admin' })
    : await deps.transaction(async (tx) => {
      const moved = await transition(tx, orderId, to, { note: 'set by an admin or a service' })
      if (!moved.moved) return moved
      const order = await orderIn(tx, orderId)
      const event = eventFor(order, to)
      if (event) await deps.publish(tx, event)
      countMove(tx, deps, moved.from, order)
      if (moved.from === 'pending') await deps.keys.settle(tx, order)
      return moved
    })
  if (!result.moved) throw refused(orderId, to, result.current)
  if (to === 'rejected') await releaseStock(deps, orderId)
  return currentOrder(deps, orderId)
}

/** POST /orders/{id}/cancel: by its owner (reason customer) or an admin, before it ships. */
export async function cancelByRequest(deps: OrdersDeps, orderId: string, byOwner: boolean): Promise<Order> {
  const result = await cancelOrder(deps, orderId, byOwner
    ? { reason: 'customer', note: 'cancelled by the customer' }
    : { reason: 'admin', note: 'cancelled by an admin' })
  if (!result.moved) throw refused(orderId, 'cancelled', result.current)
  return currentOrder(deps, orderId)
}

async function currentOrder(deps: OrdersDeps, orderId: string): Promise<Order> {
  const order = await findOrder(deps.db, orderId)
  if (!order) throw new AppError('NOT_FOUND', 'Order not found')
  return order
}
