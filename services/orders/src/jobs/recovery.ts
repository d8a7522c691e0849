import type { JobDefinition } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'
import { recoverPending } from '../domain/recovery.ts'

/** Sagas nobody drives any more are driven on: at once on start (those a crash left pending), then every interval. */
export function recoveryJob(deps: OrdersDeps): JobDefinition {
  return { name: 'recovery', intervalMs: deps.settings.sweepIntervalMs, runNow: true, run: () => recoverPending(deps) }
}
