import { authenticate, requireRole, type TokenVerifier } from '@bazaar/kit'

/** Hooks for routes about the calling user: a valid token of a user (any role), not of a service. */
export function signedInUser(verifier: TokenVerifier) {
  return [authenticate(verifier), requireRole('customer', 'admin')]
}
