import { createHash, timingSafeEqual } from 'node:crypto'
import { AppError, deriveClientSecret } from '@bazaar/kit'
import type { Topology } from '@bazaar/topology'
import type { UsersSettings } from '../config.ts'
import type { AccessToken, AccessTokens } from './access-tokens.ts'

export interface ServiceClientDeps {
  topology: Topology
  tokens: AccessTokens
  settings: Pick<UsersSettings, 'SERVICE_CLIENT_KEY'>
}

export interface ClientCredentials {
  clientId: string
  clientSecret: string
  audience: string
}

// Digests have one length whatever was sent, so the comparison is constant-time and never throws.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * OAuth2 client credentials for service-to-service calls (docs/architecture.md#5-security-model). The clients are the
 * services of the topology; each may ask for a token to call only the services it declares
 * as dependencies there, the same call edges the mesh's authorization policies allow.
 */
export async function issueServiceToken(deps: ServiceClientDeps, credentials: ClientCredentials): Promise<AccessToken> {
  const clientKey = deps.settings.SERVICE_CLIENT_KEY
  const client = deps.topology.services[credentials.clientId]
  const expected = deriveClientSecret(clientKey, credentials.clientId)
  // An empty key would derive secrets anyone can compute: then no client is valid.
  const valid = sameSecret(credentials.clientSecret, expected) && client !== undefined && clientKey !== ''
  if (!valid) throw new AppError('UNAUTHENTICATED', 'Invalid client credentials')
  if (!(credentials.audience in deps.topology.services)) {
    throw new AppError('VALIDATION_FAILED', 'Unknown audience', { fields: [{ field: 'body.audience', message: 'must name a service of the topology' }] })
  }
  if (!client.dependencies.some((dependency) => dependency.service === credentials.audience)) {
    throw new AppError('FORBIDDEN', 'Call not allowed', { detail: `${credentials.clientId} does not declare ${credentials.audience} as a dependency in the topology.` })
  }
  return deps.tokens.forService(credentials.clientId, credentials.audience)
}
