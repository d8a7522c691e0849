import type { ServiceContext } from '@bazaar/kit'
import { createTransport } from './clients/create-transport.ts'
import { usersDirectory } from './clients/users.ts'
import type { config } from './config.ts'
import type { NotifyDeps } from './domain/notify.ts'

export type NotificationsContext = ServiceContext<typeof config, { db: true; bus: true }, 'users'>

export interface NotificationsDeps extends Omit<NotifyDeps, 'consumer'> {
  /** Deliveries of one event (a failing user lookup is retried) before it is dead-lettered. */
  maxDeliveryAttempts: number
}

export function deps(ctx: NotificationsContext): NotificationsDeps {
  const transport = createTransport({ smtpUrl: ctx.config.SMTP_URL, from: ctx.config.SMTP_FROM, log: ctx.log })
  ctx.onClose(() => transport.close())
  return {
    db: ctx.db,
    outbox: ctx.outbox,
    transaction: (work) => ctx.transaction(work),
    transport,
    findRecipient: usersDirectory(() => ctx.client('users')),
    maxDeliveryAttempts: ctx.config.MAX_DELIVERY_ATTEMPTS,
    log: ctx.log,
  }
}
