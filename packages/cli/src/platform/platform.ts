import { createEmbeddedRuntime, freePorts, startService, type EmbeddedRuntime, type Environment, type RunningService } from '@bazaar/kit'
import { localUrl, type Topology } from '@bazaar/topology'
import { loadService } from './load-service.ts'
import { platformSecrets, type KeptSecret } from './secrets.ts'
import { startOrder } from './start-order.ts'

export interface PlatformOptions {
  topology: Topology
  env?: Environment
  /** Where data and generated secrets are kept; in memory for this run when undefined. */
  dataDir?: string | undefined
  /** Every service on a free port instead of the topology's (tests run platforms side by side). */
  randomPorts?: boolean
  /** Start only these services (tests); default every service of the topology. */
  only?: readonly string[]
  /** Extra settings per service (tests: short delays, quiet logs). */
  overrides?: (service: string) => Record<string, unknown>
}

export interface Platform {
  readonly services: ReadonlyMap<string, RunningService>
  readonly skipped: readonly { service: string; reason: string }[]
  readonly adminPassword: KeptSecret | undefined
  /** What the services share: tests publish and subscribe on its bus (`runtime.openBus(...)`). */
  readonly runtime: EmbeddedRuntime
  /** The secret services' client secrets derive from: tests mint service tokens with it. */
  readonly serviceClientKey: string
  url(service: string): string
  stop(): Promise<void>
}

/** The whole platform in this process: one embedded runtime, every service on its own port. */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { topology, env = {} } = options
  const wanted = startOrder(topology).filter((name) => options.only?.includes(name) ?? true)
  const loaded = await Promise.all(wanted.map(async (name) => [name, await loadService(topology.services[name]!.package)] as const))
  const runs = new Set(loaded.filter(([, result]) => 'definition' in result).map(([name]) => name))
  // PORT 0 means "the topology's port" to a service, so free ports are taken here.
  const ports = new Map<string, number>()
  if (options.randomPorts) {
    const free = await freePorts(runs.size)
    for (const name of runs) ports.set(name, free.pop()!)
  }
  const started = new Map<string, RunningService>()

  const { clientKey, adminPassword, settingsOf } = await platformSecrets(options.dataDir, env)
  const runtime = await createEmbeddedRuntime({
    topology,
    env,
    dataDir: options.dataDir,
    overrides: (service) => ({
      ...settingsOf(service),
      ...(ports.has(service) ? { PORT: ports.get(service) } : {}),
      ...options.overrides?.(service),
    }),
    urls: (service) => {
      const running = started.get(service)
      if (running) return [running.url]
      const port = ports.get(service)
      if (port !== undefined) return [`http://127.0.0.1:${port}`]
      return runs.has(service) ? [localUrl(topology, service)] : []
    },
  })

  const stop = async (): Promise<void> => {
    for (const service of [...started.values()].reverse()) await service.stop()
    started.clear()
    await runtime.close()
  }
  try {
    for (const [name, result] of loaded) {
      if ('definition' in result) started.set(name, await startService(result.definition, runtime, { holdOutbox: true }))
    }
    // Every consumer has subscribed now: nothing published from here on misses its queue.
    for (const service of started.values()) service.releaseOutbox()
  } catch (error) {
    await stop()
    throw error
  }
  return {
    services: started,
    skipped: loaded.flatMap(([service, result]) => ('skipped' in result ? [{ service, reason: result.skipped }] : [])),
    adminPassword,
    runtime,
    serviceClientKey: clientKey.value,
    url: (service) => started.get(service)?.url ?? (() => { throw new Error(`${service} is not running`) })(),
    stop,
  }
}
