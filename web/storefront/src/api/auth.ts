import type { paths } from './generated/users.ts'
import { send } from './http.ts'
import type { JsonBody } from './json-body.ts'

/** The OAuth2 token answer of login and refresh. */
export type TokenGrant = JsonBody<paths['/auth/login']['post']>

export function logIn(email: string, password: string): Promise<TokenGrant> {
  return send('/auth/login', { method: 'POST', body: { email, password } })
}

/** Exchanges a refresh token for new tokens; the one sent is revoked (rotation). */
export function refreshTokens(refreshToken: string): Promise<JsonBody<paths['/auth/refresh']['post']>> {
  return send('/auth/refresh', { method: 'POST', body: { refresh_token: refreshToken } })
}

export function logOut(refreshToken: string): Promise<void> {
  return send('/auth/logout', { method: 'POST', body: { refresh_token: refreshToken } })
}
