import { RatingCreated } from '@bazaar/contracts'
import { newEvent } from '@bazaar/kit'
import type { Rating } from '../rating.ts'

/** Sent for a new rating and for a changed one alike, as the contract says. */
export function ratingCreated(rating: Pick<Rating, 'productId' | 'userId' | 'stars'>) {
  return newEvent(RatingCreated, rating.productId, { product_id: rating.productId, user_id: rating.userId, stars: rating.stars })
}
