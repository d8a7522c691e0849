import type { Queryable } from '@bazaar/kit'
import type { InventoryContext } from '../context.ts'
import { stockAnnouncer, type Announce } from './stock-announcer.ts'

/** What the inventory rules need: a transaction whose outbox events go out right after commit, and the announcer. */
export interface InventoryDeps {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  announce: Announce
}

export function inventoryDeps(ctx: InventoryContext): InventoryDeps {
  return {
    transaction: (work) => ctx.transaction(work),
    announce: stockAnnouncer(ctx.outbox, ctx.config.LOW_STOCK_THRESHOLD),
  }
}
