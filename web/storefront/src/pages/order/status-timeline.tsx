import type { Order, OrderStatus } from '../../api/orders.ts'
import { formatDateTime } from '../../format/dates.ts'
import { statusLabels } from '../../format/order-status.ts'

/** The way an order travels when all goes well. */
const journey: readonly OrderStatus[] = ['awaiting_payment', 'paid', 'shipped', 'delivered']

const stepLabels: Partial<Record<OrderStatus, string>> = { awaiting_payment: 'Placed' }

/** When the order first reached a status, from its history. */
function reachedAt(order: Order, status: OrderStatus): string | undefined {
  return order.history.find((entry) => entry.status === status)?.at
}

/**
 * Where the order is on its way from payment to delivery. An order that stopped (cancelled,
 * rejected) ends its line where it stopped.
 */
export function StatusTimeline({ order }: { order: Order }) {
  const stopped = order.status === 'cancelled' || order.status === 'rejected'
  const reached = journey.filter((status) => reachedAt(order, status) !== undefined || status === order.status)
  const steps: OrderStatus[] = stopped ? [...reached, order.status] : [...journey]
  const currentIndex = steps.indexOf(order.status)

  return (
    <ol className="timeline" aria-label="Order progress">
      {steps.map((status, index) => {
        // Delivered is where the journey ends: reached, not still under way.
        const state = index < currentIndex || order.status === 'delivered' ? 'done' : index === currentIndex ? 'current' : 'upcoming'
        const at = reachedAt(order, status)
        return (
          <li key={status} className={`timeline__step timeline__step--${state} ${stopped && status === order.status ? 'timeline__step--stopped' : ''}`} aria-current={status === order.status ? 'step' : undefined}>
            <span className="timeline__dot" aria-hidden="true" />
            <span className="timeline__label">{stepLabels[status] ?? statusLabels[status]}</span>
            <span className="timeline__time">
              {at !== undefined ? formatDateTime(at) : state === 'upcoming' ? 'Not yet' : ''}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
