import { AppError, type Queryable } from '@bazaar/kit'
import { findOrder, listOrders, type OrderPage } from '../data/orders.ts'
import { actsForAnyone, ensureVisible, type Actor } from './actor.ts'
import type { Order, OrderStatus } from './order.ts'

/** An order as `actor` may see it: their own, or any for an admin or a service. */
export async function readOrder(db: Queryable, actor: Actor, orderId: string): Promise<Order> {
  const order = await findOrder(db, orderId)
  if (!order) throw new AppError('NOT_FOUND', 'Order not found')
  ensureVisible(actor, order.userId)
  return order
}

export interface ListRequest {
  status?: OrderStatus | undefined
  userId?: string | undefined
  limit: number
  before?: number | undefined
}

/** A customer's list is always their own; an admin or a service sees every order, filtered as asked. */
export function listFor(db: Queryable, actor: Actor, request: ListRequest): Promise<OrderPage> {
  const userId = actsForAnyone(actor) ? request.userId : actor.subject
  return listOrders(db, { userId, status: request.status }, request.limit, request.before)
}
