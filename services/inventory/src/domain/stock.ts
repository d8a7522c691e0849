import { AppError, type Queryable } from '@bazaar/kit'
import { addQuantity, findStock, findStocks, insertStockIfAbsent, lockStock, setQuantity } from '../data/stock.ts'
import type { StockWriter } from './inventory.ts'
import type { Announce } from './stock-announcer.ts'
import { maxQuantity, type StockLevel } from './stock-level.ts'

/** Set the sellable quantity, or adjust it by a signed delta. */
export type StockUpdate = { quantity: number } | { delta: number }

export async function readStock(db: Queryable, productId: string): Promise<StockLevel> {
  const level = await findStock(db, productId)
  if (!level) throw new AppError('NOT_FOUND', 'Unknown product', { detail: `Inventory has no stock record for product ${productId}.` })
  return level
}

/** The stock of each of `productIds` that inventory has a record of, in the order asked; the others are left out. */
export async function readStocks(db: Queryable, productIds: readonly string[]): Promise<StockLevel[]> {
  const found = new Map((await findStocks(db, productIds)).map((level) => [level.productId, level]))
  return productIds.flatMap((productId) => found.get(productId) ?? [])
}

function outOfRange(productId: string, available: number, delta: number): AppError {
  return new AppError('CONFLICT', 'Stock cannot go below zero', {
    detail: `Product ${productId} has ${available} to sell; a delta of ${delta} would take it out of 0..${maxQuantity}.`,
    extensions: { product_id: productId, available },
  })
}

/**
 * Sets or adjusts a product's sellable quantity, creating its row when inventory has not heard
 * of the product yet (an admin may stock a product before the catalog announces it; that
 * event then finds the row and leaves it). A delta never takes the quantity below zero: 409.
 */
export async function updateStock(deps: StockWriter, productId: string, update: StockUpdate): Promise<StockLevel> {
  return deps.transaction(async (tx) => {
    const before = await lockStock(tx, productId)
    // A new row starts at 0; a refused delta rolls its creation back with everything else.
    if (!before) await insertStockIfAbsent(tx, productId, 0)
    const after = 'quantity' in update ? await setQuantity(tx, productId, update.quantity) : await addQuantity(tx, productId, update.delta)
    if (!after) throw outOfRange(productId, before?.quantity ?? 0, 'delta' in update ? update.delta : 0)
    await deps.announce(tx, { ...after, previousQuantity: before?.quantity })
    return after
  })
}

/** Creates a new product's row with its initial stock, unless one exists (then nothing changes). */
export async function ensureStock(tx: Queryable, announce: Announce, productId: string, initialStock: number): Promise<boolean> {
  const created = await insertStockIfAbsent(tx, productId, initialStock)
  if (created) await announce(tx, { ...created, previousQuantity: undefined })
  return created !== undefined
}
