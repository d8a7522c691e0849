import type { ConfigOf, ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import { ordersLookup } from './domain/orders.ts'
import type { PayDeps } from './domain/pay.ts'
import { createProvider } from './domain/provider/provider.ts'

/** The kit's service context, typed with this service's own settings. */
export type PaymentsContext = ServiceContext<typeof config>
export type PaymentsSettings = ConfigOf<typeof config>

/** What the payment rules are given, drawn from the context. */
export function paymentDeps(ctx: PaymentsContext): PayDeps {
  return {
    db: ctx.db,
    transaction: (work) => ctx.transaction(work),
    outbox: ctx.outbox,
    provider: createProvider({ db: ctx.db, latencyMs: ctx.config.PROVIDER_LATENCY_MS }),
    orders: ordersLookup(() => ctx.client('orders')),
    log: ctx.log,
  }
}
