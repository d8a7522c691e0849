import type { JobDefinition } from '@bazaar/kit'
import type { UsersDeps } from '../deps.ts'
import { sweepSpentCredentials } from '../domain/housekeeping.ts'

/** Every CREDENTIAL_SWEEP_INTERVAL_MS, deletes the refresh tokens and login failures nothing can use any more. */
export function credentialSweep(deps: UsersDeps): JobDefinition {
  return {
    name: 'credential housekeeping',
    intervalMs: deps.settings.CREDENTIAL_SWEEP_INTERVAL_MS,
    async run() {
      const deleted = await sweepSpentCredentials(deps.db, deps.settings)
      if (deleted.refreshTokens + deleted.loginFailures > 0) deps.log.info({ deleted }, 'spent credentials deleted')
    },
  }
}
