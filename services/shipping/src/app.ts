import { ShipmentCreated, ShipmentDelivered } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { shipments } from './consumers/shipments.ts'
import { deps } from './deps.ts'
import { deliveries } from './jobs/deliveries.ts'
import { routes } from './routes/routes.ts'

/** Shipping quotes, and the shipment of every paid order from label to delivery. */
export const service = defineService({
  name: 'shipping',
  description: 'Shipping quotes; shipments and their tracking, from paid order to delivery by the simulated carrier.',
  config,
  uses: { db: true, bus: true },
  publishes: [ShipmentCreated, ShipmentDelivered],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  consumers: [shipments],
  jobs: (deps) => [deliveries(deps, deps.deliveryPollIntervalMs)],
})
