import type { Db, Queryable } from '@bazaar/kit'
import { withoutOrdered, type CartLine, type PlacedOrder } from '../domain/cart.ts'
import type { AddOutcome, CartLimits, CartStore } from './cart-store.ts'

type LineRow = { product_id: string; quantity: number; added_at: Date }

const columns = 'product_id, quantity, added_at'

function toLine(row: LineRow): CartLine {
  return { productId: row.product_id, quantity: row.quantity, addedAt: row.added_at }
}

/** Creates the cart row if needed and locks it: every change of one user's lines queues behind it. */
async function lockCart(tx: Queryable, userId: string): Promise<void> {
  await tx.query('insert into carts (user_id) values ($1) on conflict (user_id) do update set updated_at = now()', [userId])
}

/** Carts untouched for long are abandoned: updated_at is what a clean-up would go by. */
async function touch(tx: Queryable, userId: string): Promise<void> {
  await tx.query('update carts set updated_at = now() where user_id = $1', [userId])
}

async function add(tx: Queryable, userId: string, productId: string, quantity: number, limits: CartLimits): Promise<AddOutcome> {
  await lockCart(tx, userId)
  const [existing] = await tx.query<{ quantity: number }>('select quantity from cart_lines where user_id = $1 and product_id = $2', [userId, productId])
  if (existing) {
    if (existing.quantity + quantity > limits.maxQuantity) return { ok: false, refused: 'quantity' }
    const [row] = await tx.query<LineRow>(
      `update cart_lines set quantity = quantity + $3 where user_id = $1 and product_id = $2 returning ${columns}`,
      [userId, productId, quantity],
    )
    return { ok: true, line: toLine(row as LineRow), created: false }
  }
  if (quantity > limits.maxQuantity) return { ok: false, refused: 'quantity' }
  const [count] = await tx.query<{ lines: number }>('select count(*) as lines from cart_lines where user_id = $1', [userId])
  if (Number(count?.lines ?? 0) >= limits.maxLines) return { ok: false, refused: 'lines' }
  const [row] = await tx.query<LineRow>(
    `insert into cart_lines (user_id, product_id, quantity) values ($1, $2, $3) returning ${columns}`,
    [userId, productId, quantity],
  )
  return { ok: true, line: toLine(row as LineRow), created: true }
}

/** Takes an order's lines out of its user's cart inside the caller's transaction, once per order: a line left with nothing goes. */
async function takeOrderedIn(tx: Queryable, order: PlacedOrder): Promise<void> {
  const marked = await tx.query('insert into cart_orders_taken (order_id) values ($1) on conflict (order_id) do nothing returning order_id', [order.orderId])
  if (marked.length === 0) return
  await tx.query(`delete from cart_orders_taken where taken_at < now() - interval '7 days'`)
  await lockCart(tx, order.userId)
  const rows = await tx.query<LineRow>(`select ${columns} from cart_lines where user_id = $1`, [order.userId])
  const left = new Map(withoutOrdered(rows.map(toLine), order).map((line) => [line.productId, line.quantity]))
  for (const row of rows) {
    const quantity = left.get(row.product_id)
    if (quantity === undefined) await tx.query('delete from cart_lines where user_id = $1 and product_id = $2', [order.userId, row.product_id])
    else if (quantity !== row.quantity) await tx.query('update cart_lines set quantity = $3 where user_id = $1 and product_id = $2', [order.userId, row.product_id, quantity])
  }
}

/** Empties a user's cart inside the caller's transaction. */
async function clearCartIn(tx: Queryable, userId: string): Promise<void> {
  await tx.query('delete from cart_lines where user_id = $1', [userId])
  await touch(tx, userId)
}

/** Carts in the service's own tables (PGlite or PostgreSQL). */
export function createSqlCartStore(db: Db): CartStore {
  return {
    async lines(userId) {
      const rows = await db.query<LineRow>(`select ${columns} from cart_lines where user_id = $1 order by added_at, product_id`, [userId])
      return rows.map(toLine)
    },
    add: (userId, productId, quantity, limits) => db.transaction((tx) => add(tx, userId, productId, quantity, limits)),
    async setQuantity(userId, productId, quantity) {
      return db.transaction(async (tx) => {
        await touch(tx, userId)
        const [row] = await tx.query<LineRow>(
          `update cart_lines set quantity = $3 where user_id = $1 and product_id = $2 returning ${columns}`,
          [userId, productId, quantity],
        )
        return row && toLine(row)
      })
    },
    async remove(userId, productId) {
      await db.transaction(async (tx) => {
        await tx.query('delete from cart_lines where user_id = $1 and product_id = $2', [userId, productId])
        await touch(tx, userId)
      })
    },
    clear: (userId) => db.transaction((tx) => clearCartIn(tx, userId)),
    // In the transaction that records the event in the inbox: the order's lines go exactly once.
    takeOrderedWithin: takeOrderedIn,
  }
}
