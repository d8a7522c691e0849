import { Type, type Static } from 'typebox'
import { authenticate, callerOf, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import type { NotificationsDeps } from '../deps.ts'
import { channels, type Notification } from '../domain/notification.ts'
import { listSent } from '../domain/sent-notifications.ts'

const closed = { additionalProperties: false } as const

const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'next_cursor of the previous page' })),
}, closed)

const NotificationView = Type.Object({
  notification_id: Type.String(),
  event_type: Type.String(),
  channel: Type.Enum(channels),
  subject: Type.Union([Type.String(), Type.Null()], { description: 'null for SMS' }),
  text: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
}, closed)

const NotificationPage = Type.Object({ items: Type.Array(NotificationView), next_cursor: Type.Union([Type.String(), Type.Null()]) }, closed)

function notificationView(notification: Notification): Static<typeof NotificationView> {
  return {
    notification_id: notification.notificationId,
    event_type: notification.eventType,
    channel: notification.channel,
    subject: notification.subject,
    text: notification.text,
    created_at: notification.createdAt.toISOString(),
  }
}

export function notificationRoutes(app: ServiceApp, deps: Pick<NotificationsDeps, 'db'>, verifier: TokenVerifier): void {
  app.get('/notifications', {
    onRequest: authenticate(verifier),
    schema: {
      summary: 'The caller\'s notifications, newest first',
      tags: ['notifications'],
      security: [{ bearer: [] }],
      querystring: ListQuery,
      response: { 200: NotificationPage },
    },
  }, async (request) => {
    const { limit, cursor } = request.query
    const page = await listSent(deps.db, callerOf(request).subject, limit, cursor === undefined ? undefined : Number(cursor))
    return { items: page.notifications.map(notificationView), next_cursor: page.next === undefined ? null : String(page.next) }
  })
}
