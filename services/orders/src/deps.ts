import { commitHooks } from '@bazaar/kit'
import { cartClient } from './clients/cart.ts'
import { catalogClient } from './clients/catalog.ts'
import { inventoryClient } from './clients/inventory.ts'
import { shippingClient } from './clients/shipping.ts'
import type { OrdersContext } from './context.ts'
import { crashAt } from './domain/crash-points.ts'
import type { OrdersDeps } from './domain/ports.ts'
import { ordersMetrics } from './metrics.ts'
import { responses } from './routes/responses.ts'

const built = new WeakMap<OrdersContext, OrdersDeps>()

/**
 * The domain's dependencies, made from the service context once per running service (its
 * metrics can be registered only once). Clients are asked for at the first call, when the
 * upstreams are known to be listening.
 */
export function depsOf(ctx: OrdersContext): OrdersDeps {
  const existing = built.get(ctx)
  if (existing) return existing
  const config = ctx.config
  const commits = commitHooks()
  const deps: OrdersDeps = {
    db: commits.wrapDb(ctx.db),
    transaction: commits.wrap((work) => ctx.transaction(work)),
    afterCommit: commits.afterCommit,
    async publish(tx, event) {
      await ctx.outbox.add(tx, event)
    },
    catalog: catalogClient(() => ctx.client('catalog')),
    shipping: shippingClient(() => ctx.client('shipping')),
    cart: cartClient(() => ctx.client('cart')),
    inventory: inventoryClient(() => ctx.client('inventory')),
    responses,
    settings: {
      taxRatePercent: config.TAX_RATE_PERCENT,
      reservationTtlMs: config.RESERVATION_TTL_MS,
      pendingLeaseMs: config.PENDING_LEASE_MS,
      idempotencyKeyTtlMs: config.IDEMPOTENCY_KEY_TTL_MS,
      idempotencyWaitMs: config.IDEMPOTENCY_WAIT_MS,
      idempotencyPollMs: config.IDEMPOTENCY_POLL_MS,
    },
    metrics: ordersMetrics(ctx.metrics),
    crash: crashAt(config.CRASH_AT),
    log: ctx.log,
  }
  built.set(ctx, deps)
  return deps
}
