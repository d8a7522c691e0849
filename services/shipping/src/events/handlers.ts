import { Type } from 'typebox'
import { readEvent, consume, type Db, type EventEnvelope, type Queryable } from '@bazaar/kit'
import { OrderPaidV1, ShipmentDispatchedV1 } from '@bazaar/contracts'
import type { ShippingContext } from '../context.ts'
import { dispatchShipment, openShipment } from '../domain/shipments.ts'

const OrderPaid = Type.Pick(OrderPaidV1, ['order_id', 'user_id'])
const ShipmentDispatched = Type.Pick(ShipmentDispatchedV1, ['order_id', 'user_id'])

/**
 * The service's Db, but its transactions are the context's: the outbox relay is kicked right
 * after each commit, so `shipment.created` leaves at once instead of at the relay's next poll.
 */
function kickingDb(ctx: ShippingContext): Db {
  return {
    query: (sql, params) => ctx.db.query(sql, params),
    transaction: (work) => ctx.transaction(work),
    ping: () => ctx.db.ping(),
    close: () => ctx.db.close(),
  }
}

async function handle(ctx: ShippingContext, tx: Queryable, event: EventEnvelope): Promise<void> {
  if (event.type === 'order.paid') {
    const paid = readEvent(OrderPaid, event)
    await openShipment(tx, ctx.outbox, { orderId: paid.order_id, userId: paid.user_id })
  } else if (event.type === 'shipment.dispatched') {
    const dispatched = readEvent(ShipmentDispatched, event)
    await dispatchShipment(tx, ctx.outbox, { orderId: dispatched.order_id, userId: dispatched.user_id }, ctx.config.DELIVERY_DELAY_MS)
  }
}

/** Paid orders get a shipment; dispatched ones a delivery. Idempotent: the kit's inbox and the shipment's conditions. */
export function consumeShipmentEvents(ctx: ShippingContext): Promise<void> {
  return consume({
    db: kickingDb(ctx),
    bus: ctx.bus,
    service: ctx.name,
    consumer: 'shipping.shipments',
    types: ['order.paid', 'shipment.dispatched'],
    handle: (tx, event) => handle(ctx, tx, event),
  })
}
