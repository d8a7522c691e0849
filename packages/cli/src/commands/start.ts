import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { baseConfig, loadConfig, type ConfigOf } from '@bazaar/kit'
import { loadTopology, type Topology } from '@bazaar/topology'
import type { Command } from './command.ts'
import { startDistributedPlatform } from '../distributed/distributed-platform.ts'
import { humanLine } from '../distributed/log-line.ts'
import { parseReplicas } from '../distributed/replicas.ts'
import { banner, type BannerFacts } from '../platform/banner.ts'
import { startPlatform } from '../platform/platform.ts'

interface Started {
  facts: Omit<BannerFacts, 'seconds'>
  stop(): Promise<void>
}

type Settings = ConfigOf<Pick<typeof baseConfig, 'DATA_DIR' | 'TOPOLOGY_FILE' | 'PORT'>>

async function startEmbedded(topology: Topology, settings: Settings, dataDir: string): Promise<Started> {
  const gateway = topology.gateway.service
  const platform = await startPlatform({
    topology,
    env: process.env,
    dataDir,
    // In one process PORT means the gateway's port; every other service keeps the topology's.
    overrides: (service) => ({ PORT: service === gateway && settings.PORT ? settings.PORT : topology.services[service]!.port }),
  })
  return {
    facts: {
      gatewayUrl: platform.url(gateway),
      running: `${platform.services.size} services in one process`,
      adminPassword: platform.adminPassword,
      users: platform.services.get('users')?.settings ?? {},
      skipped: platform.skipped,
    },
    stop: () => platform.stop(),
  }
}

async function startDistributed(topology: Topology, topologyFile: string, settings: Settings, dataDir: string, replicas: string | undefined): Promise<Started> {
  const counts = parseReplicas(replicas, topology)
  const width = Math.max(...Object.keys(topology.services).map((name) => name.length)) + 2
  const platform = await startDistributedPlatform({
    topology,
    topologyFile: resolve(topologyFile),
    replicas: counts,
    gatewayPort: settings.PORT || undefined,
    dataDir,
    onLine: (name, line) => console.log(humanLine(name, width, line)),
    onExit: (name, how, restartInMs) => console.log(humanLine(name, width, `exited (${how}); starting it again in ${restartInMs} ms`)),
  })
  return {
    facts: {
      gatewayUrl: platform.url(topology.gateway.service),
      running: `${platform.processes.length} processes on PostgreSQL, RabbitMQ and Redis`,
      adminPassword: platform.adminPassword,
      users: platform.usersSettings,
    },
    stop: () => platform.stop(),
  }
}

export const startCommand: Command = {
  summary: 'Start the whole platform: in this process (embedded), or one process per service (--distributed).',
  usage: [
    'bazaar start [--topology FILE] [--data-dir DIR] [--distributed [--replicas orders=2,catalog=2]]',
    '',
    'Embedded (default): every service in this process on PGlite, with the bus and cache in memory.',
    'Distributed: every service as its own supervised process on PostgreSQL (one database per',
    'service, created when missing), RabbitMQ and Redis, found at DATABASE_URL, AMQP_URL and',
    'REDIS_URL (their local defaults otherwise). A process that dies is started again.',
    'The gateway listens on PORT (default: the topology\'s gateway port, 8080).',
  ].join('\n'),
  async run(args) {
    const { values } = parseArgs({ args, options: { topology: { type: 'string' }, 'data-dir': { type: 'string' }, distributed: { type: 'boolean' }, replicas: { type: 'string' } } })
    if (values.replicas !== undefined && !values.distributed) throw new Error('--replicas needs --distributed: the embedded mode runs one of each service')
    const began = performance.now()
    // Listening from the first moment: a signal while starting ends the process, and with it
    // (the supervisor sees to that) any service process already started.
    let started: Started | undefined
    const stopRequested = new Promise<void>((resolve) => {
      const onSignal = (): void => {
        if (started) return resolve()
        console.log('\nInterrupted while starting.')
        process.exit(130)
      }
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
    })
    const settings = loadConfig({ DATA_DIR: baseConfig.DATA_DIR, TOPOLOGY_FILE: baseConfig.TOPOLOGY_FILE, PORT: baseConfig.PORT })
    const topologyFile = values.topology ?? settings.TOPOLOGY_FILE
    const topology = await loadTopology(topologyFile)
    const dataDir = values['data-dir'] ?? settings.DATA_DIR
    started = values.distributed
      ? await startDistributed(topology, topologyFile, settings, dataDir, values.replicas)
      : await startEmbedded(topology, settings, dataDir)
    console.log(banner({ ...started.facts, seconds: (performance.now() - began) / 1000 }))
    await stopRequested
    console.log('\nStopping Bazaar...')
    await started.stop()
    console.log('Stopped. Data is kept for the next start.')
    return 0
  },
}
