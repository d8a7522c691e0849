import type { NewEvent } from '@bazaar/kit'
import type { NotificationSentV1 } from '@bazaar/contracts'
import type { Message } from '../domain/notification.ts'

/** Never the body nor the address: they are personal data. */
export function notificationSent(message: Message): NewEvent<NotificationSentV1> {
  return {
    type: 'notification.sent',
    subject: message.userId,
    data: {
      notification_id: message.notificationId,
      user_id: message.userId,
      channel: message.channel,
      template: message.template,
      event_id: message.eventId,
    },
  }
}
