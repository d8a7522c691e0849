import { AppError } from '@bazaar/kit'
import { findProduct } from '../data/products.ts'
import { listCategories, type CategoryCount } from '../data/categories.ts'
import { searchProducts, type ProductFilter, type SqlSort } from '../data/product-search.ts'
import { slugOf } from './category.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { isProductId, type Product } from './product.ts'
import type { ProductPage, RatedProduct } from './product-page.ts'
import { ratingPage } from './rating-sort.ts'
import type { ReadDeps } from './read-deps.ts'
import { prefixQuery } from './search-terms.ts'

export type Sort = SqlSort | 'rating'

export interface ListQuery {
  q?: string | undefined
  category?: string | undefined
  minPriceMinor?: number | undefined
  maxPriceMinor?: number | undefined
  ids?: readonly string[] | undefined
  /** Default: relevance when there is a `q`, else name. */
  sort?: Sort | undefined
  limit: number
  cursor?: string | undefined
}

const notFound = () => new AppError('NOT_FOUND', 'Product not found')

/** The product without its rating (what the image needs); deleted and unknown ids are 404. */
export async function readProduct(deps: Pick<ReadDeps, 'db' | 'cache'>, productId: string): Promise<Product> {
  if (!isProductId(productId)) throw notFound()
  const product = await deps.cache.product(productId, () => findProduct(deps.db, productId))
  if (!product) throw notFound()
  return product
}

/** The product with its rating, null when the ratings service cannot tell. */
export async function readRatedProduct(deps: ReadDeps, productId: string): Promise<RatedProduct> {
  const product = await readProduct(deps, productId)
  const ratings = await deps.ratings([product.productId])
  return { product, rating: ratings.get(product.productId) ?? null }
}

const isText = (key: unknown): key is string => typeof key === 'string'

/** One page of products: full-text search, filters, a sort and a keyset cursor. */
export async function listProducts(deps: ReadDeps, query: ListQuery): Promise<ProductPage> {
  const q = query.q?.trim() || undefined
  const filter: ProductFilter = {
    q,
    prefix: q === undefined ? undefined : prefixQuery(q),
    category: query.category === undefined ? undefined : slugOf(query.category),
    minPriceMinor: query.minPriceMinor,
    maxPriceMinor: query.maxPriceMinor,
    ids: query.ids,
  }
  const requested = query.sort ?? (q === undefined ? 'name' : 'relevance')
  // Without words there is nothing to rank by.
  const sort = requested === 'relevance' && q === undefined ? 'name' : requested
  if (sort === 'rating') return ratingPage(deps, filter, query.limit, query.cursor)

  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, sort, isText)
  const cacheKey = JSON.stringify([filter, sort, query.limit, query.cursor ?? null])
  const page = await deps.cache.listing(cacheKey, async () => {
    const found = await searchProducts(deps.db, filter, sort, after && { key: after.key, id: after.id }, query.limit)
    return { products: found.products, next: found.next ? encodeCursor({ sort, ...found.next }) : null }
  })
  const ratings = await deps.ratings(page.products.map((product) => product.productId))
  return { items: page.products.map((product) => ({ product, rating: ratings.get(product.productId) ?? null })), next: page.next }
}

export function readCategories(deps: Pick<ReadDeps, 'db' | 'cache'>): Promise<CategoryCount[]> {
  return deps.cache.listing('categories', () => listCategories(deps.db))
}
