import { Type } from 'typebox'
import { AppError, clientAddress, type ServiceApp } from '@bazaar/kit'
import type { UsersSettings } from '../config.ts'
import { login, logout, refresh, type SessionDeps, type TokenGrant } from '../domain/sessions.ts'
import { closed, TokenGrantView } from './schemas.ts'

const LoginBody = Type.Object({
  email: Type.Optional(Type.String({ maxLength: 254 })),
  username: Type.Optional(Type.String({ maxLength: 64 })),
  password: Type.String({ minLength: 1, maxLength: 256 }),
}, { ...closed, description: 'email or username, and the password' })

const RefreshBody = Type.Object({ refresh_token: Type.String({ minLength: 1, maxLength: 512 }) }, closed)

/**
 * Logins reach this service through the gateway, which appends the address it was called from to
 * X-Forwarded-For: the gateway is one trusted hop, plus the proxies in front of it.
 */
const gatewayHop = 1

function grantView(grant: TokenGrant) {
  return { access_token: grant.accessToken, token_type: 'Bearer' as const, expires_in: grant.expiresIn, refresh_token: grant.refreshToken }
}

function loginOf(body: { email?: string | undefined; username?: string | undefined }): { email: string } | { username: string } {
  if (body.email !== undefined && body.username === undefined) return { email: body.email }
  if (body.username !== undefined && body.email === undefined) return { username: body.username }
  throw new AppError('VALIDATION_FAILED', 'The request is not valid', { fields: [{ field: 'body', message: 'must have either email or username' }] })
}

/** Login, refresh and logout for users; token responses are never cached (RFC 6749 5.1). */
export function sessionRoutes(app: ServiceApp, deps: SessionDeps & { settings: Pick<UsersSettings, 'TRUST_PROXY_HOPS'> }): void {

  app.post('/auth/login', {
    schema: { summary: 'Log in with a password', tags: ['auth'], body: LoginBody, response: { 200: TokenGrantView } },
  }, async (request, reply) => {
    const grant = await login(deps, { login: loginOf(request.body), password: request.body.password, clientIp: clientAddress(request.ip, request.headers['x-forwarded-for'], deps.settings.TRUST_PROXY_HOPS + gatewayHop) })
    return reply.header('cache-control', 'no-store').send(grantView(grant))
  })

  app.post('/auth/refresh', {
    schema: { summary: 'Exchange a refresh token for new tokens', description: 'The refresh token is rotated: the one sent is revoked.', tags: ['auth'], body: RefreshBody, response: { 200: TokenGrantView } },
  }, async (request, reply) => {
    const grant = await refresh(deps, request.body.refresh_token)
    return reply.header('cache-control', 'no-store').send(grantView(grant))
  })

  app.post('/auth/logout', {
    schema: { summary: 'Revoke a refresh token', tags: ['auth'], body: RefreshBody, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await logout(deps, request.body.refresh_token)
    return reply.code(204).send(null)
  })
}
