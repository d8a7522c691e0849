import type { Topology } from '@bazaar/topology'
import type { Bus } from '../bus/bus.ts'
import type { Cache } from '../cache/cache.ts'
import type { Db } from '../db/db.ts'
import type { ConfigOf, Environment } from '../config.ts'
import type { baseConfig } from './base-config.ts'

export type BaseSettings = ConfigOf<typeof baseConfig>

/**
 * What a service is given by whoever starts it: the launcher (one process, embedded PGlite,
 * in-process bus and cache) or `bazaar serve` (PostgreSQL, RabbitMQ, Redis). Services never
 * know which; only the runtime does.
 */
export interface Runtime {
  readonly mode: 'embedded' | 'distributed'
  readonly topology: Topology
  readonly env: Environment
  /** Settings the starter decides for a service (its port, its client secret). */
  overrides(service: string): Record<string, unknown>
  openDb(service: string, settings: BaseSettings): Promise<Db>
  openBus(service: string, settings: BaseSettings): Promise<Bus>
  openCache(service: string, settings: BaseSettings): Promise<Cache>
  /** Base URLs of every running replica of a service; empty when it does not run. */
  urls(service: string): string[]
}
