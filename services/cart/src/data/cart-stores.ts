import { createRedisCache } from '@bazaar/kit'
import type { CartContext } from '../context.ts'
import type { CartStore } from './cart-store.ts'
import { createRedisCartStore } from './redis-cart-store.ts'
import { createSqlCartStore } from './sql-cart-store.ts'

// The routes and the order.created consumer share one store, so one Redis connection.
const stores = new WeakMap<CartContext, CartStore>()

function open(ctx: CartContext): CartStore {
  const where = ctx.config.CART_STORE || (ctx.mode === 'distributed' ? 'redis' : 'sql')
  if (where === 'sql') return createSqlCartStore(ctx.db)
  // Carts cannot be read or changed without it: while it is down, /ready says so.
  const redis = createRedisCache(ctx.config.REDIS_URL, { namespace: `${ctx.config.REDIS_PREFIX}${ctx.name}`, log: ctx.log })
  ctx.readiness.add('redis', () => redis.ping())
  ctx.onClose(() => redis.close())
  return createRedisCartStore(redis)
}

/** The running service's cart store, as CART_STORE says. */
export function cartStore(ctx: CartContext): CartStore {
  const store = stores.get(ctx) ?? open(ctx)
  stores.set(ctx, store)
  return store
}
