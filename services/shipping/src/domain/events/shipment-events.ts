import { newEvent } from '@bazaar/kit'
import { ShipmentCreated, ShipmentDelivered } from '@bazaar/contracts'
import type { Shipment } from '../shipment.ts'

export function shipmentCreated(shipment: Shipment) {
  return newEvent(ShipmentCreated, shipment.orderId, {
    shipment_id: shipment.shipmentId,
    order_id: shipment.orderId,
    user_id: shipment.userId,
    tracking_number: shipment.trackingNumber,
    carrier: shipment.carrier,
  })
}

export function shipmentDelivered(shipment: Shipment) {
  return newEvent(ShipmentDelivered, shipment.orderId, {
    shipment_id: shipment.shipmentId,
    order_id: shipment.orderId,
    user_id: shipment.userId,
    tracking_number: shipment.trackingNumber,
  })
}
