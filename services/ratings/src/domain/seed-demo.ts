import { hasRatings, insertRating } from '../data/ratings.ts'
import { demoRatings } from './demo-ratings.ts'
import { ratingCreated } from './events/rating-created.ts'
import type { RatingDeps } from './ratings.ts'

/**
 * Fills an empty ratings table with the demo ratings, each announced like any rating. Replicas
 * starting together queue on an advisory lock, and the later ones find the table filled.
 */
export async function seedDemoRatings(deps: Pick<RatingDeps, 'outbox' | 'transaction' | 'log'>): Promise<void> {
  const added = await deps.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('bazaar.ratings.seed-demo'))`)
    if (await hasRatings(tx)) return 0
    let count = 0
    for (const rating of demoRatings(new Date())) {
      if (!(await insertRating(tx, rating))) continue
      await deps.outbox.add(tx, ratingCreated(rating))
      count++
    }
    return count
  })
  if (added > 0) deps.log.info({ ratings: added }, 'demo ratings created')
}
