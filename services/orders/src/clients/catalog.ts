import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { AppError, toMinor, type HttpClient } from '@bazaar/kit'
import type { Catalog } from '../domain/ports.ts'

// Only the fields an order needs; the catalog may send more.
const CatalogItem = Type.Object({
  product_id: Type.String(),
  name: Type.String(),
  price: Type.Number({ minimum: 0 }),
  currency: Type.Optional(Type.String()),
  weight_grams: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
})
const CatalogPage = Type.Object({ items: Type.Array(CatalogItem) })

/** The catalog's batch lookup, `GET /products?ids=`: one page of at most 100 ids. */
export function catalogClient(client: () => HttpClient): Catalog {
  return {
    async products(ids) {
      if (ids.length === 0) return []
      const reply = await client().get('/products', { query: { ids: ids.join(','), limit: ids.length } })
      if (!Value.Check(CatalogPage, reply.body)) {
        throw new AppError('BAD_GATEWAY', 'Upstream failed', { detail: 'The catalog answered an unexpected shape.' })
      }
      const wanted = new Set(ids)
      return reply.body.items.filter((item) => wanted.has(item.product_id)).map((item) => ({
        productId: item.product_id,
        name: item.name,
        price: toMinor(item.price),
        currency: item.currency ?? 'USD',
        weightGrams: item.weight_grams ?? 0,
      }))
    },
  }
}
