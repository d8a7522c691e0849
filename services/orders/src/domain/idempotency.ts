import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError, type Queryable } from '@bazaar/kit'
import { completeKey, findKey } from '../data/idempotency-keys.ts'
import type { Order } from './order.ts'
import type { OrdersDeps, StoredResponse } from './ports.ts'

/** A request carrying an Idempotency-Key; keys are scoped per caller. */
export interface KeyedRequest {
  callerId: string
  key: string
  fingerprint: string
}

/** JSON with object keys sorted at every depth: the same body in any key order is one text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** sha256 of method, path and canonical body. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`).digest('hex')
}

const conflict = () => new AppError('IDEMPOTENCY_CONFLICT', 'Idempotency-Key reused', {
  detail: 'This Idempotency-Key was used with a different request; use a new key for a new order.',
})

/**
 * What an earlier request with the same key says, before this one does anything:
 * - none (or expired): undefined, and this request goes on;
 * - another request: 409 IDEMPOTENCY_CONFLICT;
 * - the same request, finished: its stored response;
 * - the same request, in progress: waits for it, polling the record. Its order is taken over
 *   through `resume` once its lease runs out (its request died, or failed on a call it could
 *   not finish), so a retry finishes what the first attempt started instead of placing a second
 *   order. Still in progress after the wait: 409 CONFLICT, retry later.
 */
export async function previousOutcome(deps: OrdersDeps, request: KeyedRequest, resume: (orderId: string) => Promise<void>): Promise<StoredResponse | undefined> {
  const deadline = Date.now() + deps.settings.idempotencyWaitMs
  for (;;) {
    const record = await findKey(deps.db, request.callerId, request.key)
    if (!record) return undefined
    if (record.fingerprint !== request.fingerprint) throw conflict()
    if (record.response) return record.response
    if (record.abandoned) await resume(record.orderId)
    if (Date.now() >= deadline) {
      throw new AppError('CONFLICT', 'Request in progress', {
        detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
        retryAfter: 1,
      })
    }
    await sleep(deps.settings.idempotencyPollMs)
  }
}

/**
 * Stores what POST /orders answers for the order as it now is, for its key if it has one in
 * progress; called in the transaction that moved the order out of `pending`.
 */
export async function answerKey(tx: Queryable, deps: OrdersDeps, order: Order): Promise<StoredResponse> {
  const response = deps.responses.settled(order)
  await completeKey(tx, order.orderId, response)
  return response
}
