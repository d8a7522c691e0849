import type { NewEvent } from '@bazaar/kit'
import type { ShipmentCreatedV1, ShipmentDeliveredV1 } from '@bazaar/contracts'
import type { Shipment } from '../domain/shipment.ts'

export function shipmentCreated(shipment: Shipment): NewEvent<ShipmentCreatedV1> {
  return {
    type: 'shipment.created',
    subject: shipment.orderId,
    data: {
      shipment_id: shipment.shipmentId,
      order_id: shipment.orderId,
      user_id: shipment.userId,
      tracking_number: shipment.trackingNumber,
      carrier: shipment.carrier,
    },
  }
}

export function shipmentDelivered(shipment: Shipment): NewEvent<ShipmentDeliveredV1> {
  return {
    type: 'shipment.delivered',
    subject: shipment.orderId,
    data: {
      shipment_id: shipment.shipmentId,
      order_id: shipment.orderId,
      user_id: shipment.userId,
      tracking_number: shipment.trackingNumber,
    },
  }
}
