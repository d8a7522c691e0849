import { runInEventContext } from '@bazaar/kit'
import type { NotificationsContext } from '../context.ts'
import { notify, type NotifyDeps } from '../domain/notify.ts'

export const consumer = 'notifications.messages'

/** Every event a customer hears about, on one queue. */
export function consumeCustomerEvents(ctx: NotificationsContext, deps: Omit<NotifyDeps, 'consumer'>): Promise<void> {
  return ctx.bus.subscribe(
    consumer,
    ['order.*', 'payment.*', 'shipment.*', 'user.registered'],
    (event) => runInEventContext(ctx.name, event, () => notify({ ...deps, consumer }, event)),
    { maxAttempts: ctx.config.MAX_DELIVERY_ATTEMPTS },
  )
}
