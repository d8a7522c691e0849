import type { FastifyRequest } from 'fastify'
import { AppError } from '@bazaar/kit'
import type { AccessCheck } from '../domain/access-rules.ts'

const tokenHint = 'Send an access token as "Authorization: Bearer <token>".'

/** Runs after the kit's `authenticate` hook: 401 without a principal where one is needed, 403 without the role. */
export function accessGuard(check: AccessCheck): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const query = request.url.indexOf('?')
    const access = check(request.method, query === -1 ? request.url : request.url.slice(0, query))
    if (access === 'public') return
    const principal = request.principal
    if (principal === undefined) throw new AppError('UNAUTHENTICATED', 'Authentication required', { detail: tokenHint })
    if (access === 'admin' && !principal.roles.includes('admin')) {
      throw new AppError('FORBIDDEN', 'Forbidden', { detail: 'This needs the admin role.' })
    }
  }
}
