import { send } from './http.ts'

/** The OAuth2 token answer of login and refresh. */
export interface TokenGrant {
  access_token: string
  token_type: 'Bearer'
  /** Seconds the access token stays valid. */
  expires_in: number
  refresh_token?: string
}

export function logIn(email: string, password: string): Promise<TokenGrant> {
  return send('/auth/login', { method: 'POST', body: { email, password } })
}

/** Exchanges a refresh token for new tokens; the one sent is revoked (rotation). */
export function refreshTokens(refreshToken: string): Promise<TokenGrant> {
  return send('/auth/refresh', { method: 'POST', body: { refresh_token: refreshToken } })
}

export function logOut(refreshToken: string): Promise<void> {
  return send('/auth/logout', { method: 'POST', body: { refresh_token: refreshToken } })
}
