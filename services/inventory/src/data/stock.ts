import type { Queryable } from '@bazaar/kit'
import { maxQuantity, type StockLevel, type StockTotals } from '../domain/stock-level.ts'

type StockRow = { product_id: string; quantity: number; reserved: number }

const columns = 'product_id, quantity, reserved'

function toLevel(row: StockRow): StockLevel {
  return { productId: row.product_id, quantity: row.quantity, reserved: row.reserved }
}

async function one(db: Queryable, sql: string, params: readonly unknown[]): Promise<StockLevel | undefined> {
  const rows = await db.query<StockRow>(sql, params)
  return rows[0] && toLevel(rows[0])
}

export function findStock(db: Queryable, productId: string): Promise<StockLevel | undefined> {
  return one(db, `select ${columns} from stock where product_id = $1`, [productId])
}

/** The rows of those among `productIds` that have one, in no particular order; one query for all. */
export async function findStocks(db: Queryable, productIds: readonly string[]): Promise<StockLevel[]> {
  const rows = await db.query<StockRow>(`select ${columns} from stock where product_id = any($1::text[])`, [productIds])
  return rows.map(toLevel)
}

/** The stock of every product together, in one pass over the table. */
export async function stockTotals(db: Queryable): Promise<StockTotals> {
  const [row] = await db.query<{ sellable: number; reserved: number; out_of_stock: number }>(
    `select coalesce(sum(quantity), 0)::float8 as sellable, coalesce(sum(reserved), 0)::float8 as reserved,
       (count(*) filter (where quantity = 0))::int as out_of_stock
     from stock`,
  )
  return { sellable: row?.sellable ?? 0, reserved: row?.reserved ?? 0, outOfStock: row?.out_of_stock ?? 0 }
}

/** Reads the row and locks it until the transaction ends, so its numbers cannot move meanwhile. */
export function lockStock(tx: Queryable, productId: string): Promise<StockLevel | undefined> {
  return one(tx, `select ${columns} from stock where product_id = $1 for update`, [productId])
}

/** Creates the row with `quantity` unless one exists; undefined when it did. */
export function insertStockIfAbsent(tx: Queryable, productId: string, quantity: number): Promise<StockLevel | undefined> {
  return one(tx, `insert into stock (product_id, quantity) values ($1, $2) on conflict (product_id) do nothing returning ${columns}`, [productId, quantity])
}

/** Sets the sellable quantity; reserved units are untouched. Undefined when the row is missing. */
export function setQuantity(tx: Queryable, productId: string, quantity: number): Promise<StockLevel | undefined> {
  return one(tx, `update stock set quantity = $2, updated_at = now() where product_id = $1 returning ${columns}`, [productId, quantity])
}

/**
 * Adds `delta` (either sign) to the sellable quantity in one conditional statement; undefined
 * when the row is missing or the result would leave 0..maxQuantity.
 */
export function addQuantity(tx: Queryable, productId: string, delta: number): Promise<StockLevel | undefined> {
  return one(tx, `update stock set quantity = quantity + $2, updated_at = now()
    where product_id = $1 and quantity + $2 between 0 and ${maxQuantity}
    returning ${columns}`, [productId, delta])
}

/**
 * Moves `quantity` units from sellable to reserved, only if that many are sellable. One atomic
 * statement: on PostgreSQL a concurrent transaction that updated the row first makes this one
 * wait, then re-check the condition against the committed numbers, so stock never goes negative.
 */
export function takeForReservation(tx: Queryable, productId: string, quantity: number): Promise<StockLevel | undefined> {
  return one(tx, `update stock set quantity = quantity - $2, reserved = reserved + $2, updated_at = now()
    where product_id = $1 and quantity >= $2
    returning ${columns}`, [productId, quantity])
}

/**
 * Moves reserved units back to sellable (`restock`) or out for good. The reserved column's
 * check makes a bookkeeping error fail loudly instead of going negative.
 */
export function settleReserved(tx: Queryable, productId: string, quantity: number, restock: boolean): Promise<StockLevel | undefined> {
  return one(tx, `update stock set reserved = reserved - $2, quantity = quantity + $3, updated_at = now()
    where product_id = $1
    returning ${columns}`, [productId, quantity, restock ? quantity : 0])
}
