import type { Logger, Queryable } from '@bazaar/kit'
import type { Announce } from './stock-announcer.ts'

/** What a change of stock needs: a transaction whose outbox events go out right after commit, and the announcer. */
export interface StockWriter {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  announce: Announce
}

/** What the routes, the consumers and the reservation sweeper are given. */
export interface InventoryDeps extends StockWriter {
  /** Reads outside a transaction. */
  db: Queryable
  log: Logger
  /** How long past its expiry a held reservation is left for the orders saga to settle. */
  reservationGraceMs: number
  reservationSweepIntervalMs: number
}
