import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/db.ts'
import type { Logger } from '../logger.ts'
import { claimKey, releaseKey, renewKey, storeResponse, takeOverKey, type KeyedRequest, type StoredResponse } from './keys.ts'
import { priorAnswer, type WaitOptions } from './prior-answer.ts'

export interface IdempotencyOptions extends WaitOptions {
  db: Queryable
  /**
   * How long a runner holds a key unless it renews it; it renews it every third of that while it
   * runs, so a duplicate takes over within about `leaseMs` of its runner's death, never from a
   * slow runner that is alive.
   */
  leaseMs: number
  /**
   * How long a live runner may keep renewing its lease; past it the lease runs out like a dead
   * runner's, so a runner that hangs does not keep its key from every retry. Ten leases unless
   * said otherwise.
   */
  holdLimitMs?: number
  /** How long a key and its answer are remembered. */
  ttlMs: number
  log?: Logger | undefined
}

/**
 * Runs `run` once per caller and key; every other request with that key gets the stored answer,
 * waiting for it while the first still runs, whatever the concurrency. A different request under
 * the same key is 409 IDEMPOTENCY_CONFLICT. `run` gets the request's id, the same for a runner
 * that takes over from a dead one, so it can find what its predecessor did.
 * When `run` throws, nothing is stored and the key is released, so a retry runs again: `run`
 * answers what is final and throws what is transient.
 */
export async function idempotent(options: IdempotencyOptions, request: KeyedRequest, run: (requestId: string) => Promise<StoredResponse>): Promise<StoredResponse> {
  const { db, leaseMs } = options
  const owner = randomUUID()
  const deadline = Date.now() + options.waitMs
  const runHolding = async (requestId: string) => {
    let response: StoredResponse
    const holdUntil = Date.now() + (options.holdLimitMs ?? 10 * leaseMs)
    const renewal = setInterval(() => {
      if (Date.now() >= holdUntil) return clearInterval(renewal)
      renewKey(db, request, owner, leaseMs)
        .then((held) => { if (!held) clearInterval(renewal) })
        .catch((renewError: unknown) => options.log?.warn({ err: renewError }, 'idempotency key lease not renewed'))
    }, Math.max(1, Math.floor(leaseMs / 3))).unref()
    try {
      response = await run(requestId)
    } catch (error) {
      await releaseKey(db, request, owner).catch((releaseError: unknown) => options.log?.warn({ err: releaseError }, 'idempotency key not released'))
      throw error
    } finally {
      clearInterval(renewal)
    }
    await storeResponse(db, requestId, response, owner)
    return response
  }
  for (;;) {
    const requestId = randomUUID()
    if (await claimKey(db, request, { requestId, ttlMs: options.ttlMs, lease: { owner, ms: leaseMs } })) return runHolding(requestId)
    const prior = await priorAnswer(db, request, options, (record) => record.leaseOver ? takeOverKey(db, request, owner, leaseMs) : Promise.resolve(false), deadline)
    // No record any more (released, or expired): claim it again.
    if (!prior) continue
    return 'response' in prior ? prior.response : runHolding(prior.takenOver)
  }
}
