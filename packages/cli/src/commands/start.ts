import { parseArgs } from 'node:util'
import { baseConfig, loadConfig } from '@bazaar/kit'
import { loadTopology } from '@bazaar/topology'
import type { Command } from '../main.ts'
import { banner } from '../platform/banner.ts'
import { startPlatform } from '../platform/platform.ts'

export const startCommand: Command = {
  summary: 'Start the whole platform in this process (embedded PGlite, in-process bus).',
  usage: 'bazaar start [--topology FILE] [--data-dir DIR]\n\nThe gateway listens on PORT (default: the topology\'s gateway port, 8080).',
  async run(args) {
    const { values } = parseArgs({ args, options: { topology: { type: 'string' }, 'data-dir': { type: 'string' } } })
    const began = performance.now()
    const settings = loadConfig({ DATA_DIR: baseConfig.DATA_DIR, TOPOLOGY_FILE: baseConfig.TOPOLOGY_FILE, PORT: baseConfig.PORT })
    const topology = await loadTopology(values.topology ?? settings.TOPOLOGY_FILE)
    const gateway = topology.gateway.service
    const platform = await startPlatform({
      topology,
      env: process.env,
      dataDir: values['data-dir'] ?? settings.DATA_DIR,
      // In one process PORT means the gateway's port; every other service keeps the topology's.
      overrides: (service) => ({ PORT: service === gateway && settings.PORT ? settings.PORT : topology.services[service]!.port }),
    })
    console.log(banner(platform, { gateway, seconds: (performance.now() - began) / 1000 }))
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    console.log('\nStopping Bazaar...')
    await platform.stop()
    console.log('Stopped. Data is kept for the next start.')
    return 0
  },
}
