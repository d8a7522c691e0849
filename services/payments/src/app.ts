import { defineLegacyService } from '@bazaar/kit'
import { config } from './config.ts'
import { paymentDeps } from './context.ts'
import { startSweeper } from './domain/sweeper.ts'
import { consumeOrderCancelled } from './events/order-cancelled.ts'
import { routes } from './routes/routes.ts'

/** Charges and refunds through the simulated provider; keeps a token, the brand and last4 only. */
export const service = defineLegacyService({
  name: 'payments',
  description: 'Charges orders through the simulated card provider and refunds cancelled ones; never keeps card numbers or CVVs.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    const deps = paymentDeps(ctx)
    // Before taking events: payments a crash left processing are settled first.
    const sweeper = await startSweeper(deps, {
      stuckAfterMs: ctx.config.PAYMENT_STUCK_AFTER_MS,
      intervalMs: ctx.config.SWEEP_INTERVAL_MS,
      log: ctx.log,
    })
    ctx.onClose(() => sweeper.stop())
    await consumeOrderCancelled(ctx, deps)
  },
})
