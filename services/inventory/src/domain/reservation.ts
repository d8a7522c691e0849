export const reservationStatuses = ['held', 'committed', 'released'] as const
export type ReservationStatus = (typeof reservationStatuses)[number]

export interface ReservationLine {
  productId: string
  quantity: number
}

/** Stock held for one order: `held` until the order is paid (`committed`) or not (`released`). */
export interface Reservation {
  orderId: string
  status: ReservationStatus
  expiresAt: Date
  /** One per product, sorted by product id. */
  lines: ReservationLine[]
}

/**
 * One line per product (duplicates summed), sorted by product id. Every transaction that
 * touches several stock rows locks them in this order, so two of them never wait on each other
 * in a cycle (PostgreSQL would abort one as a deadlock). The order is JavaScript's, never the
 * database collation's, so every path agrees on it.
 */
export function normalizeLines(lines: readonly ReservationLine[]): ReservationLine[] {
  const totals = new Map<string, number>()
  for (const line of lines) totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity)
  return [...totals]
    .map(([productId, quantity]) => ({ productId, quantity }))
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
}

export function sameLines(a: readonly ReservationLine[], b: readonly ReservationLine[]): boolean {
  return a.length === b.length && a.every((line, index) => line.productId === b[index]?.productId && line.quantity === b[index]?.quantity)
}
