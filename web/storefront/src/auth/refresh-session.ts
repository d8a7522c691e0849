import { isApiError } from '../api/api-error.ts'
import { refreshTokens } from '../api/auth.ts'
import { session } from './session.ts'

let pending: Promise<boolean> | undefined

async function exchange(token: string): Promise<boolean> {
  session.save(await refreshTokens(token))
  return true
}

async function refresh(): Promise<boolean> {
  const token = session.refreshToken()
  if (token === null) return false
  try {
    return await exchange(token)
  } catch (error) {
    // Another tab may have rotated the token while this one used the old one.
    const latest = session.refreshToken()
    if (latest !== null && latest !== token) return exchange(latest).catch(() => false)
    // Refused tokens end the session; a network failure keeps it for the next try.
    if (isApiError(error) && error.isClientError) session.clear()
    return false
  }
}

/** New tokens from the refresh token; concurrent callers share one exchange (each revokes the last). */
export function refreshSession(): Promise<boolean> {
  pending ??= refresh().finally(() => { pending = undefined })
  return pending
}
