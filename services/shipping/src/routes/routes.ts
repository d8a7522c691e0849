import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { ShippingDeps } from '../deps.ts'
import { quoteRoutes } from './quote.ts'
import { shipmentRoutes } from './shipments.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: ShippingDeps, ctx: { verifier: TokenVerifier }): void {
  quoteRoutes(app, deps.freeShippingOver)
  shipmentRoutes(app, deps.db, ctx.verifier)
}
