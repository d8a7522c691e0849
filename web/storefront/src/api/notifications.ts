import { request } from './client.ts'
import type { paths } from './generated/notifications.ts'
import { queryString } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type NotificationPage = JsonBody<paths['/notifications']['get']>
export type Notification = NotificationPage['items'][number]

export const notificationsKey = ['notifications'] as const

export function listNotifications(cursor?: string, signal?: AbortSignal): Promise<NotificationPage> {
  return request(`/notifications${queryString({ cursor, limit: 20 })}`, { signal })
}
