import type { Db, Logger, Outbox, ServiceContext } from '@bazaar/kit'
import type { Topology } from '@bazaar/topology'
import type { config, UsersSettings } from './config.ts'
import { createAccessTokens, type AccessTokens } from './domain/access-tokens.ts'
import { signingKeyOnce, type SigningKey } from './domain/signing-key.ts'

export type UsersContext = ServiceContext<typeof config, { db: true; bus: true }, never>

/** What the routes, the start and the jobs work with: each domain function takes the part it needs. */
export interface UsersDeps {
  db: Db
  outbox: Outbox
  /** The services of the platform, the clients of the client-credentials grant. */
  topology: Topology
  signingKey: () => Promise<SigningKey>
  tokens: AccessTokens
  settings: UsersSettings
  log: Logger
}

export function deps(ctx: UsersContext): UsersDeps {
  if (ctx.config.SERVICE_CLIENT_KEY === '') ctx.log.warn('SERVICE_CLIENT_KEY is empty: every client-credentials request is refused')
  const signingKey = signingKeyOnce(ctx.db)
  return {
    db: ctx.db,
    outbox: ctx.outbox,
    topology: ctx.topology,
    signingKey,
    tokens: createAccessTokens(signingKey, ctx.config.ACCESS_TOKEN_TTL_SECONDS),
    settings: ctx.config,
    log: ctx.log,
  }
}
