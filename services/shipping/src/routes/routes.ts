import type { ServiceApp } from '@bazaar/kit'
import type { ShippingContext } from '../context.ts'
import { quoteRoutes } from './quote.ts'
import { shipmentRoutes } from './shipments.ts'

export function routes(app: ServiceApp, ctx: ShippingContext): void {
  quoteRoutes(app, ctx)
  shipmentRoutes(app, ctx)
}
