import { authenticate, requireRole, type Principal, type TokenVerifier } from '@bazaar/kit'

/** Hooks for routes about the calling user: a valid token of a user (any role), not of a service. */
export function signedInUser(verifier: TokenVerifier) {
  return [authenticate(verifier), requireRole('customer', 'admin')]
}

/** The principal `authenticate` set; a route without that hook is a bug, not a 401. */
export function callerOf(request: { principal?: Principal | undefined }): Principal {
  if (!request.principal) throw new Error('route registered without the authenticate hook')
  return request.principal
}
