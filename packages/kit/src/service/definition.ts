import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Logger } from 'pino'
import type { Registry } from 'prom-client'
import type { Topology } from '@bazaar/topology'
import type { Bus } from '../bus/bus.ts'
import type { Cache } from '../cache/cache.ts'
import type { Db, Queryable } from '../db/db.ts'
import type { ConfigOf, ConfigSpec } from '../config.ts'
import type { HttpClient } from '../http/client.ts'
import type { Outbox } from '../outbox/outbox.ts'
import type { TokenVerifier } from '../auth/verifier.ts'
import type { baseConfig } from './base-config.ts'
import type { Readiness } from './readiness.ts'

export type ServiceApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>

/** What a service's routes, domain and handlers are given: nothing is reached through globals. */
export interface ServiceContext<S extends ConfigSpec = ConfigSpec> {
  readonly name: string
  readonly mode: 'embedded' | 'distributed'
  readonly config: ConfigOf<typeof baseConfig & S>
  readonly log: Logger
  readonly topology: Topology
  readonly metrics: Registry
  readonly readiness: Readiness
  readonly verifier: TokenVerifier
  /** Present when the definition `uses` it; asking for one it did not declare fails at start. */
  readonly db: Db
  readonly bus: Bus
  readonly cache: Cache
  readonly outbox: Outbox
  /** Base URLs of every running replica of a service; empty when the service does not run. */
  urls(service: string): string[]
  /**
   * A transaction on the service's database; events added to the outbox in it are published
   * right after the commit.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** A client for a service this one depends on in the topology, carrying a service token for it. */
  client(service: string): HttpClient
  /**
   * Runs on shutdown once the server stopped taking requests, in reverse order of registration,
   * before the outbox's last flush: events a stopping worker adds still go out.
   */
  onClose(task: () => Promise<void>): void
}

export interface ServiceDefinition<S extends ConfigSpec = ConfigSpec> {
  readonly name: string
  /** This service's own settings, on top of the base ones every service has. */
  readonly config: S
  /** What it needs from the runtime; anything not declared is not opened. */
  readonly uses: { readonly db?: boolean; readonly bus?: boolean; readonly cache?: boolean }
  /** Folder of plain SQL migrations, applied at start under a lock. */
  readonly migrations?: URL
  readonly description?: string
  /** Registers the service's HTTP routes. */
  routes(app: ServiceApp, context: ServiceContext<S>): Promise<void> | void
  /** Consumers and workers; started once the service listens. */
  start?(context: ServiceContext<S>): Promise<void> | void
}

/** Identity at runtime, types at compile time: keeps a definition's config keys typed in its routes. */
export function defineService<S extends ConfigSpec>(definition: ServiceDefinition<S>): ServiceDefinition<S> {
  return definition
}
