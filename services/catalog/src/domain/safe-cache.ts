import type { Cache, Logger } from '@bazaar/kit'

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
 */
export function safeCache(cache: Cache, log?: Logger): SafeCache {
  async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work()
    } catch (error) {
      log?.debug({ err: error }, `cache ${what} failed`)
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
    increment: (key, ttlMs) => attempt('increment', () => cache.increment(key, 1, ttlMs)),
  }
}
