import { inspect } from 'node:util'
import { AppError, type FieldError } from '@bazaar/kit'
import { luhnValid, normalizeCardNumber } from '@bazaar/contracts/cards'
import { brandOf, type Brand } from './card-brand.ts'

export interface CardInput {
  number: string
  /** MM/YY */
  expiry?: string | undefined
  cvv?: string | undefined
}

/**
 * A card as the request gave it. The number and CVV live only in private fields: serialising or
 * logging a Card shows brand and last4, so a careless `log.info({ card })` leaks nothing.
 */
export class Card {
  readonly brand: Brand
  readonly last4: string
  readonly #number: string

  constructor(number: string) {
    this.#number = number
    this.brand = brandOf(number)
    this.last4 = number.slice(-4)
  }

  /** The full number, for the provider only. */
  number(): string {
    return this.#number
  }

  toJSON(): { brand: Brand; last4: string } {
    return { brand: this.brand, last4: this.last4 }
  }

  [inspect.custom](): string {
    return `Card(${this.brand} ****${this.last4})`
  }
}

/** Checks the number (Luhn), the expiry and the CVV when given; errors never echo what was sent. */
export function readCard(input: CardInput, now: Date = new Date()): Card {
  const number = normalizeCardNumber(input.number)
  const fields: FieldError[] = []
  if (!luhnValid(number)) fields.push({ field: 'body.credit_card_number', message: 'is not a valid card number' })
  if (input.expiry !== undefined && !validExpiry(input.expiry, now)) fields.push({ field: 'body.expiry', message: 'must be MM/YY and not in the past' })
  if (input.cvv !== undefined && !/^[0-9]{3,4}$/.test(input.cvv)) fields.push({ field: 'body.cvv', message: 'must be 3 or 4 digits' })
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', 'The card is not valid', { fields })
  return new Card(number)
}

/** A card is good through the last day of its expiry month. */
function validExpiry(expiry: string, now: Date): boolean {
  const match = /^(0[1-9]|1[0-2])\/([0-9]{2})$/.exec(expiry)
  if (!match) return false
  const month = Number(match[1])
  const year = 2000 + Number(match[2])
  return year * 12 + month >= now.getUTCFullYear() * 12 + now.getUTCMonth() + 1
}
