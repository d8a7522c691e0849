import { defineLegacyService, startPoller } from '@bazaar/kit'
import { config } from './config.ts'
import { deliverDue } from './domain/deliveries.ts'
import { consumeShipmentEvents } from './events/handlers.ts'
import { routes } from './routes/routes.ts'

/** Shipping quotes, and the shipment of every paid order from label to delivery. */
export const service = defineLegacyService({
  name: 'shipping',
  description: 'Shipping quotes; shipments and their tracking, from paid order to delivery by the simulated carrier.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    await consumeShipmentEvents(ctx)
    const poller = startPoller({ intervalMs: ctx.config.DELIVERY_POLL_INTERVAL_MS, run: (signal) => deliverDue(ctx, signal), log: ctx.log, what: 'delivering due shipments' })
    ctx.onClose(() => poller.stop())
  },
})
