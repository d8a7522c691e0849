import { deleteExpiredKeys, type JobDefinition } from '@bazaar/kit'
import type { OrdersDeps } from '../domain/ports.ts'

/** Idempotency-Keys past their time are forgotten. */
export function idempotencyKeysJob(deps: OrdersDeps): JobDefinition {
  return { name: 'idempotency-keys', intervalMs: deps.settings.sweepIntervalMs, run: () => deleteExpiredKeys(deps.db) }
}
