import type { NewEvent } from '@bazaar/kit'
import type { RatingCreatedV1 } from '@bazaar/contracts'
import type { Rating } from '../domain/rating.ts'

/** Sent for a new rating and for a changed one alike, as the contract says. */
export function ratingCreated(rating: Pick<Rating, 'productId' | 'userId' | 'stars'>): NewEvent<RatingCreatedV1> {
  return {
    type: 'rating.created',
    subject: rating.productId,
    data: { product_id: rating.productId, user_id: rating.userId, stars: rating.stars },
  }
}
