import { refreshSession } from '../auth/refresh-session.ts'
import { session } from '../auth/session.ts'
import { isApiError } from './api-error.ts'
import { send, type SendOptions } from './http.ts'

function withToken(options: SendOptions): SendOptions {
  const token = session.accessToken()
  return token === undefined ? options : { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } }
}

/**
 * A call to the API as the signed-in user (or anonymously). An expired access token is
 * refreshed first; a 401 refreshes once and retries once, so sessions renew silently.
 */
export async function request<T>(path: string, options: SendOptions = {}): Promise<T> {
  if (session.accessToken() === undefined && session.isSignedIn()) await refreshSession()
  try {
    return await send<T>(path, withToken(options))
  } catch (error) {
    if (!isApiError(error, 401) || !session.isSignedIn() || !(await refreshSession())) throw error
    return send<T>(path, withToken(options))
  }
}
