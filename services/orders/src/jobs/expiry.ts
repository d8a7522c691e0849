import type { JobDefinition } from '@bazaar/kit'
import { expireUnpaid } from '../domain/expiry-sweeper.ts'
import type { OrdersDeps } from '../domain/ports.ts'

/** Orders not paid in time are cancelled, their stock released. */
export function expiryJob(deps: OrdersDeps): JobDefinition {
  return { name: 'expiry', intervalMs: deps.settings.sweepIntervalMs, run: () => expireUnpaid(deps) }
}
