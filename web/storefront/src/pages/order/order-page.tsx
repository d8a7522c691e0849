import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/api-error.ts'
import { getOrder, isFinal, orderKey } from '../../api/orders.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { usePageTitle } from '../../components/use-page-title.ts'
import { formatDateTime } from '../../format/dates.ts'
import { money } from '../../format/money.ts'
import { statusLabels } from '../../format/order-status.ts'
import { NotFoundPage } from '../not-found/not-found-page.tsx'
import { CancelOrder } from './cancel-order.tsx'
import { countryName } from '../../format/countries.ts'
import { ShipmentDetails } from './shipment-details.tsx'
import { StatusTimeline } from './status-timeline.tsx'
import './order.css'

/** How often an order on its way is read again: its status changes without the shopper. */
const pollMs = 1000

const cancelReasons: Record<string, string> = {
  customer: 'You cancelled this order.',
  admin: 'The shop cancelled this order.',
  expired: 'This order was cancelled: it was not paid in time.',
}

export function OrderPage() {
  const { orderId = '' } = useParams()
  const order = useQuery({
    queryKey: orderKey(orderId),
    queryFn: ({ signal }) => getOrder(orderId, signal),
    refetchInterval: (query) => (query.state.data === undefined || isFinal(query.state.data.status) ? false : pollMs),
  })
  usePageTitle(`Order ${orderId.slice(0, 8)}`)

  if (isApiError(order.error, 404)) return <NotFoundPage />
  if (order.data === undefined) {
    return <div className="page">{order.isError ? <ErrorNotice error={order.error} /> : <Loading label="Loading your order…" />}</div>
  }
  const data = order.data
  const address = data.shipping_address
  return (
    <div className="page order-page">
      <p><Link to="/orders">← All orders</Link></p>
      <div className="order-page__head">
        <div>
          <h1>Order #{data.order_id.slice(0, 8)}</h1>
          <p className="muted">Placed {formatDateTime(data.created_at)}</p>
        </div>
        <p className={`status-badge status-badge--${data.status}`} role="status" aria-live="polite">
          Status: {statusLabels[data.status]}
        </p>
      </div>
      <StatusTimeline order={data} />
      {data.status === 'awaiting_payment' && (
        <div className="notice notice--info order-page__pay">
          <p>This order waits for its payment until {formatDateTime(data.expires_at)}.</p>
          <Link className="button button--primary" to={`/checkout?order=${data.order_id}`}>Pay now</Link>
        </div>
      )}
      {data.cancel_reason !== null && <p className="notice notice--warning">{cancelReasons[data.cancel_reason] ?? 'This order was cancelled.'}</p>}
      <div className="order-page__grid">
        <section className="panel" aria-labelledby="items-title">
          <h2 id="items-title">Items</h2>
          <table className="table">
            <thead><tr><th scope="col">Product</th><th scope="col">Quantity</th><th scope="col">Price</th></tr></thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.product_id}>
                  <td><Link to={`/products/${item.product_id}`}>{item.name}</Link></td>
                  <td>{item.quantity}</td>
                  <td>{money(item.line_total, data.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="summary__rows">
            <div><dt>Subtotal</dt><dd>{money(data.subtotal, data.currency)}</dd></div>
            <div><dt>Shipping ({data.shipping_method})</dt><dd>{money(data.shipping, data.currency)}</dd></div>
            <div><dt>Tax</dt><dd>{money(data.tax, data.currency)}</dd></div>
            <div className="summary__total"><dt>Total</dt><dd>{money(data.total, data.currency)}</dd></div>
          </dl>
        </section>
        <div className="order-page__side">
          {address !== null && (
            <section className="panel" aria-labelledby="address-title">
              <h2 id="address-title">Shipping to</h2>
              <address>
                {address.name}<br />
                {address.line1}<br />
                {address.line2 ? <>{address.line2}<br /></> : null}
                {address.postal_code} {address.city}<br />
                {countryName(address.country)}
              </address>
            </section>
          )}
          {(data.status === 'shipped' || data.status === 'delivered') && <ShipmentDetails orderId={data.order_id} status={data.status} />}
          {(data.status === 'awaiting_payment' || data.status === 'paid') && <CancelOrder order={data} />}
        </div>
      </div>
    </div>
  )
}
