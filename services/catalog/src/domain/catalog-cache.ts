import type { SafeCache } from './safe-cache.ts'
import type { Product } from './product.ts'

export interface CatalogCache {
  /** The product by id through the cache; a missing product is not cached. */
  product(productId: string, load: () => Promise<Product | undefined>): Promise<Product | undefined>
  /** A list answer (a page, the categories) keyed by its query; dropped at once by any product change. */
  listing<T>(key: string, load: () => Promise<T>): Promise<T>
  /** Forgets the product and every list answer. */
  invalidate(productId?: string): Promise<void>
}

// List answers are keyed under a generation number: bumping it orphans them all in one call,
// and a page computed before a change but stored after it lands under the old generation,
// where nobody reads it.
const generationKey = 'listings:generation'
// Far longer than any entry lives, so a generation never restarts under entries still cached.
const generationTtlMs = 7 * 24 * 3600 * 1000

/** Products and list pages, cached for `ttlMs` (short: a missed invalidation heals by itself). */
export function createCatalogCache(cache: SafeCache, ttlMs: number): CatalogCache {
  const productKey = (productId: string) => `product:${productId}`
  return {
    async product(productId, load) {
      const hit = await cache.get<Product>(productKey(productId))
      if (hit !== undefined) return hit
      const product = await load()
      if (product !== undefined) await cache.set(productKey(productId), product, ttlMs)
      return product
    },
    async listing<T>(key: string, load: () => Promise<T>): Promise<T> {
      const generation = (await cache.get<number>(generationKey)) ?? 0
      const fullKey = `listing:${generation}:${key}`
      const hit = await cache.get<T>(fullKey)
      if (hit !== undefined) return hit
      const value = await load()
      await cache.set(fullKey, value, ttlMs)
      return value
    },
    async invalidate(productId) {
      await cache.increment(generationKey, generationTtlMs)
      if (productId !== undefined) await cache.delete(productKey(productId))
    },
  }
}
