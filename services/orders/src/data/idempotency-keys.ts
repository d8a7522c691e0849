import type { Queryable } from '@bazaar/kit'
import type { StoredResponse } from '../domain/ports.ts'

export interface KeyRecord {
  fingerprint: string
  orderId: string
  /** Set once the request's outcome is known; undefined while it is in progress. */
  response: StoredResponse | undefined
  /** In progress, but nobody drives its order any more: its lease ran out. */
  abandoned: boolean
}

type KeyRow = {
  fingerprint: string
  order_id: string
  status: 'in_progress' | 'done'
  response_status: number | null
  response_type: string | null
  response_body: string | null
  abandoned: boolean | null
}

/** The live (unexpired) record of a caller's key. */
export async function findKey(db: Queryable, userId: string, key: string): Promise<KeyRecord | undefined> {
  const rows = await db.query<KeyRow>(
    `select k.fingerprint, k.order_id, k.status, k.response_status, k.response_type, k.response_body,
       o.status = 'pending' and o.drive_after <= clock_timestamp() as abandoned
     from idempotency_keys k left join orders o on o.order_id = k.order_id
     where k.user_id = $1 and k.key = $2 and k.expires_at > clock_timestamp()`,
    [userId, key],
  )
  const row = rows[0]
  if (!row) return undefined
  const done = row.status === 'done' && row.response_status !== null && row.response_type !== null && row.response_body !== null
  return {
    fingerprint: row.fingerprint,
    orderId: row.order_id,
    response: done ? { status: row.response_status as number, contentType: row.response_type as string, body: row.response_body as string } : undefined,
    abandoned: row.abandoned === true,
  }
}

export interface NewKey {
  userId: string
  key: string
  fingerprint: string
  orderId: string
  ttlMs: number
}

/**
 * Records the key as in progress for `orderId`, unless a live record holds it (answers false);
 * an expired record is taken over. A concurrent insert of the same key waits for the first
 * transaction, then finds its row.
 */
export async function insertKey(tx: Queryable, key: NewKey): Promise<boolean> {
  const rows = await tx.query(
    `insert into idempotency_keys (user_id, key, fingerprint, status, order_id, expires_at)
     values ($1, $2, $3, 'in_progress', $4, clock_timestamp() + $5::bigint * interval '1 millisecond')
     on conflict (user_id, key) do update
       set fingerprint = excluded.fingerprint, status = 'in_progress', order_id = excluded.order_id, response_status = null,
           response_type = null, response_body = null, created_at = now(), expires_at = excluded.expires_at
       where idempotency_keys.expires_at <= clock_timestamp()
     returning key`,
    [key.userId, key.key, key.fingerprint, key.orderId, key.ttlMs],
  )
  return rows.length > 0
}

/** Stores the outcome for the key of `orderId`, if it has one still in progress. */
export async function completeKey(tx: Queryable, orderId: string, response: StoredResponse): Promise<void> {
  await tx.query(
    `update idempotency_keys set status = 'done', response_status = $2, response_type = $3, response_body = $4
     where order_id = $1 and status = 'in_progress'`,
    [orderId, response.status, response.contentType, response.body],
  )
}

/** Forgets expired keys; answers how many. */
export async function deleteExpiredKeys(db: Queryable): Promise<number> {
  const rows = await db.query('delete from idempotency_keys where expires_at <= clock_timestamp() returning key', [])
  return rows.length
}
