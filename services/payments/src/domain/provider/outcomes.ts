/** What the provider answers for a charge; every failure carries the code clients see in the 402. */
export type DeclineCode = 'PAYMENT_DECLINED' | 'INSUFFICIENT_FUNDS' | 'PAYMENT_PROCESSING_ERROR'

export type ChargeOutcome =
  | { status: 'succeeded'; reference: string }
  | { status: 'failed'; code: DeclineCode; reason: string; reference: string }

/** How the provider records an outcome (provider_charges.outcome). */
export type RecordedOutcome = 'succeeded' | 'declined' | 'insufficient_funds' | 'processing_error' | 'voided'

/** Each decline code: what clients see, and the outcome the provider records it as. */
export const declines: Readonly<Record<DeclineCode, { title: string; reason: string; recorded: Exclude<AttemptOutcome, 'succeeded'> }>> = {
  PAYMENT_DECLINED: { title: 'Payment declined', reason: 'The card was declined.', recorded: 'declined' },
  INSUFFICIENT_FUNDS: { title: 'Insufficient funds', reason: 'The card has insufficient funds.', recorded: 'insufficient_funds' },
  PAYMENT_PROCESSING_ERROR: { title: 'Payment processing error', reason: 'The card could not be processed; try again.', recorded: 'processing_error' },
}

// The code of each recorded failure, read back from `declines`; a voided payment is a processing error to its payer.
const codes = Object.fromEntries([
  ...Object.entries(declines).map(([code, decline]) => [decline.recorded, code]),
  ['voided', 'PAYMENT_PROCESSING_ERROR'],
]) as Readonly<Record<Exclude<RecordedOutcome, 'succeeded'>, DeclineCode>>

export function outcomeOf(recorded: RecordedOutcome, reference: string): ChargeOutcome {
  if (recorded === 'succeeded') return { status: 'succeeded', reference }
  const code = codes[recorded]
  // A voided payment never reached the provider before a crash: nothing was charged.
  const reason = recorded === 'voided' ? 'The payment was interrupted before the card was charged.' : declines[code].reason
  return { status: 'failed', code, reason, reference }
}

export function isDeclineCode(code: string | null): code is DeclineCode {
  return code !== null && Object.hasOwn(declines, code)
}

/** The outcomes /metrics counts payments by: the provider's own, a voided payment being a processing error to its payer. */
export const attemptOutcomes = ['succeeded', 'declined', 'insufficient_funds', 'processing_error'] as const satisfies readonly RecordedOutcome[]
export type AttemptOutcome = (typeof attemptOutcomes)[number]

export function attemptOutcomeOf(outcome: ChargeOutcome): AttemptOutcome {
  return outcome.status === 'succeeded' ? 'succeeded' : declines[outcome.code].recorded
}
