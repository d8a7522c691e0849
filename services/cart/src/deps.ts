import { createRedisCache, type ServiceContext } from '@bazaar/kit'
import { catalogClient } from './clients/catalog.ts'
import { inventoryClient } from './clients/inventory.ts'
import type { config } from './config.ts'
import type { CartStore } from './data/cart-store.ts'
import { createRedisCartStore } from './data/redis-cart-store.ts'
import { createSqlCartStore } from './data/sql-cart-store.ts'
import type { CartDeps } from './domain/carts.ts'

export type CartContext = ServiceContext<typeof config, { db: true; bus: true }, 'catalog' | 'inventory'>

/**
 * Built once per running service. The upstream clients are asked for at each call, not now: a
 * platform started without catalog or inventory still serves carts, without their fields.
 */
export function deps(ctx: CartContext): CartDeps {
  return {
    store: cartStore(ctx),
    catalog: catalogClient(() => ctx.client('catalog')),
    inventory: inventoryClient(() => ctx.client('inventory')),
    maxLines: ctx.config.MAX_CART_LINES,
    log: ctx.log,
  }
}

/** Where carts are kept, as CART_STORE says; the routes and the consumer share it, so one Redis connection. */
function cartStore(ctx: CartContext): CartStore {
  const where = ctx.config.CART_STORE || (ctx.mode === 'distributed' ? 'redis' : 'sql')
  if (where === 'sql') return createSqlCartStore(ctx.db)
  // Carts cannot be read or changed without it: while it is down, /ready says so.
  const redis = createRedisCache(ctx.config.REDIS_URL, { namespace: `${ctx.config.REDIS_PREFIX}${ctx.name}`, log: ctx.log })
  ctx.readiness.add('redis', () => redis.ping())
  ctx.onClose(() => redis.close())
  return createRedisCartStore(redis)
}
