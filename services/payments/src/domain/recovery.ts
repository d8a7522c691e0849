import type { Db, Logger } from '@bazaar/kit'
import { stuckPayments } from '../data/payments.ts'
import { settled, type OutcomeDeps } from './outcome.ts'

export interface RecoveryDeps extends OutcomeDeps {
  db: Db
  log?: Logger | undefined
}

const batch = 100

/**
 * Settles payments a crash left processing: each takes the outcome the provider recorded for it,
 * or is voided when the provider never saw it (nothing was charged). Answers how many.
 */
export async function recoverStuckPayments(deps: RecoveryDeps, stuckAfterMs: number): Promise<number> {
  let recovered = 0
  for (;;) {
    const stuck = await stuckPayments(deps.db, stuckAfterMs, batch)
    for (const payment of stuck) {
      const result = await settled(deps, payment)
      deps.log?.warn({ payment_id: payment.paymentId, order_id: payment.orderId, status: result.status }, 'stuck payment recovered')
    }
    recovered += stuck.length
    if (stuck.length < batch) return recovered
  }
}
