import type { Queryable } from '@bazaar/kit'
import type { Channel, Message, Notification } from '../domain/notification.ts'

type NotificationRow = {
  notification_id: string
  event_type: string
  channel: Channel
  subject: string | null
  text: string
  created_at: Date
  seq: number
}

/** Stores a sent message; answers false when this event's message on this channel is stored already. */
export async function insertNotification(db: Queryable, message: Message): Promise<boolean> {
  const rows = await db.query(
    `insert into notifications (notification_id, user_id, event_id, event_type, channel, subject, text)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing returning notification_id`,
    [message.notificationId, message.userId, message.eventId, message.eventType, message.channel, message.subject, message.text],
  )
  return rows.length > 0
}

export interface NotificationPage {
  notifications: Notification[]
  /** Where the next page starts; undefined on the last page. */
  next: number | undefined
}

/** A user's notifications, newest first, `limit` at a time, from before position `before` (exclusive). */
export async function listNotifications(db: Queryable, userId: string, limit: number, before?: number): Promise<NotificationPage> {
  const rows = await db.query<NotificationRow>(
    `select notification_id, event_type, channel, subject, text, created_at, seq from notifications
     where user_id = $1 and ($2::bigint is null or seq < $2::bigint) order by seq desc limit $3::int`,
    [userId, before ?? null, limit + 1],
  )
  const page = rows.slice(0, limit)
  return {
    notifications: page.map((row) => ({
      notificationId: row.notification_id,
      eventType: row.event_type,
      channel: row.channel,
      subject: row.subject,
      text: row.text,
      createdAt: row.created_at,
    })),
    next: rows.length > limit ? page.at(-1)?.seq : undefined,
  }
}
