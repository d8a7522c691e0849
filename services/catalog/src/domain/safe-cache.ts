import type { Cache, Logger } from '@bazaar/kit'

/** The calls of a Cache the catalog makes, none of which ever throws. */
export interface SafeCache {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown, ttlMs: number): Promise<void>
  delete(...keys: string[]): Promise<void>
  /** Undefined when the cache is unreachable. */
  increment(key: string, ttlMs: number): Promise<number | undefined>
}

// Per cache, not per wrapper: the routes and the event consumer each wrap the service's cache,
// and one outage is still logged once.
const failing = new WeakSet<Cache>()

/**
 * A cache is an optimisation: when Redis is down a read goes to the database, a write still
 * commits (its invalidation is lost, and the short TTLs heal that), and nothing answers 500.
 * An outage is logged when the first call fails and when a call succeeds again, not per call.
 */
export function safeCache(cache: Cache, log?: Logger): SafeCache {
  async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work()
      if (failing.delete(cache)) log?.info('the cache answers again; reads use it')
      return result
    } catch (error) {
      if (!failing.has(cache)) log?.warn({ err: error }, `cache ${what} failed; reads go to the database until the cache answers again`)
      failing.add(cache)
      return undefined
    }
  }
  return {
    get: <T>(key: string) => attempt('get', () => cache.get<T>(key)),
    async set(key, value, ttlMs) {
      if (ttlMs > 0) await attempt('set', () => cache.set(key, value, ttlMs))
    },
    async delete(...keys) {
      await attempt('delete', () => cache.delete(...keys))
    },
    increment: (key, ttlMs) => attempt('increment', async () => (await cache.increment(key, 1, ttlMs)).value),
  }
}
