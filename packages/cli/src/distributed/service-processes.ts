import { envPrefix, freePorts } from '@bazaar/kit'
import type { Topology } from '@bazaar/topology'
import { startOrder } from '../platform/start-order.ts'

export interface ServiceProcessPlan {
  service: string
  /** 1-based: `orders-1`, `orders-2`. */
  index: number
  name: string
  port: number
  url: string
}

/**
 * One entry per process to run, in start order. The first replica of a service keeps the
 * topology's port (or `gatewayPort` for the gateway); further replicas, and every process when
 * `randomPorts` is set, take free ports.
 */
export async function planProcesses(topology: Topology, replicas: ReadonlyMap<string, number>, ports: { randomPorts?: boolean; gatewayPort?: number }): Promise<ServiceProcessPlan[]> {
  const slots = startOrder(topology).flatMap((service) => Array.from({ length: replicas.get(service) ?? 1 }, (_, i) => ({ service, index: i + 1 })))
  const takesFreePort = (slot: { index: number }): boolean => slot.index !== 1 || ports.randomPorts === true
  const free = await freePorts(slots.filter(takesFreePort).length)
  return slots.map((slot) => {
    const { service, index } = slot
    const fixed = service === topology.gateway.service && ports.gatewayPort ? ports.gatewayPort : topology.services[service]!.port
    const port = takesFreePort(slot) ? free.pop()! : fixed
    return { service, index, name: `${service}-${index}`, port, url: `http://127.0.0.1:${port}` }
  })
}

/** `<SERVICE>_URLS` for every service: how the gateway and the service clients find each replica. */
export function peerUrls(plans: readonly ServiceProcessPlan[]): Record<string, string> {
  const urls: Record<string, string[]> = {}
  for (const plan of plans) (urls[plan.service] ??= []).push(plan.url)
  return Object.fromEntries(Object.entries(urls).map(([service, list]) => [`${envPrefix(service)}_URLS`, list.join(',')]))
}
