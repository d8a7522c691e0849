import { commitHooks, type ConfigOf, type ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import { ordersLookup } from './domain/orders.ts'
import type { PayDeps } from './domain/pay.ts'
import { createProvider } from './domain/provider/provider.ts'
import type { RefundDeps } from './domain/refund.ts'
import { paymentsMetrics } from './metrics.ts'

/** The kit's service context, typed with this service's own settings. */
export type PaymentsContext = ServiceContext<typeof config>
export type PaymentsSettings = ConfigOf<typeof config>

export type PaymentsDeps = PayDeps & RefundDeps

const built = new WeakMap<PaymentsContext, PaymentsDeps>()

/**
 * What the payment rules are given, drawn from the context once per running service (its
 * metrics can be registered only once). The database's transactions, like `transaction`'s, run
 * the tasks given to `afterCommit`: the refund consumer opens its own there.
 */
export function paymentDeps(ctx: PaymentsContext): PaymentsDeps {
  const existing = built.get(ctx)
  if (existing) return existing
  const commits = commitHooks()
  const deps: PaymentsDeps = {
    db: commits.wrapDb(ctx.db),
    transaction: commits.wrap((work) => ctx.transaction(work)),
    afterCommit: commits.afterCommit,
    outbox: ctx.outbox,
    provider: createProvider({ db: ctx.db, latencyMs: ctx.config.PROVIDER_LATENCY_MS }),
    orders: ordersLookup(() => ctx.client('orders')),
    metrics: paymentsMetrics(ctx.metrics),
    log: ctx.log,
  }
  built.set(ctx, deps)
  return deps
}
