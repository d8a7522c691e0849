import { defineLegacyService, startPoller } from '@bazaar/kit'
import { config } from './config.ts'
import { dispatchDue } from './domain/dispatches.ts'
import { consumePaidOrders } from './events/handlers.ts'

/** A pure worker: paid orders leave the warehouse DISPATCH_DELAY_MS later. Health, readiness and metrics only. */
export const service = defineLegacyService({
  name: 'dispatch',
  description: 'Dispatches paid orders (simulated warehouse); serves health, readiness and metrics only.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes() {},
  async start(ctx) {
    await consumePaidOrders(ctx)
    const poller = startPoller({ intervalMs: ctx.config.DISPATCH_POLL_INTERVAL_MS, run: (signal) => dispatchDue(ctx, signal), log: ctx.log, what: 'dispatching due orders' })
    ctx.onClose(() => poller.stop())
  },
})
