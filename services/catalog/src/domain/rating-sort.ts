import { findProducts } from '../data/products.ts'
import { matchingIds, type ProductFilter } from '../data/product-search.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import type { Rating } from './product.ts'
import type { ProductPage } from './product-page.ts'
import type { ReadDeps } from './read-deps.ts'

/** [average (-1 without one), count]: a position in the rating order, with the id after it. */
type RatingKey = [number, number]

const isRatingKey = (key: unknown): key is RatingKey =>
  Array.isArray(key) && key.length === 2 && key.every((n) => typeof n === 'number' && Number.isFinite(n))

function keyOf(rating: Rating | null): RatingKey {
  return [rating?.average ?? -1, rating?.count ?? 0]
}

/** Best average first, then most ratings, then the lower id; products without an average last. */
function compare(a: { key: RatingKey; id: string }, b: { key: RatingKey; id: string }): number {
  return b.key[0] - a.key[0] || b.key[1] - a.key[1] || Number(a.id) - Number(b.id)
}

/**
 * sort=rating. Averages live in the ratings service, so the matching ids (at most
 * `ratingSortMax`) are ordered by the averages it gives, and the page resumes after the
 * cursor's position in that order. While ratings is down every product is unrated: id order.
 * Not cached as a page: each product's rating is cached on its own, briefly.
 */
export async function ratingPage(deps: ReadDeps, filter: ProductFilter, limit: number, cursor: string | undefined): Promise<ProductPage> {
  const after = cursor === undefined ? undefined : decodeCursor(cursor, 'rating', isRatingKey)
  const ids = await matchingIds(deps.db, filter, deps.ratingSortMax)
  const ratings = await deps.ratings(ids)
  const ordered = ids.map((id) => ({ id, key: keyOf(ratings.get(id) ?? null) })).sort(compare)
  const start = after === undefined ? 0 : ordered.findIndex((entry) => compare(entry, after) > 0)
  const window = start < 0 ? [] : ordered.slice(start, start + limit + 1)
  const page = window.slice(0, limit)
  const products = new Map((await findProducts(deps.db, page.map((entry) => entry.id))).map((product) => [product.productId, product]))
  const last = page.at(-1)
  return {
    items: page.flatMap((entry) => {
      const product = products.get(entry.id)
      return product ? [{ product, rating: ratings.get(entry.id) ?? null }] : []
    }),
    next: window.length > limit && last ? encodeCursor({ sort: 'rating', key: last.key, id: last.id }) : null,
  }
}
