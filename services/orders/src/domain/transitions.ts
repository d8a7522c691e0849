import type { Queryable } from '@bazaar/kit'
import { insertHistory } from '../data/history.ts'
import { lockStatus, updateStatus, type StatusChange } from '../data/orders.ts'
import type { OrderStatus } from './order.ts'

/** The order lifecycle (docs/architecture.md#3-checkout-the-saga): a status moves only along these arrows. */
export const allowedTransitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['awaiting_payment', 'rejected', 'cancelled'],
  awaiting_payment: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  rejected: [],
  cancelled: [],
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return allowedTransitions[from].includes(to)
}

export function isTerminal(status: OrderStatus): boolean {
  return allowedTransitions[status].length === 0
}

export type TransitionResult =
  | { moved: true; from: OrderStatus }
  /** `current` is undefined when the order does not exist. */
  | { moved: false; current: OrderStatus | undefined }

export interface TransitionOptions extends StatusChange {
  /** Why, kept in the order's history. */
  note?: string | undefined
  /** Move only from one of these (a stricter rule than the table, such as "only while pending"). */
  from?: readonly OrderStatus[] | undefined
}

/**
 * The only place an order's status changes. Locks the order, checks the arrow, writes the new
 * status and a history entry, all in the caller's transaction, so the caller's outbox event
 * commits with it or not at all. A refused move changes nothing and says what the status is.
 */
export async function transition(tx: Queryable, orderId: string, to: OrderStatus, options: TransitionOptions = {}): Promise<TransitionResult> {
  const current = await lockStatus(tx, orderId)
  if (current === undefined || !canTransition(current, to) || (options.from !== undefined && !options.from.includes(current))) {
    return { moved: false, current }
  }
  await updateStatus(tx, orderId, to, options)
  await insertHistory(tx, orderId, to, options.note ?? null)
  return { moved: true, from: current }
}

/**
 * Records something that happened to the order without moving it, such as a declined payment
 * or an event that came out of turn; answers the status it stays in.
 */
export async function recordWithoutMoving(tx: Queryable, orderId: string, note: string): Promise<OrderStatus | undefined> {
  const current = await lockStatus(tx, orderId)
  if (current !== undefined) await insertHistory(tx, orderId, current, note)
  return current
}
