import type { Db, Logger, Outbox, Queryable } from '@bazaar/kit'
import { ratedSummaries, ratingsPage, upsertRating } from '../data/ratings.ts'
import { ratingCreated } from './events/rating-created.ts'
import type { Rating, RatingSummary } from './rating.ts'

export interface RatingDeps {
  db: Db
  outbox: Outbox
  /** A transaction after whose commit the outbox publishes at once. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Create the demo ratings at start when there are no ratings yet. */
  seedDemo: boolean
  log: Logger
}

export interface RatingChange {
  productId: string
  userId: string
  stars: number
  /** Replaces the earlier review; absent or blank leaves none. */
  review?: string | undefined
}

/**
 * Records the user's rating of the product, replacing an earlier one, and announces it with
 * RatingCreated in the same transaction (both times: the contract has one event for both).
 * The product is not checked: this service owns no products (see the migration).
 */
export function rate(deps: RatingDeps, change: RatingChange): Promise<{ rating: Rating; created: boolean }> {
  const review = change.review?.trim() || null
  return deps.transaction(async (tx) => {
    const result = await upsertRating(tx, { productId: change.productId, userId: change.userId, stars: change.stars, review })
    await deps.outbox.add(tx, ratingCreated(result.rating))
    return result
  })
}

/** Summaries in the order asked, once per product; a product nobody rated has average null and count 0. */
export async function summariesOf(db: Db, productIds: readonly string[]): Promise<RatingSummary[]> {
  const unique = [...new Set(productIds)]
  const rated = new Map((await ratedSummaries(db, unique)).map((summary) => [summary.productId, summary]))
  return unique.map((productId) => rated.get(productId) ?? { productId, average: null, count: 0 })
}

export interface Reviews {
  summary: RatingSummary
  ratings: Rating[]
  next: number | undefined
}

/** A product's summary and one page of its ratings, newest first. */
export async function reviewsOf(db: Db, productId: string, limit: number, before?: number): Promise<Reviews> {
  const [[summary], page] = await Promise.all([summariesOf(db, [productId]), ratingsPage(db, productId, limit, before)])
  return { summary: summary ?? { productId, average: null, count: 0 }, ratings: page.ratings, next: page.next }
}
