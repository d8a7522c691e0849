import { freePort } from '@bazaar/kit/testing'
import { createEmbeddedRuntime, startService, type EmbeddedRuntime, type RunningService } from '@bazaar/kit'
import { loadTopology } from '@bazaar/topology'
import { service } from '../../src/app.ts'

export const clientKey = 'k'.repeat(32)
export const adminEmail = 'admin@bazaar.local'
export const adminPassword = 'admin-pass-123'

export interface UsersUnderTest {
  /** The first replica's URL. */
  url: string
  urls: string[]
  runtime: EmbeddedRuntime
  /** Stops every replica, then closes the runtime (database and bus). */
  stop(): Promise<void>
}

export interface StartOptions {
  /** Where PGlite keeps its files; in memory when undefined. */
  dataDir?: string
  overrides?: Record<string, unknown>
  /** Replicas started at the same moment on the one database. */
  replicas?: number
}


/** The users service for real: embedded runtime, PGlite, real HTTP on loopback. */
export async function startUsers(options: StartOptions = {}): Promise<UsersUnderTest> {
  const topology = await loadTopology(new URL('../../../../topology.yaml', import.meta.url).pathname)
  const ports = await Promise.all(Array.from({ length: options.replicas ?? 1 }, freePort))
  const urls = ports.map((port) => `http://127.0.0.1:${port}`)
  const starting = [...ports]
  const runtime = await createEmbeddedRuntime({
    topology,
    dataDir: options.dataDir,
    // Asked once per replica as it starts: each takes the next port.
    overrides: () => ({ PORT: starting.shift(), LOG_LEVEL: 'silent', SERVICE_CLIENT_KEY: clientKey, ADMIN_PASSWORD: adminPassword, ...options.overrides }),
    urls: (name) => (name === 'users' ? urls : undefined),
  })
  const replicas: RunningService[] = await Promise.all(ports.map(() => startService(service, runtime)))
  return {
    url: urls[0] as string,
    urls,
    runtime,
    async stop() {
      for (const replica of replicas) await replica.stop()
      await runtime.close()
    },
  }
}
