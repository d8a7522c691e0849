import { request } from './client.ts'
import { queryString } from './http.ts'

export interface Review {
  user_id: string
  stars: number
  review: string | null
  created_at: string
}

export interface Reviews {
  product_id: string
  /** Mean stars; null when nobody rated the product. */
  average: number | null
  count: number
  items: Review[]
  next_cursor: string | null
}

export const reviewsKey = (productId: string) => ['reviews', productId] as const

export function getReviews(productId: string, cursor?: string, signal?: AbortSignal): Promise<Reviews> {
  return request(`/ratings/${encodeURIComponent(productId)}${queryString({ cursor, limit: 10 })}`, { signal })
}

/** One rating per customer and product: rating again replaces it. */
export function rateProduct(productId: string, rating: { stars: number; review?: string }): Promise<unknown> {
  return request(`/ratings/${encodeURIComponent(productId)}`, { method: 'POST', body: rating })
}
