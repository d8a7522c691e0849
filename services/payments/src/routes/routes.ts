import type { ServiceApp } from '@bazaar/kit'
import { paymentDeps, type PaymentsContext } from '../context.ts'
import { paymentRoutes } from './payments.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, ctx: PaymentsContext): void {
  paymentRoutes(app, ctx, paymentDeps(ctx))
}
