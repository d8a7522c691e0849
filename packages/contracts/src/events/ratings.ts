import { Type, type Static } from 'typebox'
import { Id } from './common.ts'

/** `rating.created` v1: also sent when a user changes their rating. */
export const RatingCreatedV1 = Type.Object({ product_id: Id, user_id: Id, stars: Type.Integer({ minimum: 1, maximum: 5 }) })
export type RatingCreatedV1 = Static<typeof RatingCreatedV1>
