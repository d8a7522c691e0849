import type { ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'
import type { DueDispatchDeps } from './domain/dispatches.ts'

export type DispatchContext = ServiceContext<typeof config, { db: true; bus: true }, never>

export interface DispatchDeps extends DueDispatchDeps {
  /** Simulated warehouse: time from payment to the parcel leaving. */
  dispatchDelayMs: number
  dispatchPollIntervalMs: number
}

/** Built once per running service. */
export function deps(ctx: DispatchContext): DispatchDeps {
  return {
    db: ctx.db,
    outbox: ctx.outbox,
    transaction: ctx.transaction,
    dispatchDelayMs: ctx.config.DISPATCH_DELAY_MS,
    dispatchPollIntervalMs: ctx.config.DISPATCH_POLL_INTERVAL_MS,
  }
}
