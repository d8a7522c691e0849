import { Type, type Static } from 'typebox'
import { Id } from './common.ts'

const ShipmentFacts = {
  shipment_id: Id,
  order_id: Id,
  user_id: Id,
  tracking_number: Type.String(),
}

/** `shipment.created` v1 (shipping, on order.paid). */
export const ShipmentCreatedV1 = Type.Object({ ...ShipmentFacts, carrier: Type.String() })
export type ShipmentCreatedV1 = Static<typeof ShipmentCreatedV1>

/** `shipment.dispatched` v1 (dispatch, once picked and packed): the order is `shipped`. */
export const ShipmentDispatchedV1 = Type.Object({ order_id: Id, user_id: Id, dispatch_id: Id })
export type ShipmentDispatchedV1 = Static<typeof ShipmentDispatchedV1>

/** `shipment.delivered` v1 (shipping, DELIVERY_DELAY_MS after dispatch): the order is `delivered`. */
export const ShipmentDeliveredV1 = Type.Object(ShipmentFacts)
export type ShipmentDeliveredV1 = Static<typeof ShipmentDeliveredV1>
