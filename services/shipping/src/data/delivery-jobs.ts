import type { DueJobTable, Queryable } from '@bazaar/kit'

/** Delivery jobs as the due-jobs runner takes them: set done_at once the delivery is made. */
export const deliveryJobs: DueJobTable = { table: 'delivery_jobs', key: 'shipment_id', doneAt: 'done_at' }

/** Schedules the shipment's delivery `delayMs` from now; a second schedule keeps the first. */
export async function scheduleDelivery(db: Queryable, shipmentId: string, delayMs: number): Promise<void> {
  await db.query(
    `insert into delivery_jobs (shipment_id, due_at) values ($1, clock_timestamp() + $2::bigint * interval '1 millisecond')
     on conflict do nothing`,
    [shipmentId, delayMs],
  )
}
