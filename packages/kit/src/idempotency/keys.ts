import type { Queryable } from '../db/db.ts'

/**
 * The `idempotency_keys` table every service honouring Idempotency-Key has (each creates it in
 * its own migrations): one row per caller and key, with the request's fingerprint, the id of the
 * work it started, the lease of whoever runs it (when the service leases keys) and its answer.
 */

/** Keys are scoped per caller (the token's subject). */
export interface KeyRef {
  caller: string
  key: string
}

export interface KeyedRequest extends KeyRef {
  /** What the request asks for (see fingerprintOf): the same key with another request is a conflict. */
  fingerprint: string
}

/** An HTTP answer as sent, kept to be sent again byte for byte. */
export interface StoredResponse {
  status: number
  /** The media type it was sent with; without one, JSON or problem JSON by its status (see sendStored). */
  contentType?: string
  body: string
}

export interface KeyRecord {
  fingerprint: string
  /** Names the work the key started; the same for whoever takes it over. */
  requestId: string
  /** Set once the request answered; undefined while it is in progress. */
  response: StoredResponse | undefined
  /** The runner's lease ran out before it answered: it died, and another may take the key over. */
  leaseOver: boolean
}

export interface Claim {
  requestId: string
  /** How long the key and its answer are remembered. */
  ttlMs: number
  /** Who runs the request and for how long before another may take over; none when the work has a lease of its own. */
  lease?: { owner: string; ms: number }
}

type KeyRow = {
  fingerprint: string
  request_id: string
  lease_over: boolean | null
  response_status: number | null
  response_type: string | null
  response_body: string | null
}

/**
 * Records the key as in progress, unless a live record holds it (answers false); an expired
 * record is taken over. A concurrent claim of the same key waits for the first transaction,
 * then finds its row.
 */
export async function claimKey(db: Queryable, request: KeyedRequest, claim: Claim): Promise<boolean> {
  const rows = await db.query(
    `insert into idempotency_keys (caller, key, fingerprint, request_id, owner, locked_until, expires_at)
     values ($1, $2, $3, $4, $5, clock_timestamp() + $6::bigint * interval '1 millisecond', clock_timestamp() + $7::bigint * interval '1 millisecond')
     on conflict (caller, key) do update
       set fingerprint = excluded.fingerprint, request_id = excluded.request_id, owner = excluded.owner,
           locked_until = excluded.locked_until, response_status = null, response_type = null, response_body = null,
           created_at = now(), expires_at = excluded.expires_at
       where idempotency_keys.expires_at <= clock_timestamp()
     returning key`,
    [request.caller, request.key, request.fingerprint, claim.requestId, claim.lease?.owner ?? null, claim.lease?.ms ?? null, claim.ttlMs],
  )
  return rows.length > 0
}

/** The live (unexpired) record of a caller's key. */
export async function readKey(db: Queryable, ref: KeyRef): Promise<KeyRecord | undefined> {
  const rows = await db.query<KeyRow>(
    `select fingerprint, request_id, locked_until < clock_timestamp() as lease_over, response_status, response_type, response_body
     from idempotency_keys where caller = $1 and key = $2 and expires_at > clock_timestamp()`,
    [ref.caller, ref.key],
  )
  const row = rows[0]
  if (!row) return undefined
  const response = row.response_status === null || row.response_body === null
    ? undefined
    : { status: row.response_status, ...(row.response_type === null ? {} : { contentType: row.response_type }), body: row.response_body }
  return { fingerprint: row.fingerprint, requestId: row.request_id, response, leaseOver: row.lease_over === true }
}

/** Takes over a key whose runner's lease ran out before it answered; false when another did first. */
export async function takeOverKey(db: Queryable, ref: KeyRef, owner: string, leaseMs: number): Promise<boolean> {
  const rows = await db.query(
    `update idempotency_keys set owner = $3, locked_until = clock_timestamp() + $4::bigint * interval '1 millisecond'
     where caller = $1 and key = $2 and response_status is null and locked_until < clock_timestamp() returning key`,
    [ref.caller, ref.key, owner, leaseMs],
  )
  return rows.length > 0
}

/** Moves the lease on while `owner` still holds the key and it has no answer: its runner is alive. */
export async function renewKey(db: Queryable, ref: KeyRef, owner: string, leaseMs: number): Promise<boolean> {
  const rows = await db.query(
    `update idempotency_keys set locked_until = clock_timestamp() + $4::bigint * interval '1 millisecond'
     where caller = $1 and key = $2 and owner = $3 and response_status is null returning key`,
    [ref.caller, ref.key, owner, leaseMs],
  )
  return rows.length > 0
}

/**
 * Stores the answer of the request `requestId` names, if it has not answered yet and `owner`
 * still holds its key (no owner: the key has no lease).
 */
export async function storeResponse(db: Queryable, requestId: string, response: StoredResponse, owner?: string): Promise<void> {
  await db.query(
    `update idempotency_keys set response_status = $2, response_type = $3, response_body = $4
     where request_id = $1 and response_status is null and owner is not distinct from $5`,
    [requestId, response.status, response.contentType ?? null, response.body, owner ?? null],
  )
}

/** Forgets a key whose request ended without an answer worth keeping, so a retry runs again. */
export async function releaseKey(db: Queryable, ref: KeyRef, owner: string): Promise<void> {
  await db.query('delete from idempotency_keys where caller = $1 and key = $2 and owner = $3 and response_status is null', [ref.caller, ref.key, owner])
}

/** Forgets expired keys; answers how many. */
export async function deleteExpiredKeys(db: Queryable): Promise<number> {
  const rows = await db.query('delete from idempotency_keys where expires_at <= clock_timestamp() returning key', [])
  return rows.length
}
