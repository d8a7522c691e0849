import type { ServiceApp } from '@bazaar/kit'
import type { CatalogContext } from '../context.ts'
import { catalogDeps } from '../dependencies.ts'
import { categoryRoutes } from './categories.ts'
import { productAdminRoutes } from './product-admin.ts'
import { productImageRoutes } from './product-image.ts'
import { productRoutes } from './products.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, ctx: CatalogContext): void {
  const { reads, writes } = catalogDeps(ctx)
  productRoutes(app, reads)
  productImageRoutes(app, reads)
  categoryRoutes(app, reads)
  productAdminRoutes(app, writes, ctx.verifier)
}
