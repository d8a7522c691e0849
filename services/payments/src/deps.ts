import type { IdempotencyOptions, ServiceContext } from '@bazaar/kit'
import { ordersLookup } from './clients/orders.ts'
import type { config } from './config.ts'
import type { PayDeps } from './domain/pay.ts'
import { createProvider } from './domain/provider/provider.ts'
import type { RefundDeps } from './domain/refund.ts'
import type { SweepDeps } from './domain/sweeper.ts'
import { paymentsMetrics, type PaymentsMetrics } from './metrics.ts'

export type PaymentsContext = ServiceContext<typeof config, { db: true; bus: true }, 'orders'>

export interface PaymentsDeps extends PayDeps, RefundDeps, SweepDeps {
  metrics: PaymentsMetrics
  sweepIntervalMs: number
  /** How POST /payment keeps, waits on and replays Idempotency-Keys. */
  keys: IdempotencyOptions
}

/**
 * Built once per running service (its metrics can be registered only once). The database's
 * transactions, like `transaction`'s, run the tasks given to `afterCommit`, the refund
 * consumer's inbox transactions included.
 */
export function deps(ctx: PaymentsContext): PaymentsDeps {
  return {
    db: ctx.db,
    transaction: ctx.transaction,
    afterCommit: ctx.afterCommit,
    outbox: ctx.outbox,
    provider: createProvider({ db: ctx.db, latencyMs: ctx.config.PROVIDER_LATENCY_MS }),
    orders: ordersLookup(() => ctx.client('orders')),
    metrics: paymentsMetrics(ctx.metrics),
    keys: {
      db: ctx.db,
      leaseMs: ctx.config.IDEMPOTENCY_LEASE_MS,
      ttlMs: ctx.config.IDEMPOTENCY_KEY_TTL_MS,
      waitMs: ctx.config.IDEMPOTENCY_WAIT_MS,
      log: ctx.log,
    },
    stuckAfterMs: ctx.config.PAYMENT_STUCK_AFTER_MS,
    sweepIntervalMs: ctx.config.SWEEP_INTERVAL_MS,
    log: ctx.log,
  }
}
