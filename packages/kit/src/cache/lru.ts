import { LRUCache } from 'lru-cache'
import type { Cache } from './cache.ts'

export interface LruCacheOptions {
  /** Entries kept before the least recently used is evicted; 10 000 by default. */
  max?: number
}

/**
 * The in-process cache of the embedded mode. Values are stored as JSON text, like Redis
 * stores them, so a caller never shares (and mutates) the cached object and both caches
 * answer the same shapes (a Date comes back as its ISO string).
 */
export function createLruCache(options: LruCacheOptions = {}): Cache {
  const entries = new LRUCache<string, string>({ max: options.max ?? 10_000 })
  // Read, change and write in one turn of the event loop: nothing can come in between.
  const updateNow = <T>(key: string, change: (current: T | undefined) => T | undefined): T | undefined => {
    const text = entries.get(key)
    const next = change(text === undefined ? undefined : (JSON.parse(text) as T))
    const nextText = JSON.stringify(next) as string | undefined
    if (nextText === undefined) entries.delete(key)
    else if (nextText !== text) entries.set(key, nextText)
    return next
  }
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const text = entries.get(key)
      return text === undefined ? undefined : (JSON.parse(text) as T)
    },
    async set(key, value, ttlMs) {
      const text = JSON.stringify(value) as string | undefined
      if (text === undefined) entries.delete(key)
      else entries.set(key, text, { ttl: ttlMs ?? 0 })
    },
    async delete(...keys) {
      for (const key of keys) entries.delete(key)
    },
    async increment(key, by, ttlMs) {
      const current = entries.get(key)
      const value = (current === undefined ? 0 : Number(JSON.parse(current))) + by
      // An existing counter keeps the expiry its first increment gave it.
      entries.set(key, JSON.stringify(value), current === undefined ? { ttl: ttlMs } : { noUpdateTTL: true })
      return { value, expiresInMs: entries.getRemainingTTL(key) }
    },
    async update<T>(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
      return updateNow(key, change)
    },
    async updateOnce<T>(key: string, onceKey: string, markTtlMs: number, change: (current: T | undefined) => T | undefined): Promise<boolean> {
      if (entries.has(onceKey)) return false
      updateNow(key, change)
      entries.set(onceKey, '1', { ttl: markTtlMs })
      return true
    },
    async ping() {},
    async close() {
      entries.clear()
    },
  }
}
