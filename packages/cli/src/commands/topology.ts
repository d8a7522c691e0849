import { parseArgs } from 'node:util'
import { loadTopology, topologyJsonSchema } from '@bazaar/topology'
import type { Command } from './command.ts'

export const topologyCommand: Command = {
  summary: 'Check a topology file, or print the JSON Schema of the format.',
  usage: 'bazaar topology check [FILE]   (default topology.yaml)\n       bazaar topology schema',
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
    const [action, file = 'topology.yaml'] = positionals
    if (action === 'schema') {
      console.log(JSON.stringify(topologyJsonSchema, null, 2))
      return 0
    }
    if (action === 'check') {
      const topology = await loadTopology(file)
      console.log(`${file}: ${topology.name}, ${Object.keys(topology.services).length} services, valid`)
      return 0
    }
    throw new Error('expected `check [FILE]` or `schema`')
  },
}
