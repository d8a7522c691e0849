import type { Queryable } from '@bazaar/kit'

export interface KeyRef {
  caller: string
  key: string
}

export interface StoredReply {
  status: number
  /** JSON text. */
  body: string
}

export interface KeyState {
  fingerprint: string
  requestId: string
  /** The runner's lease ran out: it died, a duplicate may take the key over. */
  expired: boolean
  reply: StoredReply | undefined
}

export interface Claim {
  fingerprint: string
  requestId: string
  owner: string
  leaseMs: number
  ttlMs: number
}

/** Claims a fresh (or forgotten) key for `owner`; false when a live record holds it. */
export async function claimKey(db: Queryable, ref: KeyRef, claim: Claim): Promise<boolean> {
  const rows = await db.query(
    `insert into idempotency_keys (caller, key, fingerprint, request_id, owner, locked_until, expires_at)
     values ($1, $2, $3, $4, $5, now() + $6::int * interval '1 millisecond', now() + $7::bigint * interval '1 millisecond')
     on conflict (caller, key) do update
       set fingerprint = excluded.fingerprint, request_id = excluded.request_id, owner = excluded.owner,
           locked_until = excluded.locked_until, response_status = null, response_body = null,
           created_at = now(), expires_at = excluded.expires_at
       where idempotency_keys.expires_at <= now()
     returning key`,
    [ref.caller, ref.key, claim.fingerprint, claim.requestId, claim.owner, claim.leaseMs, claim.ttlMs],
  )
  return rows.length > 0
}

/** The live record of a key; undefined when there is none or it expired. */
export async function readKey(db: Queryable, ref: KeyRef): Promise<KeyState | undefined> {
  const rows = await db.query<{ fingerprint: string; request_id: string; expired: boolean; response_status: number | null; response_body: string | null }>(
    `select fingerprint, request_id, locked_until < now() as expired, response_status, response_body
     from idempotency_keys where caller = $1 and key = $2 and expires_at > now()`,
    [ref.caller, ref.key],
  )
  const row = rows[0]
  if (!row) return undefined
  const reply = row.response_status === null || row.response_body === null ? undefined : { status: row.response_status, body: row.response_body }
  return { fingerprint: row.fingerprint, requestId: row.request_id, expired: row.expired, reply }
}

/** Takes over a key whose runner's lease ran out before it answered; false when another did first. */
export async function takeOverKey(db: Queryable, ref: KeyRef, owner: string, leaseMs: number): Promise<boolean> {
  const rows = await db.query(
    `update idempotency_keys set owner = $3, locked_until = now() + $4::int * interval '1 millisecond'
     where caller = $1 and key = $2 and response_status is null and locked_until < now() returning key`,
    [ref.caller, ref.key, owner, leaseMs],
  )
  return rows.length > 0
}

/** Stores the answer, if `owner` still holds the key. */
export async function storeReply(db: Queryable, ref: KeyRef, owner: string, reply: StoredReply): Promise<void> {
  await db.query(
    'update idempotency_keys set response_status = $4, response_body = $5 where caller = $1 and key = $2 and owner = $3',
    [ref.caller, ref.key, owner, reply.status, reply.body],
  )
}

/** Forgets a key whose request ended without an answer worth keeping (a 5xx), so a retry runs again. */
export async function releaseKey(db: Queryable, ref: KeyRef, owner: string): Promise<void> {
  await db.query('delete from idempotency_keys where caller = $1 and key = $2 and owner = $3 and response_status is null', [ref.caller, ref.key, owner])
}

/** Deletes expired keys; answers how many. */
export async function deleteExpiredKeys(db: Queryable): Promise<number> {
  const rows = await db.query('delete from idempotency_keys where expires_at <= now() returning key')
  return rows.length
}
