import { ProductCreated, ProductUpdated } from '@bazaar/contracts'
import { defineConsumer, isEvent, readEvent } from '@bazaar/kit'
import type { CatalogDeps } from '../domain/catalog.ts'

/**
 * A replica drops a changed product from the cache right after its own write; this consumer
 * drops it again once the event arrives: it covers writes whose own invalidation failed (Redis
 * briefly down) and a product a concurrent read stored just after the write's invalidation.
 * One queue for all replicas: their cache (Redis) is shared.
 */
export const invalidateChangedProducts = defineConsumer<CatalogDeps>({
  name: 'catalog.cache',
  events: [ProductCreated, ProductUpdated],
  handler: (deps) => async (_tx, event) => {
    const product = isEvent(event, ProductCreated) ? readEvent(ProductCreated, event) : readEvent(ProductUpdated, event)
    await deps.cache.invalidate(product.product_id)
  },
})
