import type { Queryable } from '@bazaar/kit'
import { deleteStaleFailures } from '../data/login-failures.ts'
import { deleteExpiredRefreshTokens } from '../data/refresh-tokens.ts'
import type { UsersSettings } from '../config.ts'

/**
 * Deletes what no login or refresh can use any more: refresh tokens one lifetime past their
 * expiry, and failure counts whose window and lock are over. Without it both tables only grow.
 */
export async function sweepSpentCredentials(db: Queryable, settings: Pick<UsersSettings, 'REFRESH_TOKEN_TTL_SECONDS' | 'LOGIN_LOCK_MS'>): Promise<{ refreshTokens: number; loginFailures: number }> {
  return {
    refreshTokens: await deleteExpiredRefreshTokens(db, settings.REFRESH_TOKEN_TTL_SECONDS),
    loginFailures: await deleteStaleFailures(db, settings.LOGIN_LOCK_MS),
  }
}
