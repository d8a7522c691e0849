import type { Topology } from '@bazaar/topology'

/**
 * Services in an order where each starts after the services it calls, so its clients and
 * token verifier find them listening; the gateway, which calls everything, comes last.
 * A cycle in the call graph is a topology error, reported with the services on it.
 */
export function startOrder(topology: Topology): string[] {
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting') throw new Error(`the topology's calls form a cycle: ${[...path, name].join(' -> ')}`)
    state.set(name, 'visiting')
    for (const dependency of topology.services[name]?.dependencies ?? []) visit(dependency.service, [...path, name])
    state.set(name, 'done')
    order.push(name)
  }
  const gateway = topology.gateway.service
  for (const name of Object.keys(topology.services)) if (name !== gateway) visit(name, [])
  visit(gateway, [])
  return order
}
