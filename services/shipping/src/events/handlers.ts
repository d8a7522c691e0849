import { Type } from 'typebox'
import { readEvent, consume, type EventEnvelope, type Queryable } from '@bazaar/kit'
import { OrderPaidV1, ShipmentDispatchedV1 } from '@bazaar/contracts'
import type { ShippingContext } from '../context.ts'
import { dispatchShipment, openShipment } from '../domain/shipments.ts'

const OrderPaid = Type.Pick(OrderPaidV1, ['order_id', 'user_id'])
const ShipmentDispatched = Type.Pick(ShipmentDispatchedV1, ['order_id', 'user_id'])

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
    db: ctx.db,
    outbox: ctx.outbox,
    bus: ctx.bus,
    service: ctx.name,
    consumer: 'shipping.shipments',
    types: ['order.paid', 'shipment.dispatched'],
    handle: (tx, event) => handle(ctx, tx, event),
  })
}
