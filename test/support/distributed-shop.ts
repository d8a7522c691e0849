import { randomUUID } from 'node:crypto'
import { createRabbitBus, deleteRabbitTopology, deleteRedisKeys } from '@bazaar/kit'
import { servers } from '@bazaar/kit/testing'
import { consumedEvents, loadTopology } from '@bazaar/topology'
import { startDistributedPlatform, type DistributedPlatform } from '@bazaar/cli'
import { shopOf, testSettings, topologyFile, type Shop } from './shop.ts'

export interface DistributedShopOptions {
  /** Processes per service; one where not given. */
  replicas?: Record<string, number>
  /** Environment of every process on top of the test settings (AMQP_URL, REDIS_URL, ...). */
  env?: Record<string, string>
}

export interface DistributedShop extends Shop {
  readonly platform: DistributedPlatform
  /** Dead letters per queue on this run's RabbitMQ queues. */
  deadLetters(): Promise<Record<string, number>>
}

/**
 * The platform as `bazaar start --distributed` runs it: one supervised process per service on the
 * local PostgreSQL, RabbitMQ and Redis, on free ports, in databases and queues of this run's own.
 */
export async function startDistributedShop(options: DistributedShopOptions = {}): Promise<DistributedShop> {
  const run = `t${randomUUID().slice(0, 8)}`
  const prefix = `${run}.`
  const env = { ...process.env, ...options.env }
  const topology = await loadTopology(topologyFile)
  // Every process declared every queue of the run: they go with it, as do its Redis keys.
  const removeBrokerState = async (): Promise<void> => {
    await deleteRabbitTopology(env.AMQP_URL ?? servers.amqp, { prefix, queues: consumedEvents(topology) })
    // A test that plays a Redis outage may leave its own Redis gone by now: nothing to delete then.
    await deleteRedisKeys(env.REDIS_URL ?? servers.redis, prefix).catch(() => undefined)
  }
  let platform: DistributedPlatform
  try {
    platform = await startDistributedPlatform({
      topology,
      topologyFile,
      env,
      replicas: new Map(Object.entries(options.replicas ?? {})),
      randomPorts: true,
      databasePrefix: `bazaar_${run}_`,
      dropDatabasesOnStop: true,
      settings: (service) => ({ ...testSettings(service), AMQP_PREFIX: prefix, REDIS_PREFIX: prefix }),
    })
  } catch (error) {
    // A platform that never became ready has stopped its processes and dropped its databases.
    await removeBrokerState()
    throw error
  }
  const services = [...new Set(platform.processes.map((entry) => entry.service))]
  const stop = async (): Promise<void> => {
    await platform.stop()
    await removeBrokerState()
  }
  const deadLetters = async (): Promise<Record<string, number>> => {
    const bus = await createRabbitBus(env.AMQP_URL ?? servers.amqp, { prefix, queues: consumedEvents(topology) })
    try {
      return Object.fromEntries((await bus.deadLetterQueues()).map((queue) => [queue.dlq, queue.depth]))
    } finally {
      await bus.close()
    }
  }
  return { ...shopOf(services, (service) => platform.url(service), stop), platform, deadLetters }
}
