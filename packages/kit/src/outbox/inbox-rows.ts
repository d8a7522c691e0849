import type { Queryable } from '../db/db.ts'

// The inbox table keys an event by its id and the consumer that handled it (docs/architecture.md#4-events-and-delivery-guarantees).

/**
 * Records that `consumer` handled the event; answers false when it already had (a redelivery,
 * or a concurrent delivery that committed first). In a transaction, a concurrent duplicate
 * waits on the row's key until the first commits or rolls back.
 */
export async function recordInInbox(db: Queryable, eventId: string, consumer: string): Promise<boolean> {
  const rows = await db.query(
    'insert into inbox (event_id, consumer) values ($1, $2) on conflict do nothing returning event_id',
    [eventId, consumer],
  )
  return rows.length > 0
}

/** Whether `consumer` has handled the event: a cheap check before work that cannot run in the transaction. */
export async function isInInbox(db: Queryable, eventId: string, consumer: string): Promise<boolean> {
  const rows = await db.query('select 1 from inbox where event_id = $1 and consumer = $2', [eventId, consumer])
  return rows.length > 0
}
