import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import { AppError, type ServiceApp } from '@bazaar/kit'
import { clientAddress } from '../domain/client-address.ts'

export interface RateLimitSettings {
  max: number
  windowMs: number
  loginMax: number
  trustedHops: number
}

function limited(_request: FastifyRequest, context: { ttl: number }): AppError {
  return new AppError('RATE_LIMITED', 'Too many requests', {
    detail: 'This client made too many requests; try again later.',
    retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)),
  })
}

/**
 * Per user when the request carries a verified token, else per client address; counted before
 * the handler (preHandler), once authentication has run. The store is chosen here and only here:
 * in memory for now, so each gateway replica counts on its own (a Redis store shares the count).
 */
export async function registerRateLimits(app: ServiceApp, settings: RateLimitSettings): Promise<void> {
  const addressOf = (request: FastifyRequest) => clientAddress(request.ip, request.headers['x-forwarded-for'], settings.trustedHops)
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: settings.max,
    timeWindow: settings.windowMs,
    keyGenerator: (request) => (request.principal ? `user:${request.principal.subject}` : `address:${addressOf(request)}`),
    errorResponseBuilder: limited,
  })
}

/** The stricter limit of the routes that take a password: per address, whoever the caller claims to be. */
export function loginRateLimit(settings: RateLimitSettings): RateLimitOptions {
  return {
    max: settings.loginMax,
    timeWindow: settings.windowMs,
    keyGenerator: (request) => `address:${clientAddress(request.ip, request.headers['x-forwarded-for'], settings.trustedHops)}`,
  }
}
