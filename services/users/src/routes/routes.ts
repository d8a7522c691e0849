import type { ServiceApp } from '@bazaar/kit'
import type { UsersContext } from '../context.ts'
import { createAccessTokens } from '../domain/access-tokens.ts'
import { ensureSigningKey } from '../domain/signing-key.ts'
import { accountRoutes } from './accounts.ts'
import { addressRoutes } from './addresses.ts'
import { jwksRoutes } from './jwks.ts'
import { registrationRoutes } from './registration.ts'
import { serviceTokenRoutes } from './service-tokens.ts'
import { sessionRoutes } from './sessions.ts'

/** Every route of the service. The signing key is read (or made) first: tokens need it from the first request. */
export async function routes(app: ServiceApp, ctx: UsersContext): Promise<void> {
  const tokens = createAccessTokens(await ensureSigningKey(ctx.db), ctx.config.ACCESS_TOKEN_TTL_SECONDS)
  registrationRoutes(app, ctx)
  sessionRoutes(app, ctx, tokens)
  serviceTokenRoutes(app, ctx, tokens)
  jwksRoutes(app, ctx)
  accountRoutes(app, ctx)
  addressRoutes(app, ctx)
}
