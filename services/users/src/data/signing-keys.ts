import type { Queryable } from '@bazaar/kit'
import type { JWK } from 'jose'

export interface StoredKey {
  kid: string
  publicJwk: JWK
  privateJwk: JWK
}

export async function activeKey(db: Queryable): Promise<StoredKey | undefined> {
  const rows = await db.query<{ kid: string; public_jwk: JWK; private_jwk: JWK }>(
    'select kid, public_jwk, private_jwk from signing_keys where retired_at is null',
  )
  const row = rows[0]
  return row && { kid: row.kid, publicJwk: row.public_jwk, privateJwk: row.private_jwk }
}

/** Inserts `key` as the active key unless there is one already (another replica's). */
export async function insertKeyUnlessActive(db: Queryable, key: StoredKey): Promise<void> {
  await db.query('insert into signing_keys (kid, public_jwk, private_jwk) values ($1, $2, $3) on conflict do nothing', [key.kid, key.publicJwk, key.privateJwk])
}

/** An Ed25519 public key as published: RFC 8037 members plus kid, alg and use. */
export interface PublicJwk {
  kty: string
  crv: string
  x: string
  kid: string
  alg: string
  use: string
}

/** Public keys of the active key and of keys retired less than `graceSeconds` ago. */
export async function publishedKeys(db: Queryable, graceSeconds: number): Promise<PublicJwk[]> {
  const rows = await db.query<{ public_jwk: PublicJwk }>(
    `select public_jwk from signing_keys where retired_at is null or retired_at > now() - $1 * interval '1 second' order by created_at desc`,
    [graceSeconds],
  )
  return rows.map((row) => row.public_jwk)
}
