import { AppError } from '../errors.ts'
import type { Principal } from './principal.ts'

/**
 * Throws unless the principal owns the resource or is an admin or a service. Someone else's
 * resource answers 404, as if it did not exist, so ids cannot be probed.
 */
export function ensureOwner(principal: Principal | undefined, ownerId: string | number): void {
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Authentication required')
  if (principal.subject === String(ownerId) || hasRole(principal, 'admin') || hasRole(principal, 'service')) return
  throw new AppError('NOT_FOUND', 'Not found')
}

/** Whether the principal has the role; a service token counts as the `service` role. */
export function hasRole(principal: Principal, role: string): boolean {
  return principal.roles.includes(role) || (role === 'service' && principal.kind === 'service')
}
