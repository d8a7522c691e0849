import { OrderCancelled, OrderPaid } from '@bazaar/contracts'
import { defineConsumer, isEvent, readEvent, type EventEnvelope } from '@bazaar/kit'
import type { InventoryDeps } from '../domain/inventory.ts'
import { settleReservation, type Settlement } from '../domain/settle.ts'

function settlementOf(event: EventEnvelope): { orderId: string; settlement: Settlement } {
  if (isEvent(event, OrderPaid)) return { orderId: readEvent(OrderPaid, event).order_id, settlement: 'committed' }
  return { orderId: readEvent(OrderCancelled, event).order_id, settlement: 'released' }
}

/**
 * A paid order commits its reservation; a cancelled one releases it if it is still held.
 * A committed reservation stays committed when the order is cancelled later: the goods were
 * sold, and the refund path (payments) decides what happens to them, not a stock release.
 * A payment for a reservation already released cannot take stock again here; it is logged.
 * (Orders cancels an unpaid order at its expiry, before the sweeper's grace ends, so such a
 * payment is refunded as paid_after_cancel instead of arriving as a paid order.)
 */
export const settleOrderReservations = defineConsumer<InventoryDeps>({
  name: 'inventory.orders',
  events: [OrderPaid, OrderCancelled],
  handler: (deps) => async (tx, event) => {
    const { orderId, settlement } = settlementOf(event)
    const result = await settleReservation(tx, deps.announce, orderId, settlement)
    if (result.settled || result.status === settlement) return
    const facts = { order_id: orderId, event_type: event.type, reservation_status: result.status ?? null }
    if (settlement === 'released' && result.status === 'committed') deps.log.info(facts, 'cancelled order was paid: its committed stock stays out')
    else deps.log.warn(facts, 'order event found no held reservation to settle')
  },
})
