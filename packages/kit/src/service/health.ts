
import type { ServiceApp } from './definition.ts'
import type { Registry } from 'prom-client'
import { withTimeout } from '../timeout.ts'

export type ReadinessCheck = () => Promise<void>

/** What a service cannot work without; `/ready` answers 503 while any of them fails. */
export class Readiness {
  readonly #checks = new Map<string, ReadinessCheck>()

  add(name: string, check: ReadinessCheck): void {
    this.#checks.set(name, check)
  }

  async evaluate(timeoutMs = 2000): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const entries = await Promise.all(
      [...this.#checks].map(async ([name, check]) => {
        try {
          await withTimeout(check(), timeoutMs, () => 'timed out')
          return [name, 'up'] as const
        } catch (error) {
          return [name, `down: ${(error as Error).message}`] as const
        }
      }),
    )
    return { ready: entries.every(([, state]) => state === 'up'), checks: Object.fromEntries(entries) }
  }
}

export function registerHealthRoutes(app: ServiceApp, service: string, readiness: Readiness, registry: Registry): void {
  const hidden = { schema: { hide: true } }
  app.get('/health', hidden, async () => ({ status: 'up', service }))
  app.get('/ready', hidden, async (_request, reply) => {
    const { ready, checks } = await readiness.evaluate()
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'up' : 'down', service, checks })
  })
  app.get('/metrics', hidden, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()))
}
