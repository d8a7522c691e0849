import { Type, type Static } from 'typebox'
import { Timestamp } from './common.ts'

/**
 * `user.registered`, version 1. Published by users when an account is created; never carries a
 * password or its hash. Adding an optional field keeps the version; anything else is v2.
 */
export const UserRegisteredV1 = Type.Object({
  user_id: Type.String(),
  email: Type.String(),
  username: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  created_at: Timestamp,
})

export type UserRegisteredV1 = Static<typeof UserRegisteredV1>
