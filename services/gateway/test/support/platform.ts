import { freePort } from '@bazaar/kit/testing'
import { readFile } from 'node:fs/promises'
import { createEmbeddedRuntime, startService, type EmbeddedRuntime, type RunningService } from '@bazaar/kit'
import { parseTopology } from '@bazaar/topology'
import { service as users } from '@bazaar/users'
import { service as gateway } from '../../src/app.ts'
import { startEcho, type EchoUpstream } from './echo-upstream.ts'

export const adminEmail = 'admin@bazaar.local'
export const adminPassword = 'admin-pass-123'

export interface Platform {
  /** The gateway's base URL. */
  readonly url: string
  /** The replicas of the `echo` service. */
  readonly echoes: readonly EchoUpstream[]
  /** The `worker` service: running, with no routes. */
  readonly worker: EchoUpstream
  readonly users: RunningService | undefined
  readonly gateway: RunningService
  stop(): Promise<void>
}

export interface PlatformOptions {
  /** Gateway settings, such as a tiny RATE_LIMIT_MAX. */
  gateway?: Record<string, unknown>
  echoReplicas?: number
  /** Without the users service (no token can be verified): faster, for tests that need none. */
  users?: boolean
}

const topologyFile = new URL('./topology.yaml', import.meta.url)

/**
 * The gateway in front of the real users service and echo replicas, on free ports, in one
 * embedded runtime (in-memory PGlite and bus), as the launcher runs them.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const topology = parseTopology(await readFile(topologyFile, 'utf8'), topologyFile.pathname)
  const echoes = await Promise.all(Array.from({ length: options.echoReplicas ?? 2 }, (_, i) => startEcho(`echo-${i + 1}`)))
  const worker = await startEcho('worker')
  const ports = { gateway: await freePort(), users: await freePort() }
  const urls: Record<string, string[]> = {
    gateway: [`http://127.0.0.1:${ports.gateway}`],
    users: [`http://127.0.0.1:${ports.users}`],
    echo: echoes.map((echo) => echo.url),
    worker: [worker.url],
  }
  const settings: Record<string, Record<string, unknown>> = {
    gateway: { PORT: ports.gateway, LOG_LEVEL: 'silent', UPSTREAM_EJECTION_MS: 200, HEALTH_PROBE_TIMEOUT_MS: 500, ...options.gateway },
    users: { PORT: ports.users, LOG_LEVEL: 'silent', ADMIN_PASSWORD: adminPassword, SERVICE_CLIENT_KEY: 'k'.repeat(32) },
  }
  const runtime: EmbeddedRuntime = await createEmbeddedRuntime({
    topology,
    overrides: (name) => settings[name] ?? {},
    urls: (name) => urls[name] ?? [],
  })
  const runningUsers = options.users === false ? undefined : await startService(users, runtime)
  const runningGateway = await startService(gateway, runtime)
  return {
    url: runningGateway.url,
    echoes,
    worker,
    users: runningUsers,
    gateway: runningGateway,
    async stop() {
      await runningGateway.stop()
      await runningUsers?.stop()
      await runtime.close()
      await Promise.all([...echoes, worker].map((echo) => echo.stop()))
    },
  }
}
