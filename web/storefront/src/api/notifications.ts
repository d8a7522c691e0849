import { request } from './client.ts'
import { queryString } from './http.ts'

export interface Notification {
  notification_id: string
  event_type: string
  channel: string
  /** Null for SMS. */
  subject: string | null
  text: string
  created_at: string
}

export interface NotificationPage {
  items: Notification[]
  next_cursor: string | null
}

export const notificationsKey = ['notifications'] as const

export function listNotifications(cursor?: string, signal?: AbortSignal): Promise<NotificationPage> {
  return request(`/notifications${queryString({ cursor, limit: 20 })}`, { signal })
}
