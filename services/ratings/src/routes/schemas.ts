import { Type, type Static } from 'typebox'
import type { Rating, RatingSummary } from '../domain/rating.ts'

/** Schemas shared by the routes; each validates, types the handler and documents the API. */
export const closed = { additionalProperties: false } as const
export const bearer = [{ bearer: [] }]

const idPattern = '[A-Za-z0-9_-]{1,64}'
export const ProductId = Type.String({ pattern: `^${idPattern}$`, description: 'a product id, such as "12"; not checked against the catalog' })
export const ProductIdList = Type.String({ pattern: `^${idPattern}(,${idPattern})*$`, maxLength: 6500, description: 'comma-separated product ids, at most 100' })

const Average = Type.Union([Type.Number({ description: 'mean stars, 2 decimals' }), Type.Null()], { description: 'null when nobody rated the product' })

const ratingFields = {
  user_id: Type.String(),
  stars: Type.Integer({ minimum: 1, maximum: 5 }),
  review: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
}

export const RatingItem = Type.Object(ratingFields, closed)
export const RatingView = Type.Object({ product_id: Type.String(), ...ratingFields, updated_at: Type.String({ format: 'date-time' }) }, closed)
export const SummaryView = Type.Object({ product_id: Type.String(), average: Average, count: Type.Integer() }, closed)

export function ratingItem(rating: Rating): Static<typeof RatingItem> {
  return { user_id: rating.userId, stars: rating.stars, review: rating.review, created_at: rating.createdAt.toISOString() }
}

export function ratingView(rating: Rating): Static<typeof RatingView> {
  return { product_id: rating.productId, ...ratingItem(rating), updated_at: rating.updatedAt.toISOString() }
}

export function summaryView(summary: RatingSummary): Static<typeof SummaryView> {
  return { product_id: summary.productId, average: summary.average, count: summary.count }
}
