import { UserRegistered } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { deps } from './deps.ts'
import { ensureSeededAccounts } from './domain/seeded-accounts.ts'
import { credentialSweep } from './jobs/credential-sweep.ts'
import { routes } from './routes/routes.ts'

/** Accounts, credentials, roles and addresses; issues every token of the platform. */
export const service = defineService({
  name: 'users',
  description: 'Accounts, credentials, roles and addresses; issues access, refresh and service tokens.',
  config,
  uses: { db: true, bus: true },
  publishes: [UserRegistered],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  start: (deps) => ensureSeededAccounts(deps),
  jobs: (deps) => [credentialSweep(deps)],
})
