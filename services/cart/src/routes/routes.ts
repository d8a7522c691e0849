import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { CartDeps } from '../domain/carts.ts'
import { cartRoutes } from './cart.ts'
import { serviceCartRoutes } from './carts.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: CartDeps, ctx: { verifier: TokenVerifier }): void {
  cartRoutes(app, deps, ctx.verifier)
  serviceCartRoutes(app, deps, ctx.verifier)
}
