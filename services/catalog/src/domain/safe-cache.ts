import { outageWatch, type Cache, type Logger } from '@bazaar/kit'

/** The calls of a Cache the catalog makes, none of which ever throws. */
export interface SafeCache {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown, ttlMs: number): Promise<void>
  delete(...keys: string[]): Promise<void>
  /** Undefined when the cache is unreachable. */
  increment(key: string, ttlMs: number): Promise<number | undefined>
}

/**
 * A cache is an optimisation: when Redis is down a read goes to the database, a write still
 * commits (its invalidation is lost, and the short TTLs heal that), and nothing answers 500.
 * An outage is logged when the first call fails and when a call succeeds again, not per call.
 */
export function safeCache(cache: Cache, log?: Logger): SafeCache {
  const watch = outageWatch({
    started: (error) => log?.warn({ err: error }, 'the cache failed; reads go to the database until the cache answers again'),
    ended: (outageMs) => log?.info({ outage_ms: outageMs }, 'the cache answers again; reads use it'),
  })
  async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work()
      watch.succeeded()
      return result
    } catch (error) {
      watch.failed(error)
      return undefined
    }
  }
  return {
    get: <T>(key: string) => attempt(() => cache.get<T>(key)),
    async set(key, value, ttlMs) {
      if (ttlMs > 0) await attempt(() => cache.set(key, value, ttlMs))
    },
    async delete(...keys) {
      await attempt(() => cache.delete(...keys))
    },
    increment: (key, ttlMs) => attempt(async () => (await cache.increment(key, 1, ttlMs)).value),
  }
}
