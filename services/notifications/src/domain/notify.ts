import { isInInbox, readEvent, recordInInbox, type Db, type EventEnvelope, type Logger, type Outbox, type Queryable } from '@bazaar/kit'
import { insertNotification } from '../data/notifications.ts'
import { notificationSent } from './events/notification-sent.ts'
import type { Transport } from './transport.ts'
import { channels, notificationId, type Message, type Recipient } from './notification.ts'
import type { Rendered, Template } from './templates/template.ts'
import { templateFor } from './templates/templates.ts'

export interface NotifyDeps {
  db: Db
  outbox: Outbox
  /** A transaction whose outbox events leave right after its commit. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  transport: Transport
  /** Undefined for a user that does not exist; throws when the lookup failed and may work later. */
  findRecipient(userId: string): Promise<Recipient | undefined>
  /** The consumer name, which keys the inbox with the event id. */
  consumer: string
  log: Logger
}

function messagesOf(event: EventEnvelope, template: Template, to: Recipient, rendered: Rendered): Message[] {
  return channels.map((channel) => ({
    notificationId: notificationId(event.id, channel),
    userId: to.userId,
    eventId: event.id,
    eventType: event.type,
    channel,
    template: template.contract.type,
    subject: channel === 'email' ? rendered.email.subject : null,
    text: channel === 'email' ? rendered.email.text : rendered.sms,
  }))
}

/**
 * Tells the user about an event by email and SMS, stores what was sent and publishes
 * NotificationSent for each. The user lookup and the sending happen outside any transaction
 * (never hold one across a call); a failure throws, so the bus delivers the event again.
 * Sending happens before storing: a crash in between sends the message twice, under the same
 * id, rather than never. Stored rows and events are made once. The kit's inbox transaction would
 * span the lookup and the sending, so the event is recorded in the inbox here instead.
 */
export async function notify(deps: NotifyDeps, event: EventEnvelope): Promise<void> {
  const template = templateFor(event.type)
  if (!template) return
  if (await isInInbox(deps.db, event.id, deps.consumer)) return
  const to = template.recipient ? template.recipient(event) : await deps.findRecipient(readEvent(template.contract, event).user_id)
  if (!to) {
    deps.log.warn({ event_id: event.id, event_type: event.type }, 'no such user; nobody to notify')
    await recordInInbox(deps.db, event.id, deps.consumer)
    return
  }
  const messages = messagesOf(event, template, to, template.render(event, to))
  for (const message of messages) await deps.transport.send({ ...message, to })
  await deps.transaction(async (tx) => {
    // A concurrent delivery that recorded the event first has stored and published it.
    if (!(await recordInInbox(tx, event.id, deps.consumer))) return
    for (const message of messages) {
      if (await insertNotification(tx, message)) await deps.outbox.add(tx, notificationSent(message))
    }
  })
}
