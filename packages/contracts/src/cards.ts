/**
 * Card number rules the storefront checks before sending and payments checks on receipt: kept
 * here, free of dependencies, so the browser bundle and the service share one implementation.
 */

/** Spaces and dashes people type between digit groups are not part of the number. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, '')
}

/** 12 to 19 digits passing the Luhn (mod 10) check digit test every card number passes. */
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
