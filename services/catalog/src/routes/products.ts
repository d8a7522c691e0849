import { Type } from 'typebox'
import { toMinor, type ServiceApp } from '@bazaar/kit'
import { listProducts, readRatedProduct } from '../domain/product-reads.ts'
import type { ReadDeps } from '../domain/read-deps.ts'
import { closed, ProductPage, ProductParams, productView, ProductView } from './schemas.ts'

const sorts = ['relevance', 'name', 'price_asc', 'price_desc', 'newest', 'rating'] as const
const maxIds = 100

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'words to find in names and descriptions; the last one may be a prefix ("lapt")' })),
  category: Type.Optional(Type.String({ maxLength: 100, description: 'a category slug (or name)' })),
  min_price: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000_000 })),
  max_price: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000_000 })),
  sort: Type.Optional(Type.Enum(sorts, { description: 'relevance by default when q is given, else name' })),
  ids: Type.Optional(Type.String({ pattern: `^[0-9]{1,15}(,[0-9]{1,15}){0,${maxIds - 1}}$`, description: `up to ${maxIds} comma-separated product ids (batch lookups)` })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: '20 by default; with ids, as many as ids' })),
  cursor: Type.Optional(Type.String({ maxLength: 1000, pattern: '^[A-Za-z0-9_-]+$', description: 'next_cursor of the previous page' })),
}, closed)

/** The public reads: anyone may browse the catalog. */
export function productRoutes(app: ServiceApp, deps: ReadDeps): void {
  app.get('/products', {
    schema: { summary: 'Search and list products', tags: ['products'], querystring: ListQuery, response: { 200: ProductPage } },
  }, async (request) => {
    const query = request.query
    const ids = query.ids?.split(',')
    const page = await listProducts(deps, {
      q: query.q,
      category: query.category,
      minPriceMinor: query.min_price === undefined ? undefined : toMinor(query.min_price),
      maxPriceMinor: query.max_price === undefined ? undefined : toMinor(query.max_price),
      ids,
      sort: query.sort,
      // A batch lookup answers every id it asked for in one page.
      limit: query.limit ?? (ids === undefined ? 20 : ids.length),
      cursor: query.cursor,
    })
    return { items: page.items.map(productView), next_cursor: page.next }
  })

  app.get('/products/:product_id', {
    schema: { summary: 'A product, with its rating', tags: ['products'], params: ProductParams, response: { 200: ProductView } },
  }, async (request) => productView(await readRatedProduct(deps, request.params.product_id)))
}
