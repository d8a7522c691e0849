import { request } from './client.ts'
import type { paths } from './generated/ratings.ts'
import { queryString } from './http.ts'
import type { JsonBody } from './json-body.ts'

export type Reviews = JsonBody<paths['/ratings/{product_id}']['get']>
export type Review = Reviews['items'][number]

export const reviewsKey = (productId: string) => ['reviews', productId] as const

export function getReviews(productId: string, cursor?: string, signal?: AbortSignal): Promise<Reviews> {
  return request(`/ratings/${encodeURIComponent(productId)}${queryString({ cursor, limit: 10 })}`, { signal })
}

/** One rating per customer and product: rating again replaces it. */
export function rateProduct(productId: string, rating: { stars: number; review?: string }): Promise<unknown> {
  return request(`/ratings/${encodeURIComponent(productId)}`, { method: 'POST', body: rating })
}
