import type { NewEvent } from '@bazaar/kit'
import type { UserRegisteredV1 } from '@bazaar/contracts'
import type { User } from '../domain/user.ts'

export function userRegistered(user: User): NewEvent<UserRegisteredV1> {
  return {
    type: 'user.registered',
    subject: user.userId,
    data: { user_id: user.userId, email: user.email, username: user.username, name: user.name, created_at: user.createdAt.toISOString() },
  }
}
