import type { ServiceApp } from '@bazaar/kit'
import { catalogClient } from '../clients/catalog.ts'
import { inventoryClient } from '../clients/inventory.ts'
import type { CartContext } from '../context.ts'
import { cartStore } from '../data/cart-stores.ts'
import type { CartDeps } from '../domain/carts.ts'
import { cartRoutes } from './cart.ts'
import { serviceCartRoutes } from './carts.ts'

/**
 * Every route of the service. The upstream clients are asked for at each call, not now: a
 * platform started without catalog or inventory still serves carts, without their fields.
 */
export function routes(app: ServiceApp, ctx: CartContext): void {
  const deps: CartDeps = {
    store: cartStore(ctx),
    catalog: catalogClient(() => ctx.client('catalog')),
    inventory: inventoryClient(() => ctx.client('inventory')),
    maxLines: ctx.config.MAX_CART_LINES,
    log: ctx.log,
  }
  cartRoutes(app, deps, ctx.verifier)
  serviceCartRoutes(app, deps, ctx.verifier)
}
