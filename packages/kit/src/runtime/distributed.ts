import { consumedEvents, localUrl, type Topology } from '@bazaar/topology'
import { createRabbitBus } from '../bus/rabbitmq.ts'
import { busRedelivery } from '../service/bus-redelivery.ts'
import { createRedisCache } from '../cache/redis.ts'
import { envPrefix, type Environment } from '../config.ts'
import { createPostgresDb } from '../db/postgres.ts'
import { createLogger } from '../logger.ts'
import type { Runtime } from '../service/runtime.ts'

/**
 * One service per process on PostgreSQL, RabbitMQ and Redis, at the addresses of the service's
 * own settings. Peers are found at `<SERVICE>_URLS` (comma-separated replicas), else
 * `<SERVICE>_URL`, else the topology's loopback port.
 */
export function createDistributedRuntime(options: { topology: Topology; env: Environment; overrides?: (service: string) => Record<string, unknown> }): Runtime {
  const { topology, env } = options
  return {
    mode: 'distributed',
    topology,
    env,
    overrides: (service) => options.overrides?.(service) ?? {},
    openDb: (_service, settings) => createPostgresDb(settings.DATABASE_URL, { max: settings.DATABASE_POOL_MAX }),
    openBus: (service, settings) => createRabbitBus(settings.AMQP_URL, {
      queues: consumedEvents(topology),
      queue: service,
      prefix: settings.AMQP_PREFIX,
      connectTimeoutMs: settings.AMQP_CONNECT_TIMEOUT_MS,
      ...busRedelivery(settings),
      log: createLogger(service, settings.LOG_LEVEL),
    }),
    openCache: async (service, settings) => createRedisCache(settings.REDIS_URL, { namespace: `${settings.REDIS_PREFIX}${service}`, log: createLogger(service, settings.LOG_LEVEL) }),
    urls(service) {
      const key = envPrefix(service)
      const list = env[`${key}_URLS`] ?? env[`${key}_URL`]
      return list ? list.split(',').map((url) => url.trim()).filter(Boolean) : [localUrl(topology, service)]
    },
  }
}
