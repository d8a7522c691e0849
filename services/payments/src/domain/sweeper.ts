import { deleteExpiredKeys } from '@bazaar/kit'
import { recoverStuckPayments, type RecoveryDeps } from './recovery.ts'

export interface SweepDeps extends RecoveryDeps {
  /** A payment processing longer than this was left by a crash: no live request takes so long. */
  stuckAfterMs: number
}

/** Settles payments a crash left processing and forgets expired Idempotency-Keys. */
export async function sweep(deps: SweepDeps): Promise<void> {
  await recoverStuckPayments(deps, deps.stuckAfterMs)
  const forgotten = await deleteExpiredKeys(deps.db)
  if (forgotten > 0) deps.log?.debug({ forgotten }, 'expired idempotency keys deleted')
}
