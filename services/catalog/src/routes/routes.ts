import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { CatalogDeps } from '../domain/catalog.ts'
import { categoryRoutes } from './categories.ts'
import { productAdminRoutes } from './product-admin.ts'
import { productImageRoutes } from './product-image.ts'
import { productRoutes } from './products.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: CatalogDeps, ctx: { verifier: TokenVerifier }): void {
  productRoutes(app, deps.reads)
  productImageRoutes(app, deps.reads)
  categoryRoutes(app, deps.reads)
  productAdminRoutes(app, deps.writes, ctx.verifier)
}
