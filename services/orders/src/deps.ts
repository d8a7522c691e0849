import type { ServiceContext } from '@bazaar/kit'
import { cartClient } from './clients/cart.ts'
import { catalogClient } from './clients/catalog.ts'
import { inventoryClient } from './clients/inventory.ts'
import { shippingClient } from './clients/shipping.ts'
import type { config } from './config.ts'
import type { OrdersDeps } from './domain/ports.ts'
import { ordersMetrics } from './metrics.ts'
import { placementKeys } from './routes/placement-answer.ts'

export type OrdersContext = ServiceContext<typeof config, { db: true; bus: true }, 'cart' | 'catalog' | 'inventory' | 'shipping'>

/**
 * Built once per running service (its metrics can be registered only once). Clients are asked
 * for at the first call, when the upstreams are known to be listening.
 */
export function deps(ctx: OrdersContext): OrdersDeps {
  const config = ctx.config
  return {
    db: ctx.db,
    transaction: (work) => ctx.transaction(work),
    afterCommit: (tx, task) => ctx.afterCommit(tx, task),
    async publish(tx, event) {
      await ctx.outbox.add(tx, event)
    },
    catalog: catalogClient(() => ctx.client('catalog')),
    shipping: shippingClient(() => ctx.client('shipping')),
    cart: cartClient(() => ctx.client('cart')),
    inventory: inventoryClient(() => ctx.client('inventory')),
    keys: placementKeys,
    settings: {
      taxRatePercent: config.TAX_RATE_PERCENT,
      reservationTtlMs: config.RESERVATION_TTL_MS,
      pendingLeaseMs: config.PENDING_LEASE_MS,
      idempotencyKeyTtlMs: config.IDEMPOTENCY_KEY_TTL_MS,
      idempotencyWaitMs: config.IDEMPOTENCY_WAIT_MS,
      idempotencyPollMs: config.IDEMPOTENCY_POLL_MS,
      sweepIntervalMs: config.SWEEP_INTERVAL_MS,
    },
    metrics: ordersMetrics(ctx.metrics),
    log: ctx.log,
  }
}
