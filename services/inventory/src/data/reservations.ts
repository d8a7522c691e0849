import type { Queryable } from '@bazaar/kit'
import { normalizeLines, type Reservation, type ReservationLine, type ReservationStatus } from '../domain/reservation.ts'

type ReservationRow = { order_id: string; status: ReservationStatus; expires_at: Date }
type LineRow = { product_id: string; quantity: number }

/**
 * Records a held reservation; false when the order already has one. On PostgreSQL a concurrent
 * insert of the same order waits here until the first commits (then answers false) or rolls
 * back (then goes on): the key serialises repeats of one order.
 */
export async function insertReservation(tx: Queryable, orderId: string, expiresAt: Date): Promise<boolean> {
  const rows = await tx.query(
    `insert into reservations (order_id, status, expires_at) values ($1, 'held', $2)
     on conflict (order_id) do nothing returning order_id`,
    [orderId, expiresAt.toISOString()],
  )
  return rows.length > 0
}

export async function insertLines(tx: Queryable, orderId: string, lines: readonly ReservationLine[]): Promise<void> {
  await tx.query(
    'insert into reservation_lines (order_id, product_id, quantity) select $1, unnest($2::text[]), unnest($3::int[])',
    [orderId, lines.map((line) => line.productId), lines.map((line) => line.quantity)],
  )
}

async function linesOf(db: Queryable, orderId: string): Promise<ReservationLine[]> {
  const rows = await db.query<LineRow>('select product_id, quantity from reservation_lines where order_id = $1', [orderId])
  return normalizeLines(rows.map((row) => ({ productId: row.product_id, quantity: row.quantity })))
}

export async function findReservation(db: Queryable, orderId: string): Promise<Reservation | undefined> {
  const [row] = await db.query<ReservationRow>('select order_id, status, expires_at from reservations where order_id = $1', [orderId])
  if (!row) return undefined
  return { orderId: row.order_id, status: row.status, expiresAt: row.expires_at, lines: await linesOf(db, orderId) }
}

/**
 * Moves a held reservation to `status` and answers its lines; undefined when it is not held
 * (unknown, or settled already). The row lock this takes makes a concurrent settlement of the
 * same order wait, then find it no longer held: each reservation is settled once.
 */
export async function settleHeld(tx: Queryable, orderId: string, status: Exclude<ReservationStatus, 'held'>): Promise<ReservationLine[] | undefined> {
  const rows = await tx.query(
    `update reservations set status = $2, updated_at = now() where order_id = $1 and status = 'held' returning order_id`,
    [orderId, status],
  )
  return rows.length > 0 ? linesOf(tx, orderId) : undefined
}

export async function statusOf(db: Queryable, orderId: string): Promise<ReservationStatus | undefined> {
  const [row] = await db.query<{ status: ReservationStatus }>('select status from reservations where order_id = $1', [orderId])
  return row?.status
}

/** Held reservations more than `graceMs` past their expiry, oldest first. */
export async function findOverdueHeld(db: Queryable, graceMs: number, limit: number): Promise<string[]> {
  const rows = await db.query<{ order_id: string }>(
    `select order_id from reservations
     where status = 'held' and expires_at < now() - $1::float8 * interval '1 millisecond'
     order by expires_at limit $2::int`,
    [graceMs, limit],
  )
  return rows.map((row) => row.order_id)
}
