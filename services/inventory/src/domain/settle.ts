import type { Queryable } from '@bazaar/kit'
import { settleHeld, statusOf } from '../data/reservations.ts'
import { settleReserved } from '../data/stock.ts'
import type { StockWriter } from './inventory.ts'
import type { ReservationStatus } from './reservation.ts'
import type { Announce } from './stock-announcer.ts'

export type Settlement = Exclude<ReservationStatus, 'held'>

export interface SettleResult {
  /** True when this call settled a held reservation; false when there was nothing to do. */
  settled: boolean
  /** The reservation's status now; undefined when the order has none. */
  status: ReservationStatus | undefined
}

/**
 * Settles a held reservation once: `committed` takes its units out of `reserved` for good (the
 * order is paid), `released` gives them back to `quantity`. Anything not held (unknown, already
 * committed or released) is left as it is, which makes every caller idempotent.
 */
export async function settleReservation(tx: Queryable, announce: Announce, orderId: string, settlement: Settlement): Promise<SettleResult> {
  const lines = await settleHeld(tx, orderId, settlement)
  if (!lines) return { settled: false, status: await statusOf(tx, orderId) }
  const restock = settlement === 'released'
  for (const line of lines) {
    const after = await settleReserved(tx, line.productId, line.quantity, restock)
    if (!after) throw new Error(`reservation ${orderId} holds product ${line.productId}, which has no stock row`)
    await announce(tx, { ...after, previousQuantity: restock ? after.quantity - line.quantity : after.quantity })
  }
  return { settled: true, status: settlement }
}

/** Gives a held reservation's stock back, in its own transaction. */
export function releaseReservation(deps: StockWriter, orderId: string): Promise<SettleResult> {
  return deps.transaction((tx) => settleReservation(tx, deps.announce, orderId, 'released'))
}
