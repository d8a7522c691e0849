import { createHash, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError, type Db, type Logger } from '@bazaar/kit'
import { claimKey, readKey, releaseKey, storeReply, takeOverKey, type KeyRef, type StoredReply } from '../data/idempotency-keys.ts'

export type { StoredReply }

export interface IdempotencyDeps {
  db: Db
  /** How long a runner holds a key before a duplicate may take it over (it crashed). */
  leaseMs: number
  /** How long a key and its answer are remembered. */
  ttlMs: number
  /** How long a duplicate waits for the runner's answer before 409 CONFLICT (retry later). */
  waitMs: number
  /** How often a duplicate looks for the runner's answer. */
  pollMs?: number
  log?: Logger | undefined
}

export interface KeyedRequest extends KeyRef {
  /** Hash of what the request asks for: the same key with another body is a conflict. */
  fingerprint: string
}

/** A stable hash of a request's meaningful parts. */
export function fingerprintOf(parts: Record<string, string | number | null>): string {
  const sorted = Object.keys(parts).sort().map((name) => [name, parts[name]])
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex')
}

const reused = () => new AppError('IDEMPOTENCY_CONFLICT', 'Idempotency-Key reused', { detail: 'This Idempotency-Key was used for a different request.' })
const inProgress = () => new AppError('CONFLICT', 'Request in progress', { detail: 'A request with this Idempotency-Key is still being processed; retry shortly.', retryAfter: 1 })

/**
 * Runs `run` once per caller and key; every other request with that key gets the stored answer,
 * waiting for it while the first still runs, whatever the concurrency. A different request under
 * the same key is 409 IDEMPOTENCY_CONFLICT. `run` gets the request's id, the same for a runner
 * that takes over from a dead one, so it can find what its predecessor did.
 * When `run` throws, nothing is stored and the key is released, so a retry runs again: `run`
 * answers what is final and throws what is transient.
 */
export async function idempotent(deps: IdempotencyDeps, request: KeyedRequest, run: (requestId: string) => Promise<StoredReply>): Promise<StoredReply> {
  const { db, leaseMs, pollMs = 25 } = deps
  const owner = randomUUID()
  const deadline = Date.now() + deps.waitMs
  let requestId: string
  for (;;) {
    requestId = randomUUID()
    if (await claimKey(db, request, { fingerprint: request.fingerprint, requestId, owner, leaseMs, ttlMs: deps.ttlMs })) break
    const state = await readKey(db, request)
    if (!state) continue
    if (state.fingerprint !== request.fingerprint) throw reused()
    if (state.reply) return state.reply
    if (state.expired && (await takeOverKey(db, request, owner, leaseMs))) {
      requestId = state.requestId
      break
    }
    if (Date.now() >= deadline) throw inProgress()
    await sleep(pollMs)
  }
  let reply: StoredReply
  try {
    reply = await run(requestId)
  } catch (error) {
    await releaseKey(db, request, owner).catch((releaseError: unknown) => deps.log?.warn({ err: releaseError }, 'idempotency key not released'))
    throw error
  }
  await storeReply(db, request, owner, reply)
  return reply
}

/**
 * Which failures are the request's answer, kept for its retries: client errors, except those
 * that say "not now" (a payment of the order in progress, a rate limit).
 */
export function isFinal(error: AppError): boolean {
  return error.status < 500 && error.code !== 'CONFLICT' && error.code !== 'RATE_LIMITED'
}
