import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { UsersDeps } from '../deps.ts'
import { accountRoutes } from './accounts.ts'
import { addressRoutes } from './addresses.ts'
import { jwksRoutes } from './jwks.ts'
import { registrationRoutes } from './registration.ts'
import { serviceTokenRoutes } from './service-tokens.ts'
import { sessionRoutes } from './sessions.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: UsersDeps, ctx: { verifier: TokenVerifier }): void {
  registrationRoutes(app, deps)
  sessionRoutes(app, deps)
  serviceTokenRoutes(app, deps)
  jwksRoutes(app, deps)
  accountRoutes(app, deps, ctx.verifier)
  addressRoutes(app, deps, ctx.verifier)
}
