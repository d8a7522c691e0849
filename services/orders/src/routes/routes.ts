import type { ServiceApp } from '@bazaar/kit'
import type { OrdersContext } from '../context.ts'
import { depsOf } from '../deps.ts'
import { changeStatusRoutes } from './change-status.ts'
import { placeOrderRoutes } from './place-order.ts'
import { readOrderRoutes } from './read-orders.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, ctx: OrdersContext): void {
  const deps = depsOf(ctx)
  placeOrderRoutes(app, ctx, deps)
  readOrderRoutes(app, ctx)
  changeStatusRoutes(app, ctx, deps)
}
