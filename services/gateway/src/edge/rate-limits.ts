import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor, type RateLimitOptions } from '@fastify/rate-limit'
import type { FastifyBaseLogger, FastifyRequest } from 'fastify'
import { AppError, clientAddress, outageWatch, type Cache, type ServiceApp } from '@bazaar/kit'

export interface RateLimitSettings {
  max: number
  windowMs: number
  loginMax: number
  trustedHops: number
}

/** The client's address, as far as the trusted proxies in front of the gateway vouch for it. */
function addressOf(request: FastifyRequest, trustedHops: number): string {
  return clientAddress(request.ip, request.headers['x-forwarded-for'], trustedHops)
}

function limited(_request: FastifyRequest, context: { ttl: number }): AppError {
  return new AppError('RATE_LIMITED', 'Too many requests', {
    detail: 'This client made too many requests; try again later.',
    retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)),
  })
}

/**
 * Counters in the service's cache (Redis in distributed mode, so every gateway replica counts
 * together), one fixed window each. While the cache cannot be reached a count fails and the
 * request passes uncounted (`skipOnError`): rate limiting never turns an answer into a 5xx.
 * The outage is logged when it starts and when it ends, not per request.
 */
function cacheStore(counters: Cache, log: FastifyBaseLogger): FastifyRateLimitStoreCtor {
  const outage = outageWatch({
    started: (error) => log.warn({ err: error }, 'rate limits cannot be counted; requests pass uncounted until the cache answers again'),
    ended: (outageMs) => log.info({ outage_ms: outageMs }, 'rate limits are counted again'),
  })
  class CacheStore implements FastifyRateLimitStore {
    readonly #prefix: string

    constructor(_options: unknown, prefix = 'rate:') {
      this.#prefix = prefix
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      counters.increment(`${this.#prefix}${key}`, 1, timeWindow).then(
        ({ value, expiresInMs }) => {
          outage.succeeded()
          callback(null, { current: value, ttl: expiresInMs })
        },
        (error: Error) => {
          outage.failed(error)
          callback(error)
        },
      )
    }

    // A route with limits of its own (login) counts apart from the global limit, as it would in memory.
    child(routeOptions: object): FastifyRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo
      return new CacheStore(undefined, `${this.#prefix}${String(route?.method)} ${String(route?.url)}:`)
    }
  }
  return CacheStore
}

/**
 * Per user when the request carries a verified token, else per client address; counted before
 * the handler (preHandler), once authentication has run, in `counters` (the service's cache, so
 * in distributed mode every replica shares the counts).
 */
export async function registerRateLimits(app: ServiceApp, settings: RateLimitSettings, counters: Cache): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: settings.max,
    timeWindow: settings.windowMs,
    keyGenerator: (request) => (request.principal ? `user:${request.principal.subject}` : `address:${addressOf(request, settings.trustedHops)}`),
    errorResponseBuilder: limited,
    store: cacheStore(counters, app.log),
    skipOnError: true,
  })
}

/**
 * The stricter limit of the routes that take a password: per address, whoever the caller claims
 * to be. Unlike the global limit it fails closed: while its counters cannot be reached, logins
 * answer 503 rather than let password guessing through uncounted.
 */
export function loginRateLimit(settings: RateLimitSettings): RateLimitOptions {
  return {
    max: settings.loginMax,
    timeWindow: settings.windowMs,
    skipOnError: false,
    keyGenerator: (request) => `address:${addressOf(request, settings.trustedHops)}`,
  }
}
