import { deleteExpiredKeys, startPoller, type Logger, type Poller } from '@bazaar/kit'
import { recoverStuckPayments, type RecoveryDeps } from './recovery.ts'

export interface SweeperOptions {
  /** A payment processing longer than this was left by a crash: no live request takes so long. */
  stuckAfterMs: number
  intervalMs: number
  log: Logger
}

async function sweep(deps: RecoveryDeps, options: SweeperOptions): Promise<void> {
  await recoverStuckPayments(deps, options.stuckAfterMs)
  const forgotten = await deleteExpiredKeys(deps.db)
  if (forgotten > 0) options.log.debug({ forgotten }, 'expired idempotency keys deleted')
}

/** Settles payments a crash left processing and forgets expired keys: once now (on start, awaited), then every interval. */
export async function startSweeper(deps: RecoveryDeps, options: SweeperOptions): Promise<Poller> {
  await sweep(deps, options)
  return startPoller({ intervalMs: options.intervalMs, run: () => sweep(deps, options), log: options.log, what: 'payments sweep', runNow: false })
}
