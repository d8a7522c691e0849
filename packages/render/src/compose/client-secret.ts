import { createHmac } from 'node:crypto'

/**
 * The kit's derivation of a service's client-credentials secret (packages/kit/src/auth/
 * client-secrets.ts, `deriveClientSecret`), repeated here because the compose stack has no
 * launcher to hand the secrets out. A test holds the two to the same answer.
 */
export function clientSecret(key: string, service: string): string {
  return createHmac('sha256', key).update(service).digest('base64url')
}

/** Compose is a laptop stack: its key is public, so nothing it signs is worth anything elsewhere. */
export const composeClientKey = 'compose-development-key-not-a-secret'
