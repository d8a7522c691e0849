import type { ServiceApp } from '@bazaar/kit'
import { platformHealth } from '../proxy/platform-health.ts'
import type { Upstreams } from '../proxy/upstreams.ts'

/** `GET /api/health`: 200 while every running service is up, else 503 naming the ones down. */
export function registerPlatformHealth(app: ServiceApp, path: string, upstreams: Upstreams, probeTimeoutMs: number): void {
  app.get(path, { schema: { hide: true } }, async (_request, reply) => {
    const health = await platformHealth(upstreams, probeTimeoutMs)
    return reply.code(health.status === 'up' ? 200 : 503).send(health)
  })
}
