import { luhnValid, normalizeCardNumber } from '@bazaar/contracts/cards'
import type { CardDetails } from '../../api/payments.ts'

export type CardErrors = Partial<Record<keyof CardDetails, string>>

export const emptyCard: CardDetails = { number: '', expiry: '', cvv: '' }

/** A card is good through the last day of its expiry month. */
function expiryValid(expiry: string, now: Date): boolean {
  const match = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(expiry.trim())
  if (!match) return false
  return (2000 + Number(match[2])) * 12 + Number(match[1]) >= now.getFullYear() * 12 + now.getMonth() + 1
}

/** What to do about each field, whether the browser or the server found the fault. */
export const cardAdvice: Required<CardErrors> = {
  number: 'This card number is not valid: check the digits.',
  expiry: 'Use MM/YY, a month that has not passed.',
  cvv: 'Enter the 3 or 4 digits on the back of the card.',
}

/** What is wrong with a card before it is sent; the server checks again. */
export function checkCard(card: CardDetails, now = new Date()): CardErrors {
  const errors: CardErrors = {}
  const digits = normalizeCardNumber(card.number)
  if (digits === '') errors.number = 'Enter the card number.'
  else if (!luhnValid(digits)) errors.number = cardAdvice.number
  if (card.expiry.trim() === '') errors.expiry = 'Enter the expiry date.'
  else if (!expiryValid(card.expiry, now)) errors.expiry = cardAdvice.expiry
  if (!/^\d{3,4}$/.test(card.cvv.trim())) errors.cvv = cardAdvice.cvv
  return errors
}

/** The card as the API takes it: digits only, spaces trimmed. */
export function cardToSend(card: CardDetails): CardDetails {
  return { number: normalizeCardNumber(card.number), expiry: card.expiry.trim(), cvv: card.cvv.trim() }
}
