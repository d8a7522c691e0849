import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { localUrl, type Topology } from '@bazaar/topology'
import type { Bus } from '../bus/bus.ts'
import { createEmbeddedBus } from '../bus/embedded.ts'
import { createLruCache } from '../cache/lru.ts'
import type { Environment } from '../config.ts'
import { createPgliteDb, openPglite } from '../db/pglite.ts'
import { openFromTemplate } from '../db/pglite-template.ts'
import { busRedelivery } from '../service/bus-redelivery.ts'
import type { Runtime } from '../service/runtime.ts'

export interface EmbeddedRuntime extends Runtime {
  /** Closes what the services share: the bus clients still open, then the database. */
  close(): Promise<void>
}

export interface EmbeddedOptions {
  topology: Topology
  env?: Environment
  /** Where PGlite keeps its files; in memory when undefined. */
  dataDir?: string | undefined
  /** Per-service settings the launcher decides (ports, client secrets). */
  overrides?: (service: string) => Record<string, unknown>
  /** Base URLs by service, when they differ from the topology's loopback ports (tests use port 0). */
  urls?: (service: string) => string[] | undefined
}

/**
 * One process, one PGlite (a schema per service, and the bus's own), one durable in-process bus,
 * an LRU cache per service: the same services as in a cluster, with nothing to install.
 */
export async function createEmbeddedRuntime(options: EmbeddedOptions): Promise<EmbeddedRuntime> {
  const pg: PGlite = options.dataDir === undefined ? await openPglite() : await openFromTemplate(join(options.dataDir, 'pglite'))
  const buses = new Set<Bus>()
  return {
    mode: 'embedded',
    topology: options.topology,
    env: options.env ?? {},
    overrides: (service) => options.overrides?.(service) ?? {},
    openDb: (service) => createPgliteDb(pg, service),
    // One broker (the bus schema) for the process; each service gets its own client of it, as
    // it would its own connection to RabbitMQ, so stopping a service stops its deliveries
    // before its Db closes while the other services keep theirs.
    async openBus(_service, settings) {
      const bus = await createEmbeddedBus(pg, busRedelivery(settings))
      buses.add(bus)
      return bus
    },
    openCache: async () => createLruCache(),
    urls: (service) => options.urls?.(service) ?? [localUrl(options.topology, service)],
    async close() {
      await Promise.all([...buses].map((bus) => bus.close()))
      await pg.close()
    },
  }
}
