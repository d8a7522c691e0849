import { consume } from '@bazaar/kit'
import type { OrdersContext } from '../context.ts'
import type { OrdersDeps } from '../domain/ports.ts'
import { afterHandled } from './after-handled.ts'
import { handlePaymentEvent } from './payment-events.ts'
import { handleShipmentEvent } from './shipment-events.ts'

/**
 * The idempotent consumers (inbox: each event's effect once). Once a handler committed, the
 * outbox is kicked so the events it wrote (order.paid, ...) leave now rather than at the next
 * poll; CRASH_AT=after_paid_commit dies right there, before the acknowledgement.
 */
export async function startConsumers(ctx: OrdersContext, deps: OrdersDeps): Promise<void> {
  const paidBy = new Set<string>()
  const bus = afterHandled(ctx.bus, (event) => {
    if (paidBy.delete(event.id)) deps.crash('after_paid_commit')
  })
  await consume({
    // deps.db: a handler's facts are counted once its inbox transaction committed.
    db: deps.db,
    outbox: ctx.outbox,
    bus,
    service: ctx.name,
    consumer: 'orders.payments',
    types: ['payment.succeeded', 'payment.failed'],
    handle: (tx, event) => handlePaymentEvent(tx, deps, event, (eventId) => paidBy.add(eventId)),
  })
  await consume({
    db: deps.db,
    outbox: ctx.outbox,
    bus,
    service: ctx.name,
    consumer: 'orders.shipments',
    types: ['shipment.created', 'shipment.dispatched', 'shipment.delivered'],
    handle: (tx, event) => handleShipmentEvent(tx, deps, event),
  })
}
