import cors from '@fastify/cors'
import type { ServiceApp } from '@bazaar/kit'

/**
 * Browsers on the listed origins may call the API; others get no Access-Control-Allow-Origin.
 * Tokens travel in the Authorization header, never in cookies, so no credentials mode.
 */
export async function registerCors(app: ServiceApp, origins: readonly string[]): Promise<void> {
  await app.register(cors, {
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'traceparent', 'tracestate'],
    exposedHeaders: ['x-request-id', 'retry-after', 'location', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
    maxAge: 600,
  })
}
