import { loadTopology, type Topology } from '@bazaar/topology'
import { loadConfig } from '../config.ts'
import { createDistributedRuntime } from '../runtime/distributed.ts'
import { baseConfig } from './base-config.ts'
import { startService, type AnyServiceDefinition, type RunningService } from './start.ts'

/**
 * Runs one service alone on PostgreSQL, RabbitMQ and Redis, as a container does, and stops it
 * gracefully on SIGTERM or SIGINT.
 */
export async function serve(definition: AnyServiceDefinition, env = process.env, loaded?: Topology): Promise<RunningService> {
  const topology = loaded ?? await loadTopology(loadConfig({ TOPOLOGY_FILE: baseConfig.TOPOLOGY_FILE }, { env }).TOPOLOGY_FILE)
  const running = await startService(definition, createDistributedRuntime({ topology, env }))
  const shutdown = (): void => {
    running.stop().then(() => process.exit(0), () => process.exit(1))
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
  return running
}
