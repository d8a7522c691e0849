/** Card brands told apart by their number's prefix (IIN ranges). */
export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown'

/** The Luhn (mod 10) check digit test every card number passes. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]{12,19}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

export function brandOf(digits: string): Brand {
  if (digits.startsWith('4')) return 'visa'
  const two = Number(digits.slice(0, 2))
  const four = Number(digits.slice(0, 4))
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard'
  if (two === 34 || two === 37) return 'amex'
  if (digits.startsWith('6011') || two === 65) return 'discover'
  return 'unknown'
}

/** Spaces and dashes people type between digit groups are not part of the number. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, '')
}
