import { scrapedGauge, sharedWhileRunning, type ServiceContext } from '@bazaar/kit'
import type { StockTotals } from './domain/stock-level.ts'

/**
 * Stock levels on /metrics (docs/architecture.md#7-observability), read from the database when it is scraped: aggregates
 * only, never a series per product. One query serves the three gauges of a scrape.
 */
export function stockGauges(registry: ServiceContext['metrics'], read: () => Promise<StockTotals>): void {
  const totals = sharedWhileRunning(read)
  const gauge = (name: string, help: string, value: (current: StockTotals) => number): void => {
    scrapedGauge(registry, { name, help: `${help} Every replica reports the same figure.` }, async (metric) => metric.set(value(await totals())))
  }
  gauge('inventory_sellable_units', 'Units that can be sold now, summed over every product.', (current) => current.sellable)
  gauge('inventory_reserved_units', 'Units held for orders awaiting payment, summed over every product.', (current) => current.reserved)
  gauge('inventory_out_of_stock_products', 'Products with nothing left to sell now (every unit sold or held).', (current) => current.outOfStock)
}
