import { Counter, type ServiceContext } from '@bazaar/kit'
import { placementOutcomes } from './domain/placement-outcome.ts'
import type { CancelReason } from './domain/order.ts'

type Registry = ServiceContext['metrics']

/** The reasons an order moves to `cancelled` for (paid_after_cancel only asks for a refund of one cancelled already). */
const cancelReasons = ['customer', 'admin', 'expired'] as const satisfies readonly CancelReason[]

/**
 * The business counters of orders on /metrics (docs/architecture.md#7-observability). Each counts a fact once, after the
 * transaction that made it true committed. The series of closed label sets start at 0, so a
 * rate over them exists before the first event. Without a registry (domain tests) they count
 * but nothing exposes them.
 */
export function ordersMetrics(registry?: Registry) {
  const registers = registry ? [registry] : []
  const placed = new Counter({
    name: 'orders_placed_total',
    help: 'Orders whose placement ended, by outcome: awaiting_payment (stock held), out_of_stock, rejected (another reason), cancelled (before stock was held).',
    labelNames: ['outcome'] as const,
    registers,
  })
  const paid = new Counter({ name: 'orders_paid_total', help: 'Orders paid.', registers })
  const revenue = new Counter({
    name: 'orders_revenue_total',
    help: 'Totals (goods, shipping and tax) of the orders paid, in major units of the currency (dollars for USD).',
    labelNames: ['currency'] as const,
    registers,
  })
  const cancelled = new Counter({
    name: 'orders_cancelled_total',
    help: 'Orders cancelled, by reason: customer, admin, expired (not paid in time).',
    labelNames: ['reason'] as const,
    registers,
  })
  for (const outcome of placementOutcomes) placed.inc({ outcome }, 0)
  for (const reason of cancelReasons) cancelled.inc({ reason }, 0)
  return { placed, paid, revenue, cancelled }
}

export type OrdersMetrics = ReturnType<typeof ordersMetrics>
