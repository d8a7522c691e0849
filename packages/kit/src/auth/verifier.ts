import { createLocalJWKSet, jwtVerify, type CryptoKey, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey, type KeyObject } from 'jose'
import { LRUCache } from 'lru-cache'
import { AppError } from '../errors.ts'
import { KeySourceUnavailable, remoteKeys } from './key-source.ts'
import type { Principal } from './principal.ts'

export interface TokenVerifier {
  /** Answers the token's principal, or throws AppError UNAUTHENTICATED saying why (never what it held). */
  verify(token: string): Promise<Principal>
}

export interface VerifierOptions {
  issuer: string
  audience: string | string[]
  clockToleranceSec?: number
  /** Verified tokens remembered until they expire. Default 10000. */
  cacheSize?: number
}

export interface RemoteVerifierOptions extends VerifierOptions {
  /** A function when the address is known only once the key server listens (the users service itself). */
  jwksUrl: string | (() => string)
  /** Least time between two JWKS fetches triggered by an unknown key id. Default 30000. */
  jwksCooldownMs?: number
  /** Default 5000. */
  jwksTimeoutMs?: number
}

/**
 * Asymmetric algorithms only: `none` is refused, and so is HS256, which would let anyone holding
 * the public key mint tokens if it were used as an HMAC secret.
 */
const algorithms = ['EdDSA', 'Ed25519', 'ES256']

/** For every service but users: keys from the users service's JWKS endpoint. */
export function createTokenVerifier(options: RemoteVerifierOptions): TokenVerifier {
  const keys = remoteKeys(options.jwksUrl, { cooldownMs: options.jwksCooldownMs ?? 30_000, timeoutMs: options.jwksTimeoutMs ?? 5000 })
  return verifierWith(keys, options)
}

/** For the users service, which holds its own public keys and must not call itself to verify. */
export function createLocalVerifier(keys: JSONWebKeySet | CryptoKey | KeyObject, options: VerifierOptions): TokenVerifier {
  const resolve: JWTVerifyGetKey = 'keys' in keys ? createLocalJWKSet(keys) : async () => keys
  return verifierWith(resolve, options)
}

function verifierWith(keys: JWTVerifyGetKey, options: VerifierOptions): TokenVerifier {
  // The gateway verifies every request; a token seen before costs a map lookup until it expires.
  const verified = new LRUCache<string, Principal>({ max: options.cacheSize ?? 10_000 })
  return {
    async verify(token) {
      const cached = verified.get(token)
      if (cached) return cached
      let payload: JWTPayload
      try {
        ;({ payload } = await jwtVerify(token, keys, {
          algorithms,
          issuer: options.issuer,
          audience: options.audience,
          clockTolerance: options.clockToleranceSec ?? 5,
          requiredClaims: ['exp', 'sub'],
        }))
      } catch (error) {
        if (error instanceof KeySourceUnavailable) {
          throw new AppError('UNAVAILABLE', 'Token keys unavailable', { detail: 'The keys that sign tokens could not be fetched; try again later.', retryAfter: 5, cause: error })
        }
        throw unauthenticated(reasonFor(error))
      }
      const principal = principalFrom(payload, token)
      const ttl = (payload.exp ?? 0) * 1000 - Date.now()
      if (ttl > 0) verified.set(token, principal, { ttl })
      return principal
    },
  }
}

function principalFrom(payload: JWTPayload, token: string): Principal {
  if (payload.typ !== 'access') throw unauthenticated('not an access token')
  const roles = payload.roles ?? []
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) throw unauthenticated('malformed roles claim')
  const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined
  const service = clientId !== undefined || roles.includes('service')
  return Object.freeze({
    subject: payload.sub as string,
    kind: service ? 'service' : 'user',
    roles: Object.freeze([...roles]) as string[],
    ...(clientId === undefined ? {} : { clientId }),
    token,
  })
}

function unauthenticated(reason: string): AppError {
  return new AppError('UNAUTHENTICATED', 'Invalid token', { detail: reason })
}

/** jose's own messages and properties can carry claim values; only the error code is read. */
function reasonFor(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'token expired'
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'bad signature'
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'signing algorithm not allowed'
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return 'unknown signing key'
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED': {
      const claim = (error as { claim?: unknown }).claim
      return typeof claim === 'string' && /^[a-z_]{1,16}$/.test(claim) ? `"${claim}" claim is missing or invalid` : 'invalid claims'
    }
    default:
      return 'malformed token'
  }
}
