import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { AppError, type Db, type Queryable } from '@bazaar/kit'
import { familyOf, insertRefreshToken, revokeFamily, revokeRefreshToken } from '../data/refresh-tokens.ts'

/**
 * Refresh tokens are opaque random strings; only their sha256 is stored. Each use rotates the
 * token, and using a rotated (revoked) one again means it was stolen or replayed, so the whole
 * family, every token descended from that login, is revoked (OAuth 2.0 Security BCP 4.14).
 */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

const invalid = () => new AppError('UNAUTHENTICATED', 'Invalid refresh token', { detail: 'Log in again.' })

/** Issues a token for `userId`, in the family of an earlier one or in a new family. */
export async function issueRefreshToken(tx: Queryable, userId: string, ttlSeconds: number, familyId: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await insertRefreshToken(tx, { tokenHash: hashToken(token), familyId, userId, ttlSeconds })
  return token
}

type Rotation = { ok: true; userId: string; refreshToken: string } | { ok: false }

/** Revokes `token` and answers its successor and its user; throws UNAUTHENTICATED when it is not usable. */
export async function rotateRefreshToken(db: Db, token: string, ttlSeconds: number): Promise<{ userId: string; refreshToken: string }> {
  const tokenHash = hashToken(token)
  // The family's revocation must commit even though the caller is refused: answer, then throw.
  const rotation = await db.transaction(async (tx): Promise<Rotation> => {
    const revoked = await revokeRefreshToken(tx, tokenHash)
    if (!revoked) {
      const reusedFamily = await familyOf(tx, tokenHash)
      if (reusedFamily !== undefined) await revokeFamily(tx, reusedFamily)
      return { ok: false }
    }
    if (!revoked.live) return { ok: false }
    return { ok: true, userId: revoked.userId, refreshToken: await issueRefreshToken(tx, revoked.userId, ttlSeconds, revoked.familyId) }
  })
  if (!rotation.ok) throw invalid()
  return rotation
}

/** Revokes the token if it exists; an unknown or already revoked token is not an error (logout is idempotent). */
export async function revokeRefreshTokenValue(db: Db, token: string): Promise<void> {
  await revokeRefreshToken(db, hashToken(token))
}
