import type { RecordedOutcome } from './outcomes.ts'

/**
 * The industry's test card numbers (Stripe's) and what the simulated provider does with them;
 * any other number that passes the Luhn check is charged successfully.
 */
const testCards: ReadonlyMap<string, RecordedOutcome> = new Map([
  ['4242424242424242', 'succeeded'],
  ['4000000000000002', 'declined'],
  ['4000000000009995', 'insufficient_funds'],
  ['4000000000000119', 'processing_error'],
])

export function decide(cardNumber: string): RecordedOutcome {
  return testCards.get(cardNumber) ?? 'succeeded'
}
