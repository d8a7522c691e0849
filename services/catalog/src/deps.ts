import type { ServiceContext } from '@bazaar/kit'
import { createRatingsLookup } from './clients/ratings.ts'
import type { config } from './config.ts'
import type { CatalogDeps } from './domain/catalog.ts'
import { createCatalogCache } from './domain/catalog-cache.ts'
import { safeCache } from './domain/safe-cache.ts'

export type CatalogContext = ServiceContext<typeof config, { db: true; bus: true; cache: true }, 'ratings'>

/**
 * Built once per running service. The ratings client is asked for at each call, not now: a
 * platform started without ratings still serves products, without their ratings.
 */
export function deps(ctx: CatalogContext): CatalogDeps {
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
    seedDemo: ctx.config.SEED_DEMO,
    log: ctx.log,
  }
}
