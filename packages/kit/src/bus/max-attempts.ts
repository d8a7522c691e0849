import type { SubscribeOptions } from './bus.ts'

/** Deliveries of one message before it is dead-lettered, when the subscriber does not say. */
export const defaultMaxAttempts = 5

export function maxAttemptsOf(options: SubscribeOptions): number {
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`)
  return maxAttempts
}
