import { Type } from 'typebox'

/**
 * Money is stored and carried as integer minor units; JSON shows a decimal `price` next to its
 * `currency`, as the seeds do. Every currency Bazaar sells in has two decimals.
 */
export function toMinor(amount: number): number {
  return Math.round(amount * 100)
}

export function fromMinor(minor: number): number {
  return minor / 100
}

/** A decimal amount as a client sends it: not negative, at most two decimals. */
export const DecimalAmount = Type.Number({ minimum: 0, maximum: 1_000_000_000, multipleOf: 0.01, description: 'a decimal amount such as 29.99' })
