import { createTokenVerifier } from '../auth/verifier.ts'
import { createServiceTokenSource } from '../auth/service-tokens.ts'
import { envPrefix, loadConfig, type ConfigOf, type ConfigSpec } from '../config.ts'
import { createHttpClient, type HttpClient } from '../http/client.ts'
import { createLogger, flushLogs } from '../logger.ts'
import { migrate } from '../db/migrate.ts'
import { createOutbox, type Outbox } from '../outbox/outbox.ts'
import { kitMigrations } from '../outbox/migrations.ts'
import { installTracing, runInEventContext } from '../tracing.ts'
import { dependencyPolicy } from '@bazaar/topology'
import type { Bus } from '../bus/bus.ts'
import type { Cache } from '../cache/cache.ts'
import type { Db } from '../db/db.ts'
import { commitHooks } from '../db/commit-hooks.ts'
import { consume } from '../outbox/inbox.ts'
import { baseConfig } from './base-config.ts'
import { createApp } from './create-app.ts'
import type { ConsumerDefinition, ServiceApp, ServiceContext, ServiceDefinition } from './definition.ts'
import { startPoller } from './poller.ts'
import { Readiness } from './readiness.ts'
import { topologyMismatches } from './topology-check.ts'
import { registerFlowMetrics } from './flow-metrics.ts'
import { createServiceMetrics } from './metrics.ts'
import type { Runtime } from './runtime.ts'

export interface RunningService {
  readonly name: string
  readonly url: string
  readonly app: ServiceApp
  /** The settings it started with, secrets included: for its starter, never for a response. */
  readonly settings: Readonly<Record<string, unknown>>
  /** Starts publishing what the outbox holds; see `holdOutbox`. */
  releaseOutbox(): void
  stop(): Promise<void>
}

export interface StartOptions {
  /**
   * Keep the outbox relay stopped until `releaseOutbox()`. A launcher starting many services
   * holds every relay until every consumer has subscribed, so no event is published before
   * the queue that should receive it exists.
   */
  holdOutbox?: boolean
}

/** Token issuer and the audience every user token carries; service tokens name their callee. */
export const tokenIssuer = 'bazaar-users'
export const userAudience = 'bazaar'

function missing(service: string, what: string): never {
  throw new Error(`${service} uses ${what} but does not declare it in its definition's \`uses\``)
}

/** Any service's definition: its settings, deps and callees are its own business here. */
export type AnyServiceDefinition = ServiceDefinition<any, any, any, any>

/** Subscribes a consumer of the definition to its queue, its handler in the inbox transaction or outside any. */
async function subscribe(consumer: ConsumerDefinition<unknown>, deps: unknown, context: ServiceContext): Promise<void> {
  const types = consumer.events.map((contract) => contract.type)
  const maxAttempts = typeof consumer.maxAttempts === 'function' ? consumer.maxAttempts(deps) : consumer.maxAttempts
  const options = maxAttempts === undefined ? {} : { maxAttempts }
  if (consumer.handlerOutsideTransaction) {
    const handle = consumer.handlerOutsideTransaction(deps)
    await context.bus.subscribe(consumer.name, types, (event) => runInEventContext(context.name, event, () => handle(event)), options)
    return
  }
  await consume({ db: context.db, bus: context.bus, outbox: context.outbox, service: context.name, consumer: consumer.name, types, handle: consumer.handler(deps), ...options })
}

export async function startService(definition: AnyServiceDefinition, runtime: Runtime, options: StartOptions = {}): Promise<RunningService> {
  const name = definition.name
  const topologyEntry = runtime.topology.services[name]
  if (!topologyEntry) throw new Error(`${name} is not a service of topology ${runtime.topology.name}`)
  const problems = topologyMismatches(definition, runtime.topology)
  if (problems.length > 0) throw new Error(`${name} disagrees with the topology:\n  ${problems.join('\n  ')}`)
  const sources = { env: runtime.env, prefix: envPrefix(name), overrides: runtime.overrides(name) }
  const base = loadConfig(baseConfig, sources)
  const config = { ...base, ...loadConfig(definition.config as ConfigSpec, sources) } as ConfigOf<typeof baseConfig>

  installTracing({ serviceName: runtime.mode === 'embedded' ? 'bazaar' : name, otlpEndpoint: base.OTEL_EXPORTER_OTLP_ENDPOINT })
  const log = createLogger(name, base.LOG_LEVEL)
  const metrics = createServiceMetrics(name)
  const readiness = new Readiness()
  /** Resources, closed last and in reverse order of opening. */
  const closers: (() => Promise<void>)[] = []
  /** The service's own workers, stopped before the outbox's last flush so what they add still goes out. */
  const workers: (() => Promise<void>)[] = []

  const db: Db | undefined = definition.uses.db ? await runtime.openDb(name, base) : undefined
  if (db) {
    closers.push(() => db.close())
    readiness.add('database', () => db.ping())
    const applied = await migrate(db, [kitMigrations, ...(definition.migrations ? [{ name, folder: definition.migrations }] : [])])
    if (applied.length > 0) log.info({ applied }, 'migrations applied')
  }
  // Opened before the bus, so closed after it: a consumer still draining on shutdown has its cache.
  const cache: Cache | undefined = definition.uses.cache ? await runtime.openCache(name, base) : undefined
  if (cache) closers.push(() => cache.close())
  const bus: Bus | undefined = definition.uses.bus ? await runtime.openBus(name, base) : undefined
  if (bus) {
    closers.push(() => bus.close())
    readiness.add('bus', () => bus.ping())
  }
  const publishes = (definition.publishes ?? []).map((contract) => contract.type)
  const outbox: Outbox | undefined = db && bus ? createOutbox(db, bus, { source: name, log, publishes }) : undefined
  // Counters on /metrics move once their transaction committed: every transaction of the
  // service, its consumers' included, runs the tasks queued with afterCommit.
  const commits = commitHooks()
  const hookedDb = db ? commits.wrapDb(db) : undefined
  registerFlowMetrics(metrics.registry, { outboxDb: outbox ? db : undefined, bus })

  // The users service verifies tokens with its own keys, at its own address once it listens.
  let ownUrl: string | undefined
  const usersUrl = (): string => (name === 'users' ? ownUrl : runtime.urls('users')[0]) ?? missing(name, 'the users service')
  if (name !== 'users') usersUrl()
  const verifier = createTokenVerifier({ jwksUrl: () => `${usersUrl()}/.well-known/jwks.json`, issuer: tokenIssuer, audience: [userAudience, name] })
  let serviceToken: ((audience: string) => Promise<string>) | undefined
  const clients = new Map<string, HttpClient>()

  const context: ServiceContext = {
    name,
    mode: runtime.mode,
    config,
    log,
    topology: runtime.topology,
    metrics: metrics.registry,
    readiness,
    verifier,
    get db() { return hookedDb ?? missing(name, 'a database') },
    get bus() { return bus ?? missing(name, 'the bus') },
    get cache() { return cache ?? missing(name, 'a cache') },
    get outbox() { return outbox ?? missing(name, 'an outbox (database and bus)') },
    async transaction(work) {
      const result = await (hookedDb ?? missing(name, 'a database')).transaction(work)
      outbox?.kick()
      return result
    },
    afterCommit: commits.afterCommit,
    urls: (service) => runtime.urls(service),
    client(service) {
      const existing = clients.get(service)
      if (existing) return existing
      const policy = dependencyPolicy(runtime.topology, name, service)
      serviceToken ??= createServiceTokenSource({ tokenUrl: `${usersUrl()}/auth/token`, clientId: name, clientSecret: base.SERVICE_CLIENT_SECRET, log })
      const tokens = serviceToken
      const client = createHttpClient({ upstream: service, urls: runtime.urls(service), ...policy, log, token: () => tokens(service) })
      clients.set(service, client)
      return client
    },
    onClose(task) { workers.push(task) },
  }

  // Listening comes before start() (the users service verifies tokens at its own address), but
  // the service is not ready until start() has run: its accounts, consumers and workers exist.
  let started = false
  readiness.add('started', async () => {
    if (!started) throw new Error('still starting')
  })
  const app = await createApp({ service: name, description: definition.description, log, bodyLimit: base.BODY_LIMIT_BYTES, metrics, readiness })
  const deps: unknown = definition.deps(context)
  await definition.routes?.(app, deps, context)
  await app.listen({ host: base.HOST, port: base.PORT || topologyEntry.port })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : base.PORT
  const url = `http://${base.HOST === '0.0.0.0' ? '127.0.0.1' : base.HOST}:${port}`
  ownUrl = url
  await definition.start?.(deps, context)
  for (const consumer of definition.consumers ?? []) await subscribe(consumer, deps, context)
  for (const job of definition.jobs?.(deps, context) ?? []) {
    const poller = startPoller({ intervalMs: job.intervalMs, run: (signal) => job.run(signal), log, what: job.name, runNow: job.runNow ?? true })
    workers.push(() => poller.stop())
  }
  started = true
  let publishing = false
  const releaseOutbox = (): void => {
    if (publishing) return
    publishing = true
    outbox?.start()
  }
  if (!options.holdOutbox) releaseOutbox()
  log.info({ url, mode: runtime.mode }, `${name} started`)

  let stopping: Promise<void> | undefined
  async function stop(): Promise<void> {
    stopping ??= (async () => {
      const deadline = setTimeout(() => { log.warn('shutdown timed out; closing connections') ; app.server.closeAllConnections() }, base.SHUTDOWN_TIMEOUT_MS).unref()
      await app.close()
      clearTimeout(deadline)
      for (const stopWorker of workers.reverse()) await stopWorker()
      await outbox?.stop()
      for (const client of clients.values()) await client.close()
      for (const close of closers.reverse()) await close()
      log.info(`${name} stopped`)
      flushLogs()
    })()
    return stopping
  }
  return { name, url, app, settings: config, releaseOutbox, stop }
}
