import { NotificationSent, type NotificationSentV1 } from '@bazaar/contracts'
import { newEvent, type NewEvent } from '@bazaar/kit'
import type { Message } from '../notification.ts'

/** Never the body nor the address: they are personal data. */
export function notificationSent(message: Message): NewEvent<NotificationSentV1> {
  return newEvent(NotificationSent, message.userId, {
    notification_id: message.notificationId,
    user_id: message.userId,
    channel: message.channel,
    template: message.template,
    event_id: message.eventId,
  })
}
