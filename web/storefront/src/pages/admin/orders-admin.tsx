import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { listOrders, orderStatuses, ordersKey, setOrderStatus, transitions, type Order, type OrderStatus } from '../../api/orders.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { LoadMore } from '../../components/load-more.tsx'
import { Loading } from '../../components/loading.tsx'
import { usePageTitle } from '../../components/use-page-title.ts'
import { formatDateTime } from '../../format/dates.ts'
import { money } from '../../format/money.ts'
import { statusLabels } from '../../format/order-status.ts'

function OrderActions({ order }: { order: Order }) {
  const queryClient = useQueryClient()
  const change = useMutation({
    mutationFn: (status: OrderStatus) => setOrderStatus(order.order_id, status),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ordersKey }),
  })
  const moves = transitions[order.status]
  if (moves.length === 0) return <span className="muted">None</span>
  return (
    <div className="order-actions">
      {moves.map((move) => (
        <button
          key={move.to}
          type="button"
          className={`button button--small ${move.to === 'cancelled' || move.to === 'rejected' ? 'button--danger-ghost' : ''}`}
          disabled={change.isPending}
          onClick={() => change.mutate(move.to)}
        >
          {move.action}<span className="visually-hidden"> order {order.order_id.slice(0, 8)}</span>
        </button>
      ))}
      {change.isError && <ErrorNotice error={change.error} />}
    </div>
  )
}

export function OrdersAdmin() {
  usePageTitle('Admin: orders')
  const [status, setStatus] = useState<OrderStatus | ''>('')
  const orders = useInfiniteQuery({
    queryKey: [...ordersKey, 'admin', status],
    queryFn: ({ pageParam, signal }) => listOrders({ status: status || undefined, cursor: pageParam, limit: 25 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    refetchInterval: 10_000,
  })
  const items = orders.data?.pages.flatMap((page) => page.items)
  return (
    <section aria-labelledby="orders-title">
      <div className="admin__toolbar">
        <h2 id="orders-title">Orders</h2>
        <label className="sort-select">
          <span>Status</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as OrderStatus | '')}>
            <option value="">All</option>
            {orderStatuses.map((candidate) => <option key={candidate} value={candidate}>{statusLabels[candidate]}</option>)}
          </select>
        </label>
      </div>
      {orders.isError && <ErrorNotice error={orders.error} />}
      {items === undefined && <Loading label="Loading orders…" />}
      {items !== undefined && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Customer</th><th scope="col">Total</th><th scope="col">Status</th><th scope="col">Actions</th></tr>
            </thead>
            <tbody>
              {items.map((order) => (
                <tr key={order.order_id}>
                  <td><Link to={`/orders/${order.order_id}`}>#{order.order_id.slice(0, 8)}</Link></td>
                  <td>{formatDateTime(order.created_at)}</td>
                  <td><code>{order.user_id.slice(0, 8)}</code></td>
                  <td>{money(order.total, order.currency)}</td>
                  <td><span className={`status-badge status-badge--${order.status}`}>{statusLabels[order.status]}</span></td>
                  <td><OrderActions order={order} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items?.length === 0 && <p className="empty-state">No orders{status === '' ? '' : ` ${statusLabels[status].toLowerCase()}`}.</p>}
      <LoadMore hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoad={() => void orders.fetchNextPage()} label="Older orders" />
    </section>
  )
}
