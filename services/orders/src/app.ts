import { defineLegacyService, deleteExpiredKeys, startPoller } from '@bazaar/kit'
import { config } from './config.ts'
import { depsOf } from './deps.ts'
import { runTasks } from './domain/background.ts'
import { expireUnpaid } from './domain/expiry-sweeper.ts'
import { recoverPending } from './domain/recovery.ts'
import { startConsumers } from './events/consumers.ts'
import { routes } from './routes/routes.ts'

/** Orders and the checkout saga: pending -> stock reserved -> awaiting payment -> paid -> shipped -> delivered. */
export const service = defineLegacyService({
  name: 'orders',
  description: 'Orders and the checkout saga: prices, shipping and tax, stock reservations, payment and shipment events.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    const deps = depsOf(ctx)
    await startConsumers(ctx, deps)
    // Recovery runs at once (sagas a crash left pending), then with the sweeps on every interval.
    const tasks = [
      { name: 'recovery', run: () => recoverPending(deps) },
      { name: 'expiry', run: () => expireUnpaid(deps) },
      { name: 'idempotency-keys', run: () => deleteExpiredKeys(ctx.db) },
    ]
    const sweeps = startPoller({ intervalMs: ctx.config.SWEEP_INTERVAL_MS, run: (signal) => runTasks(tasks, ctx.log, signal), log: ctx.log, what: 'sweeps' })
    ctx.onClose(() => sweeps.stop())
  },
})
