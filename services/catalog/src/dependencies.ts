import type { CatalogContext } from './context.ts'
import { createCatalogCache, type CatalogCache } from './domain/catalog-cache.ts'
import type { ReadDeps } from './domain/read-deps.ts'
import type { WriteDeps } from './domain/product-writes.ts'
import { createRatingsLookup } from './domain/ratings.ts'
import { safeCache } from './domain/safe-cache.ts'

export interface CatalogDeps {
  cache: CatalogCache
  reads: ReadDeps
  writes: WriteDeps
}

/** What the domain needs, built from the service context; stateless, so routes and start may each build it. */
export function catalogDeps(ctx: CatalogContext): CatalogDeps {
  const shared = safeCache(ctx.cache, ctx.log)
  const cache = createCatalogCache(shared, ctx.config.CACHE_TTL_MS)
  const ratings = createRatingsLookup({
    available: () => ctx.urls('ratings').length > 0,
    client: () => ctx.client('ratings'),
    cache: shared,
    ttlMs: ctx.config.RATINGS_CACHE_TTL_MS,
    log: ctx.log,
  })
  return {
    cache,
    reads: { db: ctx.db, cache, ratings, ratingSortMax: ctx.config.RATING_SORT_MAX_PRODUCTS },
    writes: { transaction: (work) => ctx.transaction(work), outbox: ctx.outbox, cache, defaultWeightGrams: ctx.config.DEFAULT_WEIGHT_GRAMS },
  }
}
