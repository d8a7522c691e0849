import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { PaymentsDeps } from '../deps.ts'
import { paymentRoutes } from './payments.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: PaymentsDeps, ctx: { verifier: TokenVerifier }): void {
  paymentRoutes(app, deps, ctx.verifier)
}
