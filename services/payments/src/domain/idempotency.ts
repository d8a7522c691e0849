import type { AppError } from '@bazaar/kit'

/**
 * Which failures are the request's answer, kept for its retries: client errors, except those
 * that say "not now" (a payment of the order in progress, a rate limit).
 */
export function isFinal(error: AppError): boolean {
  return error.status < 500 && error.code !== 'CONFLICT' && error.code !== 'RATE_LIMITED'
}
