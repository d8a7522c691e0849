import { randomInt } from 'node:crypto'

export const carrier = 'Bazaar Post'

/**
 * `BZ` and ten random digits, so numbers say nothing about volumes. A clash fails the unique
 * index, the handler throws, and the redelivered event draws another.
 */
export function newTrackingNumber(): string {
  return `BZ${randomInt(0, 10_000_000_000).toString().padStart(10, '0')}`
}
