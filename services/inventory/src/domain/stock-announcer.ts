import type { Outbox, Queryable } from '@bazaar/kit'
import { inventoryLow } from './events/inventory-low.ts'
import { inventoryUpdated } from './events/inventory-updated.ts'
import type { StockChange } from './stock-level.ts'

/** Writes the events a change of a product's numbers publishes, in the transaction that made it. */
export type Announce = (tx: Queryable, change: StockChange) => Promise<void>

/**
 * True when the sellable quantity has just gone under the threshold: from at or above it, or
 * from nothing (a product that starts low). Staying low, or a change of `reserved` only, is
 * not news, so one restock alert per fall.
 */
export function fellUnder(change: StockChange, threshold: number): boolean {
  return change.quantity < threshold && (change.previousQuantity === undefined || change.previousQuantity >= threshold)
}

export function stockAnnouncer(outbox: Outbox, lowStockThreshold: number): Announce {
  return async (tx, change) => {
    await outbox.add(tx, inventoryUpdated(change))
    if (fellUnder(change, lowStockThreshold)) await outbox.add(tx, inventoryLow(change, lowStockThreshold))
  }
}
