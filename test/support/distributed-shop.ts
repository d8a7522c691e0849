import { randomUUID } from 'node:crypto'
import { loadTopology } from '@bazaar/topology'
import { startDistributedPlatform, type DistributedPlatform } from '@bazaar/cli'
import { shopOf, testSettings, topologyFile, type Shop } from './shop.ts'

export interface DistributedShopOptions {
  /** Processes per service; one where not given. */
  replicas?: Record<string, number>
  /** Environment of every process on top of the test settings (AMQP_URL, REDIS_URL, ...). */
  env?: Record<string, string>
  /** Settings per service on top of the test defaults. */
  overrides?: (service: string) => Record<string, string | number | boolean>
}

export interface DistributedShop extends Shop {
  readonly platform: DistributedPlatform
  /** Every line the processes wrote, by process name (`orders-2`). */
  readonly lines: ReadonlyMap<string, string[]>
}

/**
 * The platform as `bazaar start --distributed` runs it: one supervised process per service on the
 * local PostgreSQL, RabbitMQ and Redis, on free ports, in databases and queues of this run's own.
 */
export async function startDistributedShop(options: DistributedShopOptions = {}): Promise<DistributedShop> {
  const run = `t${randomUUID().slice(0, 8)}`
  const lines = new Map<string, string[]>()
  const platform = await startDistributedPlatform({
    topology: await loadTopology(topologyFile),
    topologyFile,
    env: { ...process.env, ...options.env },
    replicas: new Map(Object.entries(options.replicas ?? {})),
    randomPorts: true,
    databasePrefix: `bazaar_${run}_`,
    dropDatabasesOnStop: true,
    settings: (service) => ({ ...testSettings(service), AMQP_PREFIX: `${run}.`, ...options.overrides?.(service) }),
    onLine: (name, line) => {
      const list = lines.get(name) ?? []
      list.push(line)
      lines.set(name, list)
    },
  })
  const services = [...new Set(platform.processes.map((entry) => entry.service))]
  return { ...shopOf(services, (service) => platform.url(service), () => platform.stop()), platform, lines }
}
