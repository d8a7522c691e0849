import { isAppError, type HttpClient } from '@bazaar/kit'
import type { Recipient } from '../domain/notification.ts'

interface UserView {
  user_id: string
  email: string
  name: string | null
}

/**
 * Looks a user up at the users service (GET /users/{id}, service token). An unknown user
 * answers undefined; any other failure throws, so the event is delivered again later. The
 * client is asked for at each lookup, once the users service is known to be listening.
 */
export function usersDirectory(users: () => HttpClient): (userId: string) => Promise<Recipient | undefined> {
  return async (userId) => {
    try {
      const { body } = await users().get<UserView>(`/users/${encodeURIComponent(userId)}`)
      return { userId: body.user_id, email: body.email, name: body.name }
    } catch (error) {
      // Not an id the users service could ever hold: no retry will find it either.
      if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) return undefined
      throw error
    }
  }
}
