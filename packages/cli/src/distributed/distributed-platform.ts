import { fileURLToPath } from 'node:url'
import { baseConfig, envPrefix, loadConfig, waitFor, type Environment } from '@bazaar/kit'
import type { Topology } from '@bazaar/topology'
import { loadService } from '../platform/load-service.ts'
import { platformSecrets, type KeptSecret } from '../platform/secrets.ts'
import { dropServiceDatabases, ensureServiceDatabases, servicesWithDatabase } from './databases.ts'
import { peerUrls, planProcesses, type ServiceProcessPlan } from './service-processes.ts'
import { supervise, type SupervisedChild } from './supervisor.ts'

const bin = fileURLToPath(new URL('../../bin/bazaar.ts', import.meta.url))
/** Database connections per process unless DATABASE_POOL_MAX says otherwise. */
const localPoolMax = 5

export interface DistributedOptions {
  topology: Topology
  /** Handed to every process as TOPOLOGY_FILE. */
  topologyFile: string
  /** The environment every process starts from (DATABASE_URL, AMQP_URL, REDIS_URL, ...). */
  env?: Environment
  /** Processes per service; one where not given. */
  replicas?: ReadonlyMap<string, number>
  /** Every process on a free port (tests run platforms side by side). */
  randomPorts?: boolean
  gatewayPort?: number
  /** Prefix of each service's database name: `bazaar_orders`. */
  databasePrefix?: string
  /** Drop the databases on stop (a test run's own); the default keeps them for the next start. */
  dropDatabasesOnStop?: boolean
  /** Where generated secrets are kept (the same files as the embedded mode's). */
  dataDir?: string | undefined
  /** Extra settings per service, passed as environment variables. */
  settings?: (service: string) => Record<string, string | number | boolean>
  /** Each line a process writes; by default nothing is shown. */
  onLine?: (name: string, line: string) => void
  /** A process failed and is started again after `restartInMs`. */
  onExit?: (name: string, how: string, restartInMs: number) => void
}

export interface ServiceProcess extends ServiceProcessPlan {
  readonly child: SupervisedChild
}

export interface DistributedPlatform {
  readonly processes: readonly ServiceProcess[]
  /** Each service's database URL. */
  readonly databases: ReadonlyMap<string, string>
  readonly adminPassword: KeptSecret | undefined
  /** What the users service started with (admin e-mail, demo shopper). */
  readonly usersSettings: Readonly<Record<string, unknown>>
  /** The first replica's base URL. */
  url(service: string): string
  replicas(service: string): ServiceProcess[]
  /** Resolves once every process answers /ready (after a restart, too). */
  ready(timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

/** Whether a process answers /ready with 2xx within 2 s. */
export async function isReady(url: string): Promise<boolean> {
  try {
    const reply = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) })
    await reply.body?.cancel()
    return reply.ok
  } catch {
    return false
  }
}

/**
 * The settings a service would start with here, checked as it checks them (the base ones and
 * its own): a bad one throws the service's ConfigError. The banner shows the users service's.
 */
async function settingsOf(topology: Topology, service: string, env: Environment): Promise<Record<string, unknown>> {
  const loaded = await loadService(topology.services[service]!.package)
  const sources = { env, prefix: envPrefix(service) }
  const base = loadConfig(baseConfig, sources)
  return 'definition' in loaded ? { ...base, ...loadConfig(loaded.definition.config, sources) } : base
}

/**
 * Every service as its own supervised child process (`bazaar serve`), on PostgreSQL (one
 * database each, created when missing), RabbitMQ and Redis. A process that dies is started again
 * with backoff; `stop()` ends them all gracefully.
 */
export async function startDistributedPlatform(options: DistributedOptions): Promise<DistributedPlatform> {
  const { topology } = options
  const env: Environment = { ...(options.env ?? process.env) }
  // The server every service's own database is created on: the services' DATABASE_URL, read as they read it.
  const serverUrl = loadConfig({ DATABASE_URL: baseConfig.DATABASE_URL }, { env }).DATABASE_URL
  const databasePrefix = options.databasePrefix ?? 'bazaar_'
  const plans = await planProcesses(topology, options.replicas ?? new Map(), options)
  const secrets = await platformSecrets(options.dataDir, env)
  const shared: Environment = {
    // A dozen processes of ten connections each would pass PostgreSQL's default limit of 100.
    DATABASE_POOL_MAX: String(localPoolMax),
    ...env,
    ...peerUrls(plans),
    TOPOLOGY_FILE: options.topologyFile,
    HOST: '127.0.0.1',
  }
  /** A service's environment; a process adds its own PORT and DATABASE_URL (`own`), which its settings may override. */
  const serviceEnv = (service: string, own: Environment = {}): Environment => ({
    ...shared,
    ...own,
    ...secrets.settingsOf(service),
    ...stringified(options.settings?.(service)),
  })
  // Every service's settings are checked before anything is created: a bad one stops the start
  // at once, naming the key, and leaves no database behind. Only the users service's are kept (the banner's).
  const services = Object.keys(topology.services)
  const checked = await Promise.all(services.map((service) => settingsOf(topology, service, serviceEnv(service))))
  const usersSettings = checked[services.indexOf('users')] ?? {}
  const owners = servicesWithDatabase(topology)
  const databases = await ensureServiceDatabases(serverUrl, owners, databasePrefix).catch(async (error: unknown) => {
    // Those created before the failure go too, when this run's databases are to go with it.
    if (options.dropDatabasesOnStop) await dropServiceDatabases(serverUrl, owners, databasePrefix).catch(() => undefined)
    throw error
  })

  const lastLines = new Map<string, string[]>()
  const remember = (name: string, line: string): void => {
    const lines = lastLines.get(name) ?? []
    lines.push(line)
    if (lines.length > 40) lines.shift()
    lastLines.set(name, lines)
    options.onLine?.(name, line)
  }

  const processes: ServiceProcess[] = plans.map((plan) => {
    const env = serviceEnv(plan.service, {
      PORT: String(plan.port),
      ...(databases.has(plan.service) ? { DATABASE_URL: databases.get(plan.service) } : {}),
    })
    const child = supervise(
      { name: plan.name, command: process.execPath, args: [bin, 'serve', plan.service], cwd: process.cwd(), env },
      { line: remember, exited: (name, how, restartInMs) => options.onExit?.(name, how, restartInMs) },
    )
    return { ...plan, child }
  })

  const stop = async (): Promise<void> => {
    // The gateway first, so no new request reaches a service that is stopping.
    const gateway = processes.filter((entry) => entry.service === topology.gateway.service)
    await Promise.all(gateway.map((entry) => entry.child.stop(10_000)))
    await Promise.all(processes.filter((entry) => !gateway.includes(entry)).map((entry) => entry.child.stop(10_000)))
    if (options.dropDatabasesOnStop) await dropServiceDatabases(serverUrl, [...databases.keys()], databasePrefix)
  }

  const ready = async (timeoutMs = 90_000): Promise<void> => {
    const waiting = new Set(processes)
    await waitFor(async () => {
      const probed = await Promise.all([...waiting].map(async (entry) => ({ entry, answered: await isReady(entry.url) })))
      for (const { entry, answered } of probed) if (answered) waiting.delete(entry)
      return waiting.size === 0
    }, { timeoutMs, intervalMs: 200, what: 'every process to be ready' }).catch((error: Error) => {
      const report = [...waiting].map((entry) => `${entry.name} (${entry.url}):\n  ${(lastLines.get(entry.name) ?? []).slice(-10).join('\n  ')}`)
      throw new Error(`${error.message}; not ready:\n${report.join('\n')}`)
    })
  }

  const platform: DistributedPlatform = {
    processes,
    databases,
    adminPassword: secrets.adminPassword,
    usersSettings,
    url: (service) => platform.replicas(service)[0]?.url ?? (() => { throw new Error(`${service} is not running`) })(),
    replicas: (service) => processes.filter((entry) => entry.service === service),
    ready,
    stop,
  }
  try {
    await ready()
  } catch (error) {
    await stop()
    throw error
  }
  return platform
}

function stringified(settings: Record<string, string | number | boolean> | undefined): Environment {
  return Object.fromEntries(Object.entries(settings ?? {}).map(([key, value]) => [key, String(value)]))
}
