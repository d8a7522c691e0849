import { InventoryLow, InventoryUpdated } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { settleOrderReservations } from './consumers/settle-order-reservations.ts'
import { stockNewProducts } from './consumers/stock-new-products.ts'
import { deps } from './deps.ts'
import { reservationSweeper } from './jobs/reservation-sweeper.ts'
import { routes } from './routes/routes.ts'

/** Stock levels and reservations; the one place that decides whether an order's goods exist. */
export const service = defineService({
  name: 'inventory',
  description: 'Stock levels and reservations: all-or-nothing holds for orders, never negative stock.',
  config,
  uses: { db: true, bus: true },
  publishes: [InventoryUpdated, InventoryLow],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  consumers: [stockNewProducts, settleOrderReservations],
  jobs: (deps) => [reservationSweeper(deps)],
})
