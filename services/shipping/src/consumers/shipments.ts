import { OrderPaid, ShipmentDispatched } from '@bazaar/contracts'
import { defineConsumer, isEvent, readEvent } from '@bazaar/kit'
import type { ShippingDeps } from '../deps.ts'
import { dispatchShipment, openShipment } from '../domain/shipments.ts'

/** Paid orders get a shipment; dispatched ones a delivery. Idempotent: the kit's inbox and the shipment's conditions. */
export const shipments = defineConsumer<ShippingDeps>({
  name: 'shipping.shipments',
  events: [OrderPaid, ShipmentDispatched],
  handler: (deps) => async (tx, event) => {
    if (isEvent(event, OrderPaid)) {
      const paid = readEvent(OrderPaid, event)
      await openShipment(tx, deps.outbox, { orderId: paid.order_id, userId: paid.user_id })
    } else if (isEvent(event, ShipmentDispatched)) {
      const dispatched = readEvent(ShipmentDispatched, event)
      await dispatchShipment(tx, deps.outbox, { orderId: dispatched.order_id, userId: dispatched.user_id }, deps.deliveryDelayMs)
    }
  },
})
