import { ShipmentDispatched } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { orders } from './consumers/orders.ts'
import { deps } from './deps.ts'
import { dispatches } from './jobs/dispatches.ts'

/** A pure worker: paid orders leave the warehouse DISPATCH_DELAY_MS later. Health, readiness and metrics only. */
export const service = defineService({
  name: 'dispatch',
  description: 'Dispatches paid orders (simulated warehouse); serves health, readiness and metrics only.',
  config,
  uses: { db: true, bus: true },
  publishes: [ShipmentDispatched],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  consumers: [orders],
  jobs: (deps) => [dispatches(deps, deps.dispatchPollIntervalMs)],
})
