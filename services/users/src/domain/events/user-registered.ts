import { UserRegistered, type UserRegisteredV1 } from '@bazaar/contracts'
import { newEvent, type NewEvent } from '@bazaar/kit'
import type { User } from '../user.ts'

export function userRegistered(user: User): NewEvent<UserRegisteredV1> {
  return newEvent(UserRegistered, user.userId, {
    user_id: user.userId,
    email: user.email,
    username: user.username,
    name: user.name,
    created_at: user.createdAt.toISOString(),
  })
}
