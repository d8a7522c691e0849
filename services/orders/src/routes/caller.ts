import { authenticate, callerOf, requireRole, type Principal, type TokenVerifier } from '@bazaar/kit'
import type { Actor } from '../domain/actor.ts'

/** Hooks for routes open to any signed-in caller: a customer, an admin or a service. */
export function signedIn(verifier: TokenVerifier) {
  return [authenticate(verifier), requireRole('customer', 'admin', 'service')]
}

export function adminOrService(verifier: TokenVerifier) {
  return [authenticate(verifier), requireRole('admin', 'service')]
}

/** The caller as the domain sees it; a route without the authenticate hook is a bug, not a 401. */
export function actorOf(request: { principal?: Principal | undefined }): Actor {
  const { subject, kind, roles } = callerOf(request)
  return { subject, kind, roles }
}
