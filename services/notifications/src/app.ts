import { defineLegacyService } from '@bazaar/kit'
import { usersDirectory } from './clients/users.ts'
import { config } from './config.ts'
import { consumeCustomerEvents } from './events/handlers.ts'
import { routes } from './routes/notifications.ts'
import { createTransport } from './transport/create-transport.ts'

/** Tells customers about their account, orders, payments and shipments; keeps what it sent. */
export const service = defineLegacyService({
  name: 'notifications',
  description: 'Tells customers about their orders, payments and shipments by email and SMS; lists what it sent them.',
  config,
  uses: { db: true, bus: true },
  migrations: new URL('../migrations/', import.meta.url),
  routes,
  async start(ctx) {
    const transport = createTransport({ smtpUrl: ctx.config.SMTP_URL, from: ctx.config.SMTP_FROM, log: ctx.log })
    ctx.onClose(() => transport.close())
    await consumeCustomerEvents(ctx, {
      db: ctx.db,
      outbox: ctx.outbox,
      transaction: (work) => ctx.transaction(work),
      transport,
      findRecipient: usersDirectory(ctx.client('users')),
      log: ctx.log,
    })
  },
})
