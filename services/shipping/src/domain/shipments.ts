import { randomUUID } from 'node:crypto'
import { AppError, ensureOwner, type Outbox, type Principal, type Queryable } from '@bazaar/kit'
import { advanceShipment, findShipmentByOrder, insertShipment, insertTrackingEvent, listTrackingEvents } from '../data/shipments.ts'
import { scheduleDelivery } from '../data/delivery-jobs.ts'
import { shipmentCreated } from './events/shipment-events.ts'
import { trackingDescriptions, type Shipment, type ShipmentWithEvents } from './shipment.ts'
import { carrier, newTrackingNumber } from './tracking-number.ts'

export interface PaidOrder {
  orderId: string
  userId: string
}

/**
 * The order's shipment, made (and announced with `shipment.created`) if it has none yet.
 * Both `order.paid` and `shipment.dispatched` may come first, so either makes it.
 */
export async function openShipment(tx: Queryable, outbox: Outbox, order: PaidOrder): Promise<Shipment> {
  const created = await insertShipment(tx, {
    shipmentId: randomUUID(),
    orderId: order.orderId,
    userId: order.userId,
    carrier,
    trackingNumber: newTrackingNumber(),
  })
  if (!created) {
    const existing = await findShipmentByOrder(tx, order.orderId)
    if (!existing) throw new Error(`shipment of order ${order.orderId} vanished`)
    return existing
  }
  await insertTrackingEvent(tx, created.shipmentId, 'created', trackingDescriptions.created)
  await outbox.add(tx, shipmentCreated(created))
  return created
}

/** The parcel left the warehouse: the carrier delivers it `deliveryDelayMs` later. A repeat changes nothing. */
export async function dispatchShipment(tx: Queryable, outbox: Outbox, order: PaidOrder, deliveryDelayMs: number): Promise<void> {
  const shipment = await openShipment(tx, outbox, order)
  const dispatched = await advanceShipment(tx, shipment.shipmentId, 'created', 'dispatched')
  if (!dispatched) return
  await insertTrackingEvent(tx, shipment.shipmentId, 'dispatched', trackingDescriptions.dispatched)
  await scheduleDelivery(tx, shipment.shipmentId, deliveryDelayMs)
}

/** The order's shipment with its history, for its owner, an admin or a service; others get 404. */
export async function readShipment(db: Queryable, principal: Principal | undefined, orderId: string): Promise<ShipmentWithEvents> {
  const shipment = await findShipmentByOrder(db, orderId)
  if (!shipment) throw new AppError('NOT_FOUND', 'Shipment not found')
  ensureOwner(principal, shipment.userId)
  return { ...shipment, events: await listTrackingEvents(db, shipment.shipmentId) }
}
