import { defineLegacyService } from '@bazaar/kit'
import { config } from './config.ts'
import { stockTotals } from './data/stock.ts'
import { inventoryDeps } from './domain/inventory-deps.ts'
import { startReservationSweeper } from './domain/reservation-sweeper.ts'
import { startConsumers } from './events/consumers.ts'
import { inventoryMetrics } from './metrics.ts'
import { routes } from './routes/routes.ts'

/** Stock levels and reservations; the one place that decides whether an order's goods exist. */
export const service = defineLegacyService({
  name: 'inventory',
  description: 'Stock levels and reservations: all-or-nothing holds for orders, never negative stock.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes(app, ctx) {
    // Registered with the routes, so the stock levels are on /metrics from the first scrape.
    inventoryMetrics(ctx.metrics, () => stockTotals(ctx.db))
    routes(app, ctx, inventoryDeps(ctx))
  },
  async start(ctx) {
    const deps = inventoryDeps(ctx)
    await startConsumers(ctx, deps)
    const sweeper = startReservationSweeper({
      db: ctx.db,
      deps,
      graceMs: ctx.config.RESERVATION_GRACE_MS,
      intervalMs: ctx.config.RESERVATION_SWEEP_INTERVAL_MS,
      log: ctx.log,
    })
    ctx.onClose(() => sweeper.stop())
  },
})
