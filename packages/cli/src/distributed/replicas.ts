import type { Topology } from '@bazaar/topology'

/** Most replicas of one service a laptop run is allowed: each is a Node process of ~80 MB. */
const maxReplicas = 8

/**
 * Reads `--replicas orders=2,catalog=2` into a count per service; services not named run once.
 * The gateway runs once: it owns the one public port.
 */
export function parseReplicas(text: string | undefined, topology: Topology): Map<string, number> {
  const counts = new Map(Object.keys(topology.services).map((name) => [name, 1]))
  if (text === undefined || text.trim() === '') return counts
  for (const part of text.split(',')) {
    const match = /^\s*([a-z][a-z0-9-]*)\s*=\s*(\d+)\s*$/.exec(part)
    if (!match) throw new Error(`--replicas takes service=count pairs separated by commas (orders=2,catalog=2); "${part}" is not one`)
    const [, service, count] = match as unknown as [string, string, string]
    if (!counts.has(service)) throw new Error(`--replicas names "${service}", which is not a service of the topology; it has ${[...counts.keys()].join(', ')}`)
    if (service === topology.gateway.service && Number(count) !== 1) throw new Error(`the gateway runs once: it owns the public port`)
    const replicas = Number(count)
    if (replicas < 1 || replicas > maxReplicas) throw new Error(`--replicas ${service}=${count}: a count from 1 to ${maxReplicas}`)
    counts.set(service, replicas)
  }
  return counts
}
