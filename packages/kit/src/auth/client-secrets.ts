import { createHmac } from 'node:crypto'

/**
 * A service's client-credentials secret, derived from one key the platform keeps: the launcher
 * gives each service its secret and the users service checks it, and neither stores a list of
 * secrets. HMAC-SHA256 of the client id, base64url; knowing one secret tells nothing of another.
 */
export function deriveClientSecret(key: string, clientId: string): string {
  return createHmac('sha256', key).update(clientId).digest('base64url')
}
