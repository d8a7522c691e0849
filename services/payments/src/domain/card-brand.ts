/** Card brands told apart by their number's prefix (IIN ranges). */
export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown'

export function brandOf(digits: string): Brand {
  if (digits.startsWith('4')) return 'visa'
  const two = Number(digits.slice(0, 2))
  const four = Number(digits.slice(0, 4))
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard'
  if (two === 34 || two === 37) return 'amex'
  if (digits.startsWith('6011') || two === 65) return 'discover'
  return 'unknown'
}
