import type { Queryable } from '@bazaar/kit'
import type { HistoryEntry, OrderStatus } from '../domain/order.ts'

type HistoryRow = { order_id: string; status: OrderStatus; note: string | null; at: Date }

export async function insertHistory(tx: Queryable, orderId: string, status: OrderStatus, note: string | null): Promise<void> {
  await tx.query('insert into order_history (order_id, status, note) values ($1, $2, $3)', [orderId, status, note])
}

/** Each order's history, oldest first. */
export async function historyOf(db: Queryable, orderIds: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
  const rows = await db.query<HistoryRow>(
    'select order_id, status, note, at from order_history where order_id = any($1::text[]) order by order_id, seq',
    [orderIds],
  )
  const byOrder = new Map<string, HistoryEntry[]>()
  for (const row of rows) {
    const entries = byOrder.get(row.order_id) ?? []
    entries.push({ status: row.status, note: row.note, at: row.at })
    byOrder.set(row.order_id, entries)
  }
  return byOrder
}
