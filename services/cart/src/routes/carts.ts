import { Type } from 'typebox'
import { authenticate, requireRole, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { cartLines, type CartDeps } from '../domain/carts.ts'
import { bearer, closed, RawCartView, rawCartView } from './schemas.ts'

const UserParams = Type.Object({ user_id: Type.String({ minLength: 1, maxLength: 64 }) }, closed)

/** Any user's raw lines, for the orders service placing an order from a cart: service tokens only. */
export function serviceCartRoutes(app: ServiceApp, deps: CartDeps, verifier: TokenVerifier): void {
  app.get('/carts/:user_id', {
    onRequest: [authenticate(verifier), requireRole('service')],
    schema: { summary: 'A user\'s cart lines (services)', tags: ['cart'], security: bearer, params: UserParams, response: { 200: RawCartView } },
  }, async (request) => rawCartView(request.params.user_id, await cartLines(deps, request.params.user_id)))
}
