import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose'
import type { Db } from '@bazaar/kit'
import type { UsersSettings } from '../config.ts'
import { activeKey, insertKeyUnlessActive, publishedKeys, type PublicJwk, type StoredKey } from '../data/signing-keys.ts'

export const signingAlgorithm = 'EdDSA'

export interface SigningKey {
  kid: string
  privateKey: CryptoKey
}

async function generate(): Promise<StoredKey> {
  const pair = await generateKeyPair(signingAlgorithm, { crv: 'Ed25519', extractable: true })
  const publicJwk = await exportJWK(pair.publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  const meta = { kid, alg: signingAlgorithm, use: 'sig' } satisfies JWK
  return { kid, publicJwk: { ...publicJwk, ...meta }, privateJwk: { ...(await exportJWK(pair.privateKey)), ...meta } }
}

/**
 * The key tokens are signed with, generated on the first start and kept in the database so
 * restarts and replicas keep earlier tokens valid. Replicas starting together each offer a
 * key; the unique index keeps one and every replica reads that one back.
 */
async function ensureSigningKey(db: Db): Promise<SigningKey> {
  let stored = await activeKey(db)
  if (!stored) {
    await insertKeyUnlessActive(db, await generate())
    stored = await activeKey(db)
  }
  if (!stored) throw new Error('no active signing key after inserting one')
  const privateKey = await importJWK(stored.privateJwk, signingAlgorithm)
  if (privateKey instanceof Uint8Array) throw new Error('the stored signing key is not an asymmetric key')
  return { kid: stored.kid, privateKey }
}

/**
 * The signing key, read (or made) at its first use and then kept for the life of the service;
 * a read that failed is tried again at the next use.
 */
export function signingKeyOnce(db: Db): () => Promise<SigningKey> {
  let key: Promise<SigningKey> | undefined
  return () => {
    key ??= ensureSigningKey(db).catch((error: unknown) => {
      key = undefined
      throw error
    })
    return key
  }
}

export interface VerificationKeyDeps {
  db: Db
  signingKey: () => Promise<SigningKey>
  settings: Pick<UsersSettings, 'ACCESS_TOKEN_TTL_SECONDS'>
}

/**
 * The public keys tokens are verified with: the active key and those retired less than a token
 * lifetime ago. The signing key is made first, so a verifier never finds the set empty.
 */
export async function verificationKeys(deps: VerificationKeyDeps): Promise<PublicJwk[]> {
  await deps.signingKey()
  return publishedKeys(deps.db, deps.settings.ACCESS_TOKEN_TTL_SECONDS)
}
