import { Type, type Static } from 'typebox'
import { Id } from './common.ts'

/** `notification.sent` v1: never the message body (it may hold personal data). */
export const NotificationSentV1 = Type.Object({
  notification_id: Id,
  user_id: Id,
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
  template: Type.String(),
  event_id: Id,
})
export type NotificationSentV1 = Static<typeof NotificationSentV1>
