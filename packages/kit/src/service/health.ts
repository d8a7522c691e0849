import type { Registry } from 'prom-client'
import type { ServiceApp } from './definition.ts'
import type { Readiness } from './readiness.ts'

export function registerHealthRoutes(app: ServiceApp, service: string, readiness: Readiness, registry: Registry): void {
  const hidden = { schema: { hide: true } }
  app.get('/health', hidden, async () => ({ status: 'up', service }))
  app.get('/ready', hidden, async (_request, reply) => {
    const { ready, checks } = await readiness.evaluate()
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'up' : 'down', service, checks })
  })
  app.get('/metrics', hidden, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()))
}
