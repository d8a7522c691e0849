import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { InventoryDeps } from '../domain/inventory.ts'
import { reservationRoutes } from './reservations.ts'
import { stockRoutes } from './stock.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: InventoryDeps, ctx: { verifier: TokenVerifier }): void {
  stockRoutes(app, deps, ctx.verifier)
  reservationRoutes(app, deps, ctx.verifier)
}
