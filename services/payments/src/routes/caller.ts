import type { Principal } from '@bazaar/kit'

/** The principal `authenticate` set; a route without that hook is a bug, not a 401. */
export function callerOf(request: { principal?: Principal | undefined }): Principal {
  if (!request.principal) throw new Error('route registered without the authenticate hook')
  return request.principal
}
