import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { EventContract } from '@bazaar/contracts'
import type { Logger } from 'pino'
import type { Registry } from 'prom-client'
import type { Topology } from '@bazaar/topology'
import type { Bus } from '../bus/bus.ts'
import type { EventEnvelope } from '../bus/envelope.ts'
import type { Cache } from '../cache/cache.ts'
import type { Db, Queryable } from '../db/db.ts'
import type { ConfigOf, ConfigSpec } from '../config.ts'
import type { HttpClient } from '../http/client.ts'
import type { Outbox } from '../outbox/outbox.ts'
import type { TokenVerifier } from '../auth/verifier.ts'
import type { baseConfig } from './base-config.ts'
import type { Readiness } from './readiness.ts'

export type ServiceApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>

/** What a service asks the runtime for; anything not declared is not opened, and not in its context's type. */
export interface Uses { readonly db?: boolean; readonly bus?: boolean; readonly cache?: boolean }
type Everything = { readonly db: true; readonly bus: true; readonly cache: true }
type Declares<U extends Uses, K extends keyof Uses> = U extends { readonly [P in K]: true } ? true : false

interface BaseContext<S extends ConfigSpec, Calls extends string> {
  readonly name: string
  readonly mode: 'embedded' | 'distributed'
  readonly config: ConfigOf<typeof baseConfig & S>
  readonly log: Logger
  readonly topology: Topology
  readonly metrics: Registry
  readonly readiness: Readiness
  readonly verifier: TokenVerifier
  /** Base URLs of every running replica of a service; empty when the service does not run. */
  urls(service: string): string[]
  /**
   * A client for a service the definition `calls`, carrying a service token for it. Built at
   * the first call, when the callee is known to be listening; the edge was checked against the
   * topology at start.
   */
  client(service: Calls): HttpClient
  /**
   * Runs on shutdown once the server stopped taking requests, in reverse order of registration,
   * before the outbox's last flush: events a stopping worker adds still go out.
   */
  onClose(task: () => Promise<void>): void
}

interface DbContext {
  /** Its transactions run the tasks given to `afterCommit` once they committed. */
  readonly db: Db
  /**
   * A transaction on the service's database; events added to the outbox in it are published
   * right after the commit.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Runs `task` once `tx` committed (a counter on /metrics); a rollback drops it. */
  afterCommit(tx: Queryable, task: () => void): void
}

/**
 * What a service's `deps` is made from: only what its definition declares is there, so a
 * service that asks for a cache it did not declare does not compile.
 */
export type ServiceContext<S extends ConfigSpec = ConfigSpec, U extends Uses = Everything, Calls extends string = string> =
  BaseContext<S, Calls>
  & (Declares<U, 'db'> extends true ? DbContext : unknown)
  & (Declares<U, 'bus'> extends true ? { readonly bus: Bus } : unknown)
  & (Declares<U, 'cache'> extends true ? { readonly cache: Cache } : unknown)
  & (Declares<U, 'db'> extends true ? Declares<U, 'bus'> extends true ? { readonly outbox: Outbox } : unknown : unknown)

/** An incoming-event handler, in the transaction that records the event in the inbox. */
export type EventHandler = (tx: Queryable, event: EventEnvelope) => Promise<void>

/** A handler that records the event in the inbox itself, in the transaction that stores its effect. */
export type OutsideTransactionHandler = (event: EventEnvelope) => Promise<void>

interface ConsumerBase<D> {
  /** The queue's name and the inbox key with the event id: `<service>.<what it does>`. */
  readonly name: string
  /** The contracts it takes; topology.yaml's `consumes` must say the same. */
  readonly events: readonly EventContract[]
  /** Deliveries of one event before it is dead-lettered; from the deps when a setting says it. */
  readonly maxAttempts?: number | ((deps: D) => number)
}

/**
 * One queue of a service and what it does with each event (docs/architecture.md#4-events-and-delivery-guarantees).
 * `handler` runs in the transaction that records the event in the inbox. A consumer that calls
 * out before it writes (another service, a mail server) gives `handlerOutsideTransaction`
 * instead: a transaction held across such a call would hold the database (PGlite runs one
 * transaction at a time, and the callee may need it).
 */
export type ConsumerDefinition<D> = ConsumerBase<D> & (
  | { handler(deps: D): EventHandler; readonly handlerOutsideTransaction?: never }
  | { handlerOutsideTransaction(deps: D): OutsideTransactionHandler; readonly handler?: never }
)

/** A background job: `run` every `intervalMs`, never two rounds at once. */
export interface JobDefinition {
  readonly name: string
  readonly intervalMs: number
  /** The first round now (the default) or one interval from now. */
  readonly runNow?: boolean
  run(signal: AbortSignal): Promise<unknown>
}

export interface ServiceDefinition<S extends ConfigSpec = ConfigSpec, U extends Uses = Uses, Calls extends string = string, D = unknown> {
  readonly name: string
  readonly description?: string
  /** This service's own settings, on top of the base ones every service has. */
  readonly config: S
  readonly uses: U
  /** The services it calls; each must be one of its dependencies in the topology, checked at start. */
  readonly calls?: readonly Calls[]
  /** The events it publishes; topology.yaml's `publishes` must say the same, checked at start. */
  readonly publishes?: readonly EventContract[]
  /** Folder of plain SQL migrations, applied at start under a lock. */
  readonly migrations?: URL
  /** What routes, consumers and jobs are given: built once, the only place that sees the context. */
  deps(context: ServiceContext<S, U, Calls>): D
  /** Registers the service's HTTP routes. */
  routes?(app: ServiceApp, deps: D, context: ServiceContext<S, U, Calls>): Promise<void> | void
  /** One-off work once the service listens and before it takes events (recovery, demo data). */
  start?(deps: D, context: ServiceContext<S, U, Calls>): Promise<void> | void
  readonly consumers?: readonly ConsumerDefinition<D>[]
  jobs?(deps: D, context: ServiceContext<S, U, Calls>): readonly JobDefinition[]
}

/** Identity at runtime, types at compile time: keeps a definition's settings, resources and callees typed. */
export function defineService<S extends ConfigSpec, const U extends Uses, const Calls extends string = never, D = unknown>(definition: ServiceDefinition<S, U, Calls, D>): ServiceDefinition<S, U, Calls, D> {
  return definition
}

/** Identity, typed with the service's deps. */
export function defineConsumer<D>(consumer: ConsumerDefinition<D>): ConsumerDefinition<D> {
  return consumer
}
