import type { Queryable } from '@bazaar/kit'

// The kit's inbox table: the consumer here records events itself, because it must call the
// users service outside any transaction (kit `consume` runs its handler inside one).

export async function isHandled(db: Queryable, eventId: string, consumer: string): Promise<boolean> {
  const rows = await db.query('select 1 from inbox where event_id = $1 and consumer = $2', [eventId, consumer])
  return rows.length > 0
}

/** Records the event as handled; answers false when it already was (a concurrent delivery won). */
export async function markHandled(db: Queryable, eventId: string, consumer: string): Promise<boolean> {
  const rows = await db.query(
    'insert into inbox (event_id, consumer) values ($1, $2) on conflict do nothing returning event_id',
    [eventId, consumer],
  )
  return rows.length > 0
}
