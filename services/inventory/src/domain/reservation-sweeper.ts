import type { Logger } from 'pino'
import type { Queryable } from '@bazaar/kit'
import { findOverdueHeld } from '../data/reservations.ts'
import type { InventoryDeps } from './inventory-deps.ts'
import { releaseReservation } from './settle.ts'

export interface SweeperOptions {
  db: Queryable
  deps: InventoryDeps
  /** How long past expires_at a held reservation is left for the orders saga to settle. */
  graceMs: number
  intervalMs: number
  log?: Logger | undefined
  batchSize?: number
}

export interface Sweeper {
  /** Releases what is overdue now; answers how many reservations it released. */
  sweep(): Promise<number>
  /** Stops the timer and waits for a sweep under way. */
  stop(): Promise<void>
}

/**
 * The safety net behind the orders saga: a held reservation long past its expiry (its order
 * was lost or its cancellation never arrived) is released, so no stock leaks. Each release is
 * its own transaction and releases only what is still held, so replicas sweeping together,
 * or a cancellation arriving meanwhile, release nothing twice.
 */
export function startReservationSweeper(options: SweeperOptions): Sweeper {
  const batchSize = options.batchSize ?? 100
  let running: Promise<number> | undefined
  let stopped = false

  async function sweepOnce(): Promise<number> {
    let released = 0
    for (;;) {
      const overdue = await findOverdueHeld(options.db, options.graceMs, batchSize)
      for (const orderId of overdue) {
        if (stopped) return released
        if ((await releaseReservation(options.deps, orderId)).settled) released++
      }
      if (overdue.length < batchSize) break
    }
    if (released > 0) options.log?.info({ released }, 'overdue reservations released')
    return released
  }

  function sweep(): Promise<number> {
    running ??= sweepOnce().finally(() => { running = undefined })
    return running
  }

  const timer = setInterval(() => {
    sweep().catch((error: unknown) => options.log?.error({ err: error }, 'reservation sweep failed; retrying next interval'))
  }, options.intervalMs)
  timer.unref()

  return {
    sweep,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running?.catch(() => undefined)
    },
  }
}
