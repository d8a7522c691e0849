import type { Queryable } from '@bazaar/kit'
import type { CatalogCache } from './catalog-cache.ts'
import type { Rating } from './product.ts'

/** Ratings per product id; null where the ratings service could not tell (down, slow, odd answer). */
export type RatingsLookup = (productIds: readonly string[]) => Promise<Map<string, Rating | null>>

export interface ReadDeps {
  db: Queryable
  cache: CatalogCache
  ratings: RatingsLookup
  /** Most matching products sort=rating orders. */
  ratingSortMax: number
}
