import { parseArgs } from 'node:util'
import { baseConfig, loadConfig, serve } from '@bazaar/kit'
import { loadTopology } from '@bazaar/topology'
import type { Command } from './command.ts'
import { loadService } from '../platform/load-service.ts'

export const serveCommand: Command = {
  summary: 'Run one service alone on PostgreSQL, RabbitMQ and Redis (what a container runs).',
  usage: 'bazaar serve <service>\n\nConfigured by environment: DATABASE_URL or <SERVICE>_DATABASE_URL, AMQP_URL, REDIS_URL, <PEER>_URL(S), TOPOLOGY_FILE.',
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
    const [name] = positionals
    if (!name) throw new Error('name the service to run, e.g. `bazaar serve orders`')
    const topology = await loadTopology(loadConfig({ TOPOLOGY_FILE: baseConfig.TOPOLOGY_FILE }).TOPOLOGY_FILE)
    const entry = topology.services[name]
    if (!entry) throw new Error(`"${name}" is not a service of the topology; it has ${Object.keys(topology.services).join(', ')}`)
    const loaded = await loadService(entry.package)
    if ('skipped' in loaded) throw new Error(`${name}: ${loaded.skipped}`)
    await serve(loaded.definition, process.env, topology)
    return await new Promise<number>(() => {})
  },
}
