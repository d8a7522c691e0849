import type { Queryable } from '@bazaar/kit'
import type { Rating, RatingSummary } from '../domain/rating.ts'

type RatingRow = { product_id: string; user_id: string; stars: number; review: string | null; created_at: Date; updated_at: Date }

const columns = 'product_id, user_id, stars, review, created_at, updated_at'

function toRating(row: RatingRow): Rating {
  return { productId: row.product_id, userId: row.user_id, stars: row.stars, review: row.review, createdAt: row.created_at, updatedAt: row.updated_at }
}

export interface RatingInput {
  productId: string
  userId: string
  stars: number
  review: string | null
}

/** Inserts the user's rating of the product or replaces it; `created` tells which (xmax is 0 on a fresh row). */
export async function upsertRating(db: Queryable, input: RatingInput): Promise<{ rating: Rating; created: boolean }> {
  const [row] = await db.query<RatingRow & { created: boolean }>(
    `insert into ratings (product_id, user_id, stars, review) values ($1, $2, $3, $4)
     on conflict (product_id, user_id) do update set stars = excluded.stars, review = excluded.review, updated_at = now()
     returning ${columns}, (xmax = 0) as created`,
    [input.productId, input.userId, input.stars, input.review],
  )
  if (!row) throw new Error('the rating upsert returned no row')
  return { rating: toRating(row), created: row.created }
}

/** A rating with its own timestamps (demo data); an existing one is left alone. */
export async function insertRating(db: Queryable, rating: Rating): Promise<boolean> {
  const rows = await db.query(
    `insert into ratings (product_id, user_id, stars, review, created_at, updated_at) values ($1, $2, $3, $4, $5, $6)
     on conflict do nothing returning product_id`,
    [rating.productId, rating.userId, rating.stars, rating.review, rating.createdAt, rating.updatedAt],
  )
  return rows.length > 0
}

export async function hasRatings(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }>('select exists (select 1 from ratings) as found')
  return row?.found ?? false
}

export interface RatingPage {
  ratings: Rating[]
  /** Where the next page starts; undefined on the last page. */
  next: number | undefined
}

/** A product's ratings, newest first, `limit` at a time, from position `before` (exclusive). */
export async function ratingsPage(db: Queryable, productId: string, limit: number, before?: number): Promise<RatingPage> {
  const rows = await db.query<RatingRow & { seq: number }>(
    `select ${columns}, seq from ratings where product_id = $1 and ($2::bigint is null or seq < $2::bigint)
     order by seq desc limit $3`,
    [productId, before ?? null, limit + 1],
  )
  const page = rows.slice(0, limit)
  return { ratings: page.map(toRating), next: rows.length > limit ? page.at(-1)?.seq : undefined }
}

/** Summaries of the products among `productIds` that have ratings; the others are absent. */
export async function ratedSummaries(db: Queryable, productIds: readonly string[]): Promise<RatingSummary[]> {
  const rows = await db.query<{ product_id: string; average: number; count: number }>(
    `select product_id, round(avg(stars), 2)::float8 as average, count(*) as count
     from ratings where product_id = any($1::text[]) group by product_id`,
    [productIds],
  )
  return rows.map((row) => ({ productId: row.product_id, average: row.average, count: row.count }))
}
