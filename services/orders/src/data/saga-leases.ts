import type { Queryable } from '@bazaar/kit'

/**
 * Pending orders whose lease ran out (their request died, or failed on a call it could not
 * finish), taken for `leaseMs` by this caller. SKIP LOCKED and moving the lease in the same
 * statement keep two replicas off the same order; driving one twice would still be safe.
 */
export async function claimStalePending(db: Queryable, limit: number, leaseMs: number): Promise<string[]> {
  const rows = await db.query<{ order_id: string }>(
    `with due as (
       select order_id from orders where status = 'pending' and drive_after <= clock_timestamp()
       order by drive_after limit $1::int for update skip locked
     )
     update orders set drive_after = clock_timestamp() + $2::bigint * interval '1 millisecond'
     from due where orders.order_id = due.order_id
     returning orders.order_id`,
    [limit, leaseMs],
  )
  return rows.map((row) => row.order_id)
}

/** Takes one pending order whose lease ran out; answers whether this caller got it. */
export async function claimPending(db: Queryable, orderId: string, leaseMs: number): Promise<boolean> {
  const rows = await db.query(
    `update orders set drive_after = clock_timestamp() + $2::bigint * interval '1 millisecond'
     where order_id = $1 and status = 'pending' and drive_after <= clock_timestamp() returning order_id`,
    [orderId, leaseMs],
  )
  return rows.length > 0
}

/** Whether the order is pending and nobody drives it any more: its lease ran out. */
export async function leaseRanOut(db: Queryable, orderId: string): Promise<boolean> {
  const rows = await db.query(`select 1 from orders where order_id = $1 and status = 'pending' and drive_after <= clock_timestamp()`, [orderId])
  return rows.length > 0
}

/** Lets recovery or a retry take the pending order over now instead of when the lease ends. */
export async function releaseLease(db: Queryable, orderId: string): Promise<void> {
  await db.query(`update orders set drive_after = clock_timestamp() where order_id = $1 and status = 'pending'`, [orderId])
}

/** Orders awaiting payment past their expires_at, oldest first. */
export async function dueForExpiry(db: Queryable, limit: number): Promise<string[]> {
  const rows = await db.query<{ order_id: string }>(
    `select order_id from orders where status = 'awaiting_payment' and expires_at <= clock_timestamp() order by expires_at limit $1::int`,
    [limit],
  )
  return rows.map((row) => row.order_id)
}
