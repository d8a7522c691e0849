import type { Logger } from '@bazaar/kit'
import { deleteExpiredKeys } from '../data/idempotency-keys.ts'
import { recoverStuckPayments, type RecoveryDeps } from './recovery.ts'

export interface SweeperOptions {
  /** A payment processing longer than this was left by a crash: no live request takes so long. */
  stuckAfterMs: number
  intervalMs: number
  log?: Logger | undefined
}

async function sweep(deps: RecoveryDeps, options: SweeperOptions): Promise<void> {
  await recoverStuckPayments(deps, options.stuckAfterMs)
  const forgotten = await deleteExpiredKeys(deps.db)
  if (forgotten > 0) options.log?.debug({ forgotten }, 'expired idempotency keys deleted')
}

/** Settles payments a crash left processing and forgets expired keys: once now (on start), then every interval. */
export async function startSweeper(deps: RecoveryDeps, options: SweeperOptions): Promise<{ stop(): Promise<void> }> {
  await sweep(deps, options)
  let running: Promise<unknown> = Promise.resolve()
  const timer = setInterval(() => {
    running = running.then(() => sweep(deps, options)).catch((error: unknown) => options.log?.error({ err: error }, 'payments sweep failed'))
  }, options.intervalMs)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
