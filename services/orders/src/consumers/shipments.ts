import { ShipmentCreated, ShipmentDelivered, ShipmentDispatched } from '@bazaar/contracts'
import { defineConsumer, isEvent, readEvent } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'
import { applyShipmentCreated, applyShipmentDelivered, applyShipmentDispatched } from '../domain/shipments.ts'

/** shipment.created (the tracking number), shipment.dispatched and shipment.delivered, in the consumer's inbox transaction. */
export const shipments = defineConsumer<OrdersDeps>({
  name: 'orders.shipments',
  events: [ShipmentCreated, ShipmentDispatched, ShipmentDelivered],
  handler: (deps) => async (tx, event) => {
    if (isEvent(event, ShipmentCreated)) {
      const created = readEvent(ShipmentCreated, event)
      await applyShipmentCreated(tx, created.order_id, created.tracking_number)
    } else if (isEvent(event, ShipmentDispatched)) {
      await applyShipmentDispatched(tx, deps, readEvent(ShipmentDispatched, event).order_id)
    } else {
      const delivered = readEvent(ShipmentDelivered, event)
      await applyShipmentDelivered(tx, deps, delivered.order_id, delivered.tracking_number)
    }
  },
})
