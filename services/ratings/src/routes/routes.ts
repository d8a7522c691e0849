import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { RatingDeps } from '../domain/ratings.ts'
import { ratingRoutes } from './ratings.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: RatingDeps, ctx: { verifier: TokenVerifier }): void {
  ratingRoutes(app, deps, ctx.verifier)
}
