import { consume, type Bus, type Db } from '@bazaar/kit'
import type { CatalogCache } from '../domain/catalog-cache.ts'

export const productEventTypes = ['product.created', 'product.updated'] as const

/**
 * A replica drops a changed product from the cache right after its own write; this consumer
 * drops it again once the event arrives: it covers writes whose own invalidation failed (Redis
 * briefly down) and a product a concurrent read stored just after the write's invalidation.
 * One queue for all replicas: their cache (Redis) is shared.
 */
export function invalidateOnProductEvents(deps: { db: Db; bus: Bus; service: string; cache: CatalogCache }): Promise<void> {
  return consume({
    db: deps.db,
    bus: deps.bus,
    service: deps.service,
    consumer: 'catalog.cache',
    types: productEventTypes,
    handle: async (_tx, event) => {
      const productId = (event.data as { product_id?: unknown } | null)?.product_id
      await deps.cache.invalidate(typeof productId === 'string' ? productId : undefined)
    },
  })
}
