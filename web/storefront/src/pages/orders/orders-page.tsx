import { useInfiniteQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { listOrders, ordersKey, type Order } from '../../api/orders.ts'
import { useAuth } from '../../auth/auth-context.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { LoadMore } from '../../components/load-more.tsx'
import { Loading } from '../../components/loading.tsx'
import { usePageTitle } from '../../components/use-page-title.ts'
import { formatDate } from '../../format/dates.ts'
import { money } from '../../format/money.ts'
import { statusLabels } from '../../format/order-status.ts'
import './orders.css'

function unitsOf(order: Order): string {
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0)
  return `${units} ${units === 1 ? 'item' : 'items'}`
}

export function OrdersPage() {
  usePageTitle('Your orders')
  const { user } = useAuth()
  // An admin is answered every order unless the list names whose; a customer only ever their own.
  const userId = user?.user_id
  const orders = useInfiniteQuery({
    queryKey: [...ordersKey, 'mine', userId],
    queryFn: ({ pageParam, signal }) => listOrders({ cursor: pageParam, user_id: userId }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
  const items = orders.data?.pages.flatMap((page) => page.items)
  return (
    <div className="page page--narrow">
      <h1>Your orders</h1>
      {orders.isError && <ErrorNotice error={orders.error} />}
      {items === undefined && orders.isPending && <Loading label="Loading your orders…" />}
      {items !== undefined && items.length === 0 && (
        <div className="empty-state">
          <p>No orders yet.</p>
          <p><Link className="button button--primary" to="/">Start shopping</Link></p>
        </div>
      )}
      <ul className="order-list">
        {(items ?? []).map((order) => (
          <li key={order.order_id} className="order-row">
            <div>
              <Link to={`/orders/${order.order_id}`} className="order-row__id">Order #{order.order_id.slice(0, 8)}</Link>
              <span className="muted">{formatDate(order.created_at)} · {unitsOf(order)}</span>
            </div>
            <span className={`status-badge status-badge--${order.status}`}>{statusLabels[order.status]}</span>
            <span className="order-row__total">{money(order.total, order.currency)}</span>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoad={() => void orders.fetchNextPage()} label="Older orders" />
    </div>
  )
}
