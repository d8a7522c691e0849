import { scrapedGauge, sharedWhileRunning, type ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import { stockTotals } from './data/stock.ts'
import type { InventoryDeps } from './domain/inventory.ts'
import { stockAnnouncer } from './domain/stock-announcer.ts'
import type { StockTotals } from './domain/stock-level.ts'

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

/**
 * Stock levels on /metrics (DESIGN 7), read from the database when it is scraped: aggregates
 * only, never a series per product. One query serves the three gauges of a scrape.
 */
function stockGauges(registry: InventoryContext['metrics'], read: () => Promise<StockTotals>): void {
  const totals = sharedWhileRunning(read)
  const gauge = (name: string, help: string, value: (current: StockTotals) => number): void => {
    scrapedGauge(registry, { name, help: `${help} Every replica reports the same figure.` }, async (metric) => metric.set(value(await totals())))
  }
  gauge('inventory_sellable_units', 'Units that can be sold now, summed over every product.', (current) => current.sellable)
  gauge('inventory_reserved_units', 'Units held for orders awaiting payment, summed over every product.', (current) => current.reserved)
  gauge('inventory_out_of_stock_products', 'Products with nothing left to sell now (every unit sold or held).', (current) => current.outOfStock)
}
