import type { Logger } from '@bazaar/kit'
import type { CatalogCache } from './catalog-cache.ts'
import type { WriteDeps } from './product-writes.ts'
import type { ReadDeps } from './read-deps.ts'

/** What the routes, the consumer and the start are given. */
export interface CatalogDeps {
  cache: CatalogCache
  reads: ReadDeps
  writes: WriteDeps
  /** Create the demo catalog at start when no product was ever created. */
  seedDemo: boolean
  log: Logger
}
