import { startPoller, type Logger, type Poller, type Queryable } from '@bazaar/kit'
import { findOverdueHeld } from '../data/reservations.ts'
import type { InventoryDeps } from './inventory-deps.ts'
import { releaseReservation } from './settle.ts'

export interface SweeperOptions {
  db: Queryable
  deps: InventoryDeps
  /** How long past expires_at a held reservation is left for the orders saga to settle. */
  graceMs: number
  intervalMs: number
  log: Logger
  batchSize?: number
}

/**
 * The safety net behind the orders saga: a held reservation long past its expiry (its order
 * was lost or its cancellation never arrived) is released, so no stock leaks. Each release is
 * its own transaction and releases only what is still held, so replicas sweeping together,
 * or a cancellation arriving meanwhile, release nothing twice. Answers how many it released.
 */
async function releaseOverdue(options: SweeperOptions, signal: AbortSignal): Promise<number> {
  const batchSize = options.batchSize ?? 100
  let released = 0
  for (;;) {
    const overdue = await findOverdueHeld(options.db, options.graceMs, batchSize)
    for (const orderId of overdue) {
      if (signal.aborted) return released
      if ((await releaseReservation(options.deps, orderId)).settled) released++
    }
    if (overdue.length < batchSize) break
  }
  if (released > 0) options.log.info({ released }, 'overdue reservations released')
  return released
}

/** Sweeps every interval, the first one interval after the start. */
export function startReservationSweeper(options: SweeperOptions): Poller {
  return startPoller({ intervalMs: options.intervalMs, run: (signal) => releaseOverdue(options, signal), log: options.log, what: 'reservation sweep', runNow: false })
}
