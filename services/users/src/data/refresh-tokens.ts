import type { Queryable } from '@bazaar/kit'

export interface NewRefreshToken {
  tokenHash: string
  familyId: string
  userId: string
  ttlSeconds: number
}

export async function insertRefreshToken(db: Queryable, token: NewRefreshToken): Promise<void> {
  await db.query(
    `insert into refresh_tokens (token_hash, family_id, user_id, expires_at)
     values ($1, $2, $3, now() + $4 * interval '1 second')`,
    [token.tokenHash, token.familyId, token.userId, token.ttlSeconds],
  )
}

export interface RevokedToken {
  familyId: string
  userId: string
  /** False when the token had expired: revoked all the same, but it buys nothing. */
  live: boolean
}

/**
 * Revokes the token if it is not revoked yet, in one conditional update: of two concurrent
 * uses only one sees it live, the other is treated as a reuse.
 */
export async function revokeRefreshToken(db: Queryable, tokenHash: string): Promise<RevokedToken | undefined> {
  const rows = await db.query<{ family_id: string; user_id: string; live: boolean }>(
    `update refresh_tokens set revoked_at = now() where token_hash = $1 and revoked_at is null
     returning family_id, user_id, expires_at > now() as live`,
    [tokenHash],
  )
  const row = rows[0]
  return row && { familyId: row.family_id, userId: row.user_id, live: row.live }
}

/** The family of a token, whether or not it is revoked. */
export async function familyOf(db: Queryable, tokenHash: string): Promise<string | undefined> {
  const rows = await db.query<{ family_id: string }>('select family_id from refresh_tokens where token_hash = $1', [tokenHash])
  return rows[0]?.family_id
}

export async function revokeFamily(db: Queryable, familyId: string): Promise<void> {
  await db.query('update refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null', [familyId])
}

export async function revokeAllOfUser(db: Queryable, userId: string): Promise<void> {
  await db.query('update refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null', [userId])
}

/**
 * Deletes tokens expired more than `keepSeconds` ago; answers how many. Until it expires a
 * revoked token is kept, so its reuse still revokes its family; after that it is refused as
 * unknown, as an expired one would be.
 */
export async function deleteExpiredRefreshTokens(db: Queryable, keepSeconds: number): Promise<number> {
  const rows = await db.query(`delete from refresh_tokens where expires_at < now() - $1 * interval '1 second' returning token_hash`, [keepSeconds])
  return rows.length
}
