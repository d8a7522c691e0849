import { PaymentFailed, PaymentRefunded, PaymentSucceeded } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { refunds } from './consumers/refunds.ts'
import { deps } from './deps.ts'
import { sweep } from './domain/sweeper.ts'
import { sweeper } from './jobs/sweeper.ts'
import { routes } from './routes/routes.ts'

/** Charges and refunds through the simulated provider; keeps a token, the brand and last4 only. */
export const service = defineService({
  name: 'payments',
  description: 'Charges orders through the simulated card provider and refunds cancelled ones; never keeps card numbers or CVVs.',
  config,
  uses: { db: true, bus: true },
  calls: ['orders'],
  publishes: [PaymentSucceeded, PaymentFailed, PaymentRefunded],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  // Before taking events: payments a crash left processing are settled first.
  start: (deps) => sweep(deps),
  consumers: [refunds],
  jobs: (deps) => [sweeper(deps, deps.sweepIntervalMs)],
})
