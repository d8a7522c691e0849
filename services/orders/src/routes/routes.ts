import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'
import { changeStatusRoutes } from './change-status.ts'
import { placeOrderRoutes } from './place-order.ts'
import { readOrderRoutes } from './read-orders.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: OrdersDeps, ctx: { verifier: TokenVerifier }): void {
  placeOrderRoutes(app, deps, ctx.verifier)
  readOrderRoutes(app, deps, ctx.verifier)
  changeStatusRoutes(app, deps, ctx.verifier)
}
