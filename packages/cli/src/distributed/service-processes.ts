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
  const plans: ServiceProcessPlan[] = []
  const services = startOrder(topology)
  const free = await freePorts(services.reduce((sum, service) => sum + (replicas.get(service) ?? 1), 0))
  for (const service of services) {
    for (let index = 1; index <= (replicas.get(service) ?? 1); index++) {
      const fixed = service === topology.gateway.service && ports.gatewayPort ? ports.gatewayPort : topology.services[service]!.port
      const port = index === 1 && !ports.randomPorts ? fixed : free.pop()!
      plans.push({ service, index, name: `${service}-${index}`, port, url: `http://127.0.0.1:${port}` })
    }
  }
  return plans
}

/** `<SERVICE>_URLS` for every service: how the gateway and the service clients find each replica. */
export function peerUrls(plans: readonly ServiceProcessPlan[]): Record<string, string> {
  const urls: Record<string, string[]> = {}
  for (const plan of plans) (urls[plan.service] ??= []).push(plan.url)
  return Object.fromEntries(Object.entries(urls).map(([service, list]) => [`${envPrefix(service)}_URLS`, list.join(',')]))
}
