import { NotificationSent } from '@bazaar/contracts'
import { defineService } from '@bazaar/kit'
import { config } from './config.ts'
import { customerMessages } from './consumers/customer-messages.ts'
import { deps } from './deps.ts'
import { routes } from './routes/routes.ts'

/** Tells customers about their account, orders, payments and shipments; keeps what it sent. */
export const service = defineService({
  name: 'notifications',
  description: 'Tells customers about their orders, payments and shipments by email and SMS; lists what it sent them.',
  config,
  uses: { db: true, bus: true },
  calls: ['users'],
  publishes: [NotificationSent],
  migrations: new URL('../migrations/', import.meta.url),
  deps,
  routes,
  consumers: [customerMessages],
})
