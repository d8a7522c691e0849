import { callers, dependencyPolicy, serviceNames, serviceOf, type Call, type Caller, type Policy, type Topology } from '@bazaar/topology'

/**
 * The services `service` sends requests to. The gateway reaches every other service: it routes
 * to the exposed ones and its /api/health probes each one's /health
 * (services/gateway/src/proxy/platform-health.ts).
 */
export function peers(t: Topology, service: string): string[] {
  if (service === t.gateway.service) return serviceNames(t).filter((name) => name !== service)
  return serviceOf(t, service).dependencies.map((d) => d.service)
}

const healthProbe: Call = { method: 'GET', path: '/health' }

/**
 * Who calls `service` and what, as the mesh must allow it: the topology's callers, plus the
 * gateway's health probe, which the topology does not list.
 */
export function meshCallers(t: Topology, service: string): Caller[] {
  const found = callers(t, service)
  if (service === t.gateway.service) return found
  const gateway = found.find((c) => c.service === t.gateway.service)
  if (gateway !== undefined) return found.map((c) => (c === gateway ? { service: c.service, calls: [...c.calls, healthProbe] } : c))
  return [{ service: t.gateway.service, calls: [healthProbe] }, ...found]
}

/** The edge's policy; the gateway's health probe of a service it does not route to has the defaults. */
export function edgePolicy(t: Topology, from: string, to: string): Policy {
  if (from === t.gateway.service && serviceOf(t, to).expose.length === 0) return structuredClone(t.defaults)
  return dependencyPolicy(t, from, to)
}
