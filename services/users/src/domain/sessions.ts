import { AppError, type Db } from '@bazaar/kit'
import { findUserById, findUserByLogin } from '../data/users.ts'
import type { UsersSettings } from '../config.ts'
import type { AccessTokens } from './access-tokens.ts'
import { clearAccountFailures, countFailure, ensureNotLocked, type ThrottleSettings } from './login-throttle.ts'
import { verifyPassword } from './passwords.ts'
import { issueRefreshToken, revokeRefreshTokenValue, rotateRefreshToken } from './refresh-tokens.ts'

export interface SessionDeps {
  db: Db
  tokens: AccessTokens
  settings: ThrottleSettings & Pick<UsersSettings, 'REFRESH_TOKEN_TTL_SECONDS'>
}

export interface Credentials {
  login: { email: string } | { username: string }
  password: string
  clientIp: string
}

export interface TokenGrant {
  accessToken: string
  expiresIn: number
  refreshToken: string
}

// One message whatever failed, so the answer does not tell which accounts exist.
const badCredentials = () => new AppError('UNAUTHENTICATED', 'Invalid credentials', { detail: 'The login or the password is wrong.' })

/** Exchanges a login and password for an access token and a refresh token. */
export async function login(deps: SessionDeps, credentials: Credentials): Promise<TokenGrant> {
  const { db, settings } = deps
  const login = 'email' in credentials.login ? { email: credentials.login.email.trim().toLowerCase() } : credentials.login
  const user = await findUserByLogin(db, login)
  const attempt = { account: user?.userId ?? ('email' in login ? login.email : login.username.toLowerCase()), clientIp: credentials.clientIp }
  await ensureNotLocked(db, attempt)
  // Always a hash computation, for a password-less or unknown account too: no timing oracle.
  if (!(await verifyPassword(credentials.password, user?.passwordHash)) || !user) {
    await countFailure(db, attempt, settings)
    throw badCredentials()
  }
  await clearAccountFailures(db, attempt)
  const refreshToken = await issueRefreshToken(db, user.userId, settings.REFRESH_TOKEN_TTL_SECONDS)
  const access = await deps.tokens.forUser(user)
  return { accessToken: access.token, expiresIn: access.expiresIn, refreshToken }
}

/** Rotates the refresh token and issues an access token with the user's current roles. */
export async function refresh(deps: SessionDeps, refreshToken: string): Promise<TokenGrant> {
  const rotated = await rotateRefreshToken(deps.db, refreshToken, deps.settings.REFRESH_TOKEN_TTL_SECONDS)
  const user = await findUserById(deps.db, rotated.userId)
  if (!user) throw new AppError('UNAUTHENTICATED', 'Invalid refresh token', { detail: 'Log in again.' })
  const access = await deps.tokens.forUser(user)
  return { accessToken: access.token, expiresIn: access.expiresIn, refreshToken: rotated.refreshToken }
}

export async function logout(deps: Pick<SessionDeps, 'db'>, refreshToken: string): Promise<void> {
  await revokeRefreshTokenValue(deps.db, refreshToken)
}
