import { useInfiniteQuery } from '@tanstack/react-query'
import { listNotifications, notificationsKey } from '../../api/notifications.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { LoadMore } from '../../components/load-more.tsx'
import { Loading } from '../../components/loading.tsx'
import { usePageTitle } from '../../components/use-page-title.ts'
import { formatDateTime } from '../../format/dates.ts'
import './notifications.css'

/** New messages arrive as orders move; the list looks again this often while open. */
const pollMs = 5000

export function NotificationsPage() {
  usePageTitle('Notifications')
  const notifications = useInfiniteQuery({
    queryKey: notificationsKey,
    queryFn: ({ pageParam, signal }) => listNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    refetchInterval: pollMs,
  })
  const items = notifications.data?.pages.flatMap((page) => page.items)
  return (
    <div className="page page--narrow">
      <h1>Notifications</h1>
      <p className="muted">What we told you about your account, orders, payments and deliveries.</p>
      {notifications.isError && <ErrorNotice error={notifications.error} />}
      {items === undefined && notifications.isPending && <Loading label="Loading notifications…" />}
      {items !== undefined && items.length === 0 && <p className="empty-state">Nothing yet.</p>}
      <ul className="notification-list">
        {(items ?? []).map((notification) => (
          <li key={notification.notification_id} className="notification">
            <span className="notification__channel">{notification.channel}</span>
            <div>
              {notification.subject !== null && <p className="notification__subject">{notification.subject}</p>}
              <p>{notification.text}</p>
              <p className="muted"><time dateTime={notification.created_at}>{formatDateTime(notification.created_at)}</time></p>
            </div>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={notifications.hasNextPage} loading={notifications.isFetchingNextPage} onLoad={() => void notifications.fetchNextPage()} label="Older notifications" />
    </div>
  )
}
