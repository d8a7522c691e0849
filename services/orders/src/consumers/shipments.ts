import { Type } from 'typebox'
import { readEvent, type EventEnvelope, type Queryable } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'
import { applyShipmentCreated, applyShipmentDelivered, applyShipmentDispatched } from '../domain/shipments.ts'

// Only the fields orders reads.
const OrderRef = Type.Object({ order_id: Type.String({ minLength: 1 }) })
const Tracked = Type.Object({ order_id: Type.String({ minLength: 1 }), tracking_number: Type.String({ minLength: 1 }) })

/** shipment.created (the tracking number), shipment.dispatched and shipment.delivered, in the consumer's inbox transaction. */
export async function handleShipmentEvent(tx: Queryable, deps: OrdersDeps, event: EventEnvelope): Promise<void> {
  if (event.type === 'shipment.dispatched') {
    await applyShipmentDispatched(tx, deps, readEvent(OrderRef, event).order_id)
    return
  }
  const data = readEvent(Tracked, event)
  if (event.type === 'shipment.created') await applyShipmentCreated(tx, data.order_id, data.tracking_number)
  else await applyShipmentDelivered(tx, deps, data.order_id, data.tracking_number)
}
