import type { ServiceApp } from '@bazaar/kit'
import type { InventoryContext } from '../context.ts'
import type { InventoryDeps } from '../domain/inventory-deps.ts'
import { reservationRoutes } from './reservations.ts'
import { stockRoutes } from './stock.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, ctx: InventoryContext, deps: InventoryDeps): void {
  stockRoutes(app, ctx, deps)
  reservationRoutes(app, ctx, deps)
}
