import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose'

/** The key server could not be read and no keys were ever fetched: the caller is not at fault. */
export class KeySourceUnavailable extends Error {
  constructor(cause: unknown) {
    super('the JSON Web Key Set could not be fetched', { cause })
    this.name = 'KeySourceUnavailable'
  }
}

const tokenFaults = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS'])

/**
 * Keys from a remote JWKS (jose caches them and refetches on an unknown kid after a cooldown).
 * When a refetch fails, the keys last served stay trusted for a cooldown rather than failing
 * every request while the users service restarts.
 */
export function remoteKeys(url: string | (() => string), options: { cooldownMs: number; timeoutMs: number }): JWTVerifyGetKey {
  let created: ReturnType<typeof createRemoteJWKSet> | undefined
  const jwks = () => (created ??= createRemoteJWKSet(new URL(typeof url === 'string' ? url : url()), { cooldownDuration: options.cooldownMs, timeoutDuration: options.timeoutMs }))
  let fallback: JWTVerifyGetKey | undefined
  let failedAt = Number.NEGATIVE_INFINITY
  return async (header, token) => {
    if (fallback && Date.now() - failedAt < options.cooldownMs) return fallback(header, token)
    try {
      const key = await jwks()(header, token)
      fallback = undefined
      return key
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && tokenFaults.has(String(error.code))) throw error
      const stale = jwks().jwks()
      if (!stale) throw new KeySourceUnavailable(error)
      failedAt = Date.now()
      fallback = createLocalJWKSet(stale)
      return fallback(header, token)
    }
  }
}
