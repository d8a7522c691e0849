import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, toMinor, type HttpClient } from '@bazaar/kit'
import type { Catalog } from '../domain/lookups.ts'

// Only the fields the cart shows; the catalog may add others.
const CatalogItem = Type.Object({
  product_id: Type.String(),
  name: Type.String(),
  price: Type.Number(),
  currency: Type.Optional(Type.String()),
  image_url: Type.Optional(Type.Union([Type.String(), Type.Null()])),
})
const CatalogPage = Type.Object({ items: Type.Array(CatalogItem) })

/** The catalog's batch lookup, `GET /products?ids=`; at most 100 ids, as one catalog page. */
export function catalogClient(client: () => HttpClient): Catalog {
  return {
    async products(ids) {
      if (ids.length === 0) return new Map()
      const reply = await client().get('/products', { query: { ids: ids.join(','), limit: ids.length } })
      if (!Value.Check(CatalogPage, reply.body)) {
        throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'The catalog answered an unexpected shape.' })
      }
      const wanted = new Set(ids)
      return new Map(reply.body.items.filter((item) => wanted.has(item.product_id)).map((item) => [item.product_id, {
        productId: item.product_id,
        name: item.name,
        priceMinor: toMinor(item.price),
        currency: item.currency ?? 'USD',
        imageUrl: item.image_url ?? null,
      }]))
    },
  }
}
