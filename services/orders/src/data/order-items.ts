import type { Queryable } from '@bazaar/kit'
import type { OrderLine } from '../domain/order.ts'

type ItemRow = { order_id: string; product_id: string; name: string; quantity: number; unit_price: number; line_total: number }

export async function insertItems(tx: Queryable, orderId: string, lines: readonly OrderLine[]): Promise<void> {
  for (const line of lines) {
    await tx.query(
      'insert into order_items (order_id, product_id, name, quantity, unit_price, line_total) values ($1, $2, $3, $4, $5, $6)',
      [orderId, line.productId, line.name, line.quantity, line.unitPrice, line.lineTotal],
    )
  }
}

/** The items of each order, by product id. */
export async function itemsOf(db: Queryable, orderIds: readonly string[]): Promise<Map<string, OrderLine[]>> {
  const rows = await db.query<ItemRow>(
    'select order_id, product_id, name, quantity, unit_price, line_total from order_items where order_id = any($1::text[]) order by order_id, product_id',
    [orderIds],
  )
  const byOrder = new Map<string, OrderLine[]>()
  for (const row of rows) {
    const lines = byOrder.get(row.order_id) ?? []
    lines.push({ productId: row.product_id, name: row.name, quantity: row.quantity, unitPrice: row.unit_price, lineTotal: row.line_total })
    byOrder.set(row.order_id, lines)
  }
  return byOrder
}
