import type { Queryable } from '@bazaar/kit'
import type { Shipment, ShipmentStatus, TrackingEvent } from '../domain/shipment.ts'

type ShipmentRow = {
  shipment_id: string
  order_id: string
  user_id: string
  carrier: string
  tracking_number: string
  status: ShipmentStatus
  created_at: Date
}

const columns = 'shipment_id, order_id, user_id, carrier, tracking_number, status, created_at'

function toShipment(row: ShipmentRow): Shipment {
  return {
    shipmentId: row.shipment_id,
    orderId: row.order_id,
    userId: row.user_id,
    carrier: row.carrier,
    trackingNumber: row.tracking_number,
    status: row.status,
    createdAt: row.created_at,
  }
}

export type NewShipment = Pick<Shipment, 'shipmentId' | 'orderId' | 'userId' | 'carrier' | 'trackingNumber'>

/** Inserts the order's shipment unless it has one; answers undefined when it had. */
export async function insertShipment(db: Queryable, shipment: NewShipment): Promise<Shipment | undefined> {
  const rows = await db.query<ShipmentRow>(
    `insert into shipments (shipment_id, order_id, user_id, carrier, tracking_number, status)
     values ($1, $2, $3, $4, $5, 'created') on conflict (order_id) do nothing returning ${columns}`,
    [shipment.shipmentId, shipment.orderId, shipment.userId, shipment.carrier, shipment.trackingNumber],
  )
  return rows[0] && toShipment(rows[0])
}

export async function findShipmentByOrder(db: Queryable, orderId: string): Promise<Shipment | undefined> {
  const rows = await db.query<ShipmentRow>(`select ${columns} from shipments where order_id = $1`, [orderId])
  return rows[0] && toShipment(rows[0])
}

/**
 * Moves the shipment from `from` to `to`; answers undefined when it was not in `from`. The
 * condition makes the step happen once, whoever else tries it at the same time.
 */
export async function advanceShipment(db: Queryable, shipmentId: string, from: ShipmentStatus, to: ShipmentStatus): Promise<Shipment | undefined> {
  const rows = await db.query<ShipmentRow>(
    `update shipments set status = $3, updated_at = now() where shipment_id = $1 and status = $2 returning ${columns}`,
    [shipmentId, from, to],
  )
  return rows[0] && toShipment(rows[0])
}

export async function insertTrackingEvent(db: Queryable, shipmentId: string, status: ShipmentStatus, description: string): Promise<void> {
  await db.query(
    'insert into shipment_events (shipment_id, status, description) values ($1, $2, $3) on conflict do nothing',
    [shipmentId, status, description],
  )
}

export async function listTrackingEvents(db: Queryable, shipmentId: string): Promise<TrackingEvent[]> {
  return db.query<TrackingEvent>('select status, description, at from shipment_events where shipment_id = $1 order by at, status', [shipmentId])
}
