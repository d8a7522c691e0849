import { defineLegacyService } from '@bazaar/kit'
import { config } from './config.ts'
import { startHousekeeping } from './domain/housekeeping.ts'
import { ensureAccount } from './domain/seeded-accounts.ts'
import { routes } from './routes/routes.ts'

/** Accounts, credentials, roles and addresses; issues every token of the platform. */
export const service = defineLegacyService({
  name: 'users',
  description: 'Accounts, credentials, roles and addresses; issues access, refresh and service tokens.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    if (ctx.config.SERVICE_CLIENT_KEY === '') ctx.log.warn('SERVICE_CLIENT_KEY is empty: every client-credentials request is refused')
    if (ctx.config.ADMIN_PASSWORD === '') ctx.log.warn('ADMIN_PASSWORD is empty: no admin account is ensured')
    else await ensureAccount(ctx.db, { email: ctx.config.ADMIN_EMAIL, password: ctx.config.ADMIN_PASSWORD, name: 'Administrator', roles: ['customer', 'admin'] }, ctx.log)
    if (ctx.config.SEED_DEMO) await ensureAccount(ctx.db, { email: ctx.config.DEMO_EMAIL, password: ctx.config.DEMO_PASSWORD, name: 'Demo Shopper', roles: ['customer'] }, ctx.log)
    const housekeeping = startHousekeeping(ctx.db, ctx.config, ctx.log)
    ctx.onClose(() => housekeeping.stop())
  },
})
