import { AppError, type Queryable } from '@bazaar/kit'
import { findReservation, insertLines, insertReservation } from '../data/reservations.ts'
import { findStock, takeForReservation } from '../data/stock.ts'
import type { StockWriter } from './inventory.ts'
import { normalizeLines, sameLines, type Reservation, type ReservationLine } from './reservation.ts'
import type { StockChange } from './stock-level.ts'

export interface ReservationRequest {
  lines: readonly ReservationLine[]
  expiresAt: Date
}

/** A line that could not be held: how many were asked for and how many can be sold now. */
export interface ShortLine {
  productId: string
  requested: number
  available: number
}

function outOfStock(short: readonly ShortLine[]): AppError {
  return new AppError('OUT_OF_STOCK', 'Not enough stock', {
    detail: `Not enough stock for product${short.length > 1 ? 's' : ''} ${short.map((line) => line.productId).join(', ')}; nothing was reserved.`,
    extensions: { lines: short.map((line) => ({ product_id: line.productId, requested: line.requested, available: line.available })) },
  })
}

async function repeated(tx: Queryable, orderId: string, lines: readonly ReservationLine[]): Promise<Reservation> {
  const existing = await findReservation(tx, orderId)
  if (!existing) throw new Error(`reservation ${orderId} exists but cannot be read`)
  if (!sameLines(existing.lines, lines)) {
    throw new AppError('IDEMPOTENCY_CONFLICT', 'The order already holds other items', {
      detail: `Order ${orderId} already has a reservation for different items; a reservation is never changed.`,
    })
  }
  return existing
}

/**
 * Holds stock for an order, all or nothing, in one transaction. Idempotent by order id: a repeat
 * with the same items answers the reservation as it is now (held, committed or released) and
 * holds nothing more. Each line is one atomic conditional update, in product id order (no
 * deadlocks); when any line is short, every line is still tried so the 409 names all the short
 * ones, then the transaction rolls back and nothing is held.
 */
export async function reserve(deps: StockWriter, orderId: string, request: ReservationRequest): Promise<Reservation> {
  const lines = normalizeLines(request.lines)
  return deps.transaction(async (tx) => {
    if (!(await insertReservation(tx, orderId, request.expiresAt))) return repeated(tx, orderId, lines)
    const changes: StockChange[] = []
    const short: ShortLine[] = []
    for (const line of lines) {
      const taken = await takeForReservation(tx, line.productId, line.quantity)
      if (taken) changes.push({ ...taken, previousQuantity: taken.quantity + line.quantity })
      else short.push({ productId: line.productId, requested: line.quantity, available: (await findStock(tx, line.productId))?.quantity ?? 0 })
    }
    if (short.length > 0) throw outOfStock(short)
    await insertLines(tx, orderId, lines)
    for (const change of changes) await deps.announce(tx, change)
    return { orderId, status: 'held', expiresAt: request.expiresAt, lines }
  })
}
