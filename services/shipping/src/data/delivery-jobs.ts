import type { Queryable } from '@bazaar/kit'

/** Schedules the shipment's delivery `delayMs` from now; a second schedule keeps the first. */
export async function scheduleDelivery(db: Queryable, shipmentId: string, delayMs: number): Promise<void> {
  await db.query(
    `insert into delivery_jobs (shipment_id, due_at) values ($1, clock_timestamp() + $2::bigint * interval '1 millisecond')
     on conflict do nothing`,
    [shipmentId, delayMs],
  )
}

/** Shipments whose delivery fell due and has not been made, oldest first. */
export async function dueDeliveries(db: Queryable, limit: number): Promise<string[]> {
  const rows = await db.query<{ shipment_id: string }>(
    `select shipment_id from delivery_jobs where done_at is null and due_at <= clock_timestamp() order by due_at limit $1::int`,
    [limit],
  )
  return rows.map((row) => row.shipment_id)
}

/**
 * Marks the delivery made; answers false when it already was. Replicas polling one database
 * may pick the same job: the condition lets one of them through.
 */
export async function completeDelivery(db: Queryable, shipmentId: string): Promise<boolean> {
  const rows = await db.query('update delivery_jobs set done_at = clock_timestamp() where shipment_id = $1 and done_at is null returning shipment_id', [shipmentId])
  return rows.length > 0
}
