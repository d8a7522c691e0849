import type { FastifyRequest } from 'fastify'
import { AppError } from '../errors.ts'
import type { Principal } from './principal.ts'
import { hasRole } from './ownership.ts'
import type { TokenVerifier } from './verifier.ts'

type Hook = (request: FastifyRequest) => Promise<void>

const bearer = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i

/**
 * Verifies the bearer token and sets `request.principal`. With `optional`, a request without an
 * Authorization header goes on anonymously; a token that is present but bad is still refused,
 * so a client with an expired token learns it instead of silently losing its identity.
 */
export function authenticate(verifier: TokenVerifier, options: { optional?: boolean } = {}): Hook {
  return async (request) => {
    const header = request.headers.authorization
    if (header === undefined || header === '') {
      if (options.optional) return
      throw new AppError('UNAUTHENTICATED', 'Authentication required', { detail: 'Send an access token as "Authorization: Bearer <token>".' })
    }
    const token = bearer.exec(header)?.[1]
    if (token === undefined) throw new AppError('UNAUTHENTICATED', 'Invalid token', { detail: 'The Authorization header is not a Bearer token.' })
    request.principal = await verifier.verify(token)
  }
}

/** Lets through a principal holding any of `roles` (service tokens hold `service`). */
export function requireRole(...roles: string[]): Hook {
  return async (request) => {
    const principal = request.principal
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Authentication required', { detail: 'Send an access token as "Authorization: Bearer <token>".' })
    if (!roles.some((role) => hasRole(principal, role))) {
      throw new AppError('FORBIDDEN', 'Forbidden', { detail: `This needs one of the roles: ${roles.join(', ')}.` })
    }
  }
}

/** The principal `authenticate` set; a route without that hook is a bug, not a 401. */
export function callerOf(request: { principal?: Principal | undefined }): Principal {
  if (!request.principal) throw new Error('route registered without the authenticate hook')
  return request.principal
}
