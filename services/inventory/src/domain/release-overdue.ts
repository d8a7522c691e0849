import { findOverdueHeld } from '../data/reservations.ts'
import type { InventoryDeps } from './inventory.ts'
import { releaseReservation } from './settle.ts'

/**
 * The safety net behind the orders saga: a held reservation long past its expiry (its order
 * was lost or its cancellation never arrived) is released, so no stock leaks. Each release is
 * its own transaction and releases only what is still held, so replicas sweeping together,
 * or a cancellation arriving meanwhile, release nothing twice. Answers how many it released.
 */
export async function releaseOverdue(deps: InventoryDeps, signal: AbortSignal, batchSize = 100): Promise<number> {
  let released = 0
  for (;;) {
    const overdue = await findOverdueHeld(deps.db, deps.reservationGraceMs, batchSize)
    for (const orderId of overdue) {
      if (signal.aborted) return released
      if ((await releaseReservation(deps, orderId)).settled) released++
    }
    if (overdue.length < batchSize) break
  }
  if (released > 0) deps.log.info({ released }, 'overdue reservations released')
  return released
}
