export const shipmentStatuses = ['created', 'dispatched', 'delivered'] as const
export type ShipmentStatus = (typeof shipmentStatuses)[number]

export interface TrackingEvent {
  status: ShipmentStatus
  description: string
  at: Date
}

export interface Shipment {
  shipmentId: string
  orderId: string
  userId: string
  carrier: string
  trackingNumber: string
  status: ShipmentStatus
  createdAt: Date
}

export interface ShipmentWithEvents extends Shipment {
  events: TrackingEvent[]
}

/** What the tracking history says at each step. */
export const trackingDescriptions: Record<ShipmentStatus, string> = {
  created: 'Shipping label created',
  dispatched: 'Parcel handed to the carrier',
  delivered: 'Parcel delivered',
}
