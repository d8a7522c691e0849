import { Type } from 'typebox'
import type { Logger } from 'pino'
import { OrderCancelledV1 } from '@bazaar/contracts'
import { readEvent, type EventEnvelope, type Queryable } from '@bazaar/kit'
import { settleReservation, type Settlement } from '../domain/settle.ts'
import type { Announce } from '../domain/stock-announcer.ts'

const Needed = Type.Pick(OrderCancelledV1, ['order_id'])

const settlementOf: Record<string, Settlement> = { 'order.paid': 'committed', 'order.cancelled': 'released' }

export const orderEventTypes = Object.keys(settlementOf)

/**
 * order.paid commits the order's reservation; order.cancelled releases it if it is still held.
 * A committed reservation stays committed when the order is cancelled later: the goods were
 * sold, and the refund path (payments) decides what happens to them, not a stock release.
 * A payment for a reservation already released cannot take stock again here; it is logged.
 * (Orders cancels an unpaid order at its expiry, before the sweeper's grace ends, so such a
 * payment is refunded as paid_after_cancel instead of arriving as order.paid.)
 */
export function onOrderSettled(announce: Announce, log?: Logger) {
  return async (tx: Queryable, event: EventEnvelope): Promise<void> => {
    const settlement = settlementOf[event.type]
    if (settlement === undefined) return
    const { order_id: orderId } = readEvent(Needed, event)
    const result = await settleReservation(tx, announce, orderId, settlement)
    if (result.settled || result.status === settlement) return
    const facts = { order_id: orderId, event_type: event.type, reservation_status: result.status ?? null }
    if (settlement === 'released' && result.status === 'committed') log?.info(facts, 'cancelled order was paid: its committed stock stays out')
    else log?.warn(facts, 'order event found no held reservation to settle')
  }
}
