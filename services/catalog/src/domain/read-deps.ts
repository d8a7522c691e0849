import type { Queryable } from '@bazaar/kit'
import type { CatalogCache } from './catalog-cache.ts'
import type { RatingsLookup } from './ratings.ts'

export interface ReadDeps {
  db: Queryable
  cache: CatalogCache
  ratings: RatingsLookup
  /** Most matching products sort=rating orders. */
  ratingSortMax: number
}
