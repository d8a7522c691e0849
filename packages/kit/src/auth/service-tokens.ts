import type { Logger } from 'pino'
import { request } from 'undici'
import { AppError } from '../errors.ts'

export interface ServiceTokenSourceOptions {
  tokenUrl: string
  clientId: string
  clientSecret: string
  /** Default 5000. */
  timeoutMs?: number
  log?: Logger
}

/** Answers an access token for calling `audience` (a service name). */
export type ServiceTokenSource = (audience: string) => Promise<string>

interface Cached {
  token: string
  refreshAt: number
}

/**
 * OAuth2 client credentials for service-to-service calls. A token is reused per audience until
 * 30 s before it expires (half its life, when that is shorter), and concurrent callers share
 * one request to the token endpoint, so a burst of calls after expiry costs one round trip.
 */
export function createServiceTokenSource(options: ServiceTokenSourceOptions): ServiceTokenSource {
  const tokens = new Map<string, Cached>()
  const inFlight = new Map<string, Promise<string>>()

  async function fetchToken(audience: string): Promise<string> {
    let status: number
    let body: unknown
    try {
      const response = await request(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret, audience }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      })
      status = response.statusCode
      body = await response.body.json().catch(() => undefined)
    } catch (error) {
      options.log?.warn({ err: error, audience }, 'token endpoint unreachable')
      throw new AppError('UNAVAILABLE', 'Service credentials unavailable', { retryAfter: 5, cause: error })
    }
    const grant = body as { access_token?: unknown; expires_in?: unknown } | undefined
    if (status !== 200 || typeof grant?.access_token !== 'string' || typeof grant.expires_in !== 'number') {
      options.log?.error({ status, audience, clientId: options.clientId }, 'token endpoint refused client credentials')
      // A refusal is this service's misconfiguration; an outage of the token endpoint is not.
      if (status >= 400 && status < 500) throw new AppError('INTERNAL', 'Service credentials rejected')
      throw new AppError('UNAVAILABLE', 'Service credentials unavailable', { retryAfter: 5 })
    }
    const margin = Math.min(30, grant.expires_in / 2)
    tokens.set(audience, { token: grant.access_token, refreshAt: Date.now() + (grant.expires_in - margin) * 1000 })
    return grant.access_token
  }

  return (audience) => {
    const cached = tokens.get(audience)
    if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token)
    let pending = inFlight.get(audience)
    if (!pending) {
      pending = fetchToken(audience).finally(() => inFlight.delete(audience))
      inFlight.set(audience, pending)
    }
    return pending
  }
}
