import { setTimeout as sleep } from 'node:timers/promises'
import type { Queryable } from '../db/db.ts'
import { AppError } from '../errors.ts'
import { readKey, type KeyRecord, type KeyedRequest, type StoredResponse } from './keys.ts'

export interface WaitOptions {
  /** How long a repeat waits for the first request's answer before 409 CONFLICT (retry later). */
  waitMs: number
  /** How often a waiting repeat looks at its key. */
  pollMs?: number
  /** What the 409 IDEMPOTENCY_CONFLICT tells a caller who reused a key for another request. */
  reusedDetail?: string
}

/** What the first request with the key left for this one: its answer, or its work to take over. */
export type PriorAnswer = { response: StoredResponse } | { takenOver: string }

const defaultPollMs = 25

/**
 * What an earlier request with the same key says, before this one does anything:
 * - none (or expired): undefined, and this request goes on;
 * - another request: 409 IDEMPOTENCY_CONFLICT;
 * - the same request, answered: its stored response;
 * - the same request, in progress: `stalled` is asked at every look whether this request took
 *   the work over (its runner died), which ends the wait with the work's request id; otherwise it
 *   waits for the answer. Still in progress at `deadline`: 409 CONFLICT, retry later.
 */
export async function priorAnswer(
  db: Queryable,
  request: KeyedRequest,
  options: WaitOptions,
  stalled: (record: KeyRecord) => Promise<boolean>,
  deadline = Date.now() + options.waitMs,
): Promise<PriorAnswer | undefined> {
  for (;;) {
    const record = await readKey(db, request)
    if (!record) return undefined
    if (record.fingerprint !== request.fingerprint) {
      throw new AppError('IDEMPOTENCY_CONFLICT', 'Idempotency-Key reused', { detail: options.reusedDetail ?? 'This Idempotency-Key was used for a different request.' })
    }
    if (record.response) return { response: record.response }
    if (await stalled(record)) return { takenOver: record.requestId }
    if (Date.now() >= deadline) {
      throw new AppError('CONFLICT', 'Request in progress', {
        detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
        retryAfter: 1,
      })
    }
    await sleep(options.pollMs ?? defaultPollMs)
  }
}
