import type { Order } from './order.ts'

/** How the placement of an order ended: the status it left `pending` for, short stock told apart from other rejections. */
export const placementOutcomes = ['awaiting_payment', 'out_of_stock', 'rejected', 'cancelled'] as const
export type PlacementOutcome = (typeof placementOutcomes)[number]

/** How the placement of an order that left `pending` ended. */
export function placementOutcome(order: Order): PlacementOutcome {
  if (order.status === 'rejected') return order.rejection?.code === 'OUT_OF_STOCK' ? 'out_of_stock' : 'rejected'
  return order.status === 'cancelled' ? 'cancelled' : 'awaiting_payment'
}
