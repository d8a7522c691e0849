import { startPoller, type Logger, type Poller, type Queryable } from '@bazaar/kit'
import { deleteStaleFailures } from '../data/login-failures.ts'
import { deleteExpiredRefreshTokens } from '../data/refresh-tokens.ts'
import type { UsersSettings } from '../context.ts'

type HousekeepingSettings = Pick<UsersSettings, 'CREDENTIAL_SWEEP_INTERVAL_MS' | 'REFRESH_TOKEN_TTL_SECONDS' | 'LOGIN_LOCK_MS'>

/**
 * Deletes what no login or refresh can use any more: refresh tokens one lifetime past their
 * expiry, and failure counts whose window and lock are over. Without it both tables only grow.
 */
export async function sweepSpentCredentials(db: Queryable, settings: HousekeepingSettings): Promise<{ refreshTokens: number; loginFailures: number }> {
  return {
    refreshTokens: await deleteExpiredRefreshTokens(db, settings.REFRESH_TOKEN_TTL_SECONDS),
    loginFailures: await deleteStaleFailures(db, settings.LOGIN_LOCK_MS),
  }
}

export function startHousekeeping(db: Queryable, settings: HousekeepingSettings, log: Logger): Poller {
  return startPoller({
    intervalMs: settings.CREDENTIAL_SWEEP_INTERVAL_MS,
    async run() {
      const deleted = await sweepSpentCredentials(db, settings)
      if (deleted.refreshTokens + deleted.loginFailures > 0) log.info({ deleted }, 'spent credentials deleted')
    },
    log,
    what: 'credential housekeeping',
  })
}
