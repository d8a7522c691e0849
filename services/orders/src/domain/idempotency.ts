import { priorAnswer, type KeyedRequest, type StoredResponse } from '@bazaar/kit'
import { leaseRanOut } from '../data/saga-leases.ts'
import type { OrdersDeps } from './ports.ts'

/**
 * What an earlier request with the same key says, before this one does anything (see
 * priorAnswer): nothing, 409 IDEMPOTENCY_CONFLICT, its stored response, or, while it is in
 * progress, a wait for it. Its order is taken over through `resume` once the order's lease runs
 * out (its request died, or failed on a call it could not finish), so a retry finishes what the
 * first attempt started instead of placing a second order.
 */
export async function previousOutcome(deps: OrdersDeps, request: KeyedRequest, resume: (orderId: string) => Promise<void>): Promise<StoredResponse | undefined> {
  const options = {
    waitMs: deps.settings.idempotencyWaitMs,
    pollMs: deps.settings.idempotencyPollMs,
    reusedDetail: 'This Idempotency-Key was used with a different request; use a new key for a new order.',
  }
  const prior = await priorAnswer(deps.db, request, options, async ({ requestId: orderId }) => {
    if (await leaseRanOut(deps.db, orderId)) await resume(orderId)
    return false
  })
  return prior && 'response' in prior ? prior.response : undefined
}
