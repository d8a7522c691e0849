import { Type } from 'typebox'
import { Value } from 'typebox/value'
import type { EventEnvelope, Queryable } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'
import { applyShipmentCreated, applyShipmentDelivered, applyShipmentDispatched } from '../domain/shipments.ts'

// Only the fields orders reads.
const OrderRef = Type.Object({ order_id: Type.String({ minLength: 1 }) })
const Tracked = Type.Object({ order_id: Type.String({ minLength: 1 }), tracking_number: Type.String({ minLength: 1 }) })

/** shipment.created (the tracking number), shipment.dispatched and shipment.delivered, in the consumer's inbox transaction. */
export async function handleShipmentEvent(tx: Queryable, deps: OrdersDeps, event: EventEnvelope): Promise<void> {
  const data = event.data
  if (event.type === 'shipment.dispatched') {
    if (!Value.Check(OrderRef, data)) throw new Error(`${event.type} ${event.id} has no order_id`)
    await applyShipmentDispatched(tx, deps, data.order_id)
    return
  }
  if (!Value.Check(Tracked, data)) throw new Error(`${event.type} ${event.id} lacks order_id or tracking_number`)
  if (event.type === 'shipment.created') await applyShipmentCreated(tx, data.order_id, data.tracking_number)
  else await applyShipmentDelivered(tx, deps, data.order_id, data.tracking_number)
}
