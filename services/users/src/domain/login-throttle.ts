import { AppError, type Queryable } from '@bazaar/kit'
import { clearFailures, lockedFor, recordFailure } from '../data/login-failures.ts'
import type { UsersSettings } from '../config.ts'

export type ThrottleSettings = Pick<UsersSettings, 'LOGIN_MAX_FAILURES' | 'LOGIN_MAX_FAILURES_PER_IP' | 'LOGIN_LOCK_MS'>

/**
 * Slows password guessing per account and per client address. Failures live in the database
 * so every replica counts them. An unknown login is counted under its own name, so a locked
 * unknown account looks exactly like a locked real one.
 */
export interface LoginAttempt {
  /** The user's id when the login names one, else the login as typed. */
  account: string
  clientIp: string
}

function keys(attempt: LoginAttempt): { account: string; ip: string } {
  return { account: `account:${attempt.account}`, ip: `ip:${attempt.clientIp}` }
}

/** Throws RATE_LIMITED, with when to retry, while the account or the address is locked. */
export async function ensureNotLocked(db: Queryable, attempt: LoginAttempt): Promise<void> {
  const { account, ip } = keys(attempt)
  const seconds = await lockedFor(db, [account, ip])
  if (seconds !== undefined) {
    throw new AppError('RATE_LIMITED', 'Too many failed logins', { detail: `Try again in ${seconds} s.`, retryAfter: seconds })
  }
}

export async function countFailure(db: Queryable, attempt: LoginAttempt, settings: ThrottleSettings): Promise<void> {
  const { account, ip } = keys(attempt)
  await recordFailure(db, account, settings.LOGIN_MAX_FAILURES, settings.LOGIN_LOCK_MS, settings.LOGIN_LOCK_MS)
  await recordFailure(db, ip, settings.LOGIN_MAX_FAILURES_PER_IP, settings.LOGIN_LOCK_MS, settings.LOGIN_LOCK_MS)
}

/** A successful login clears the account's count; the address's stays, or one good account would reset it. */
export async function clearAccountFailures(db: Queryable, attempt: LoginAttempt): Promise<void> {
  await clearFailures(db, keys(attempt).account)
}
