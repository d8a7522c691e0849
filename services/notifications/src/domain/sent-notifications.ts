import type { Db } from '@bazaar/kit'
import { listNotifications, type NotificationPage } from '../data/notifications.ts'

/**
 * What was sent to `userId`, newest first. Everyone lists only their own: a service or an admin
 * token lists what was sent to its own subject, which is nothing for a service.
 */
export function listSent(db: Db, userId: string, limit: number, before?: number): Promise<NotificationPage> {
  return listNotifications(db, userId, limit, before)
}
