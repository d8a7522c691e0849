import type { Policy, Topology } from './model.ts'
import { serviceOf } from './services.ts'

/**
 * The effective resilience settings of the edge `from -> to`: the edge's own values over the
 * topology's defaults. The gateway's edges to the services it routes to need no declaration.
 * Throws for an undeclared edge: a client for it would be a call the mesh denies.
 */
export function dependencyPolicy(t: Topology, from: string, to: string): Policy {
  const target = serviceOf(t, to)
  const edge = serviceOf(t, from).dependencies.find((d) => d.service === to)
  if (edge === undefined) {
    if (from === t.gateway.service && target.expose.length > 0) return structuredClone(t.defaults)
    throw new Error(`${from} declares no dependency on ${to} in the topology`)
  }
  return {
    timeoutMs: edge.timeoutMs ?? t.defaults.timeoutMs,
    retries: edge.retries ?? t.defaults.retries,
    backoff: { ...t.defaults.backoff, ...edge.backoff },
    circuitBreaker: { ...t.defaults.circuitBreaker, ...edge.circuitBreaker },
  }
}
