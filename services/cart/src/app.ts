import { consume, defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { cartStore } from './data/cart-stores.ts'
import { emptyOrderedCart } from './events/order-created.ts'
import { routes } from './routes/routes.ts'

/** One cart per user, kept in the service's database or in Redis; prices and stock are looked up when it is read. */
export const service = defineService({
  name: 'cart',
  description: 'Shopping carts: one per user, priced from the catalog and inventory at read time.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    await consume({ db: ctx.db, bus: ctx.bus, service: ctx.name, consumer: 'cart.empty-ordered-carts', types: ['order.created'], handle: emptyOrderedCart(cartStore(ctx)) })
  },
})
