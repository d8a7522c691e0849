/** Money is integer minor units (cents) throughout; nothing here sees a float. */
export interface Totals {
  subtotal: number
  shipping: number
  tax: number
  total: number
}

export function lineTotal(unitPrice: number, quantity: number): number {
  return unitPrice * quantity
}

/**
 * `ratePercent` of `subtotal`, rounded half-up to the cent: 8 % of 1.06 is 0.0848 -> 0.08,
 * 10 % of 0.05 is 0.005 -> 0.01. Integer arithmetic in BigInt, so large amounts round exactly too.
 */
export function taxOf(subtotal: number, ratePercent: number): number {
  if (!Number.isSafeInteger(subtotal) || subtotal < 0) throw new RangeError(`subtotal must be a non-negative integer of cents, got ${subtotal}`)
  if (!Number.isInteger(ratePercent) || ratePercent < 0) throw new RangeError(`the tax rate must be a non-negative integer percent, got ${ratePercent}`)
  return Number((BigInt(subtotal) * BigInt(ratePercent) + 50n) / 100n)
}

export function subtotalOf(lineTotals: readonly number[]): number {
  return lineTotals.reduce((sum, line) => sum + line, 0)
}

/** From the subtotal the lines were priced at, which the shipping quote was asked for too. */
export function totalsOf(subtotal: number, shipping: number, taxRatePercent: number): Totals {
  const tax = taxOf(subtotal, taxRatePercent)
  return { subtotal, shipping, tax, total: subtotal + shipping + tax }
}
