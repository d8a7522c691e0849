import type { ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import { stockTotals } from './data/stock.ts'
import type { InventoryDeps } from './domain/inventory.ts'
import { stockAnnouncer } from './domain/stock-announcer.ts'
import { stockGauges } from './metrics.ts'

export type InventoryContext = ServiceContext<typeof config, { db: true; bus: true }>

/** Built once per running service, before the routes: the stock levels are on /metrics from the first scrape. */
export function deps(ctx: InventoryContext): InventoryDeps {
  stockGauges(ctx.metrics, () => stockTotals(ctx.db))
  return {
    db: ctx.db,
    transaction: (work) => ctx.transaction(work),
    announce: stockAnnouncer(ctx.outbox, ctx.config.LOW_STOCK_THRESHOLD),
    log: ctx.log,
    reservationGraceMs: ctx.config.RESERVATION_GRACE_MS,
    reservationSweepIntervalMs: ctx.config.RESERVATION_SWEEP_INTERVAL_MS,
  }
}
