import { dependencyPolicy, gatewayRoutes, type GatewayRoute, type Topology } from '@bazaar/topology'
import { accessCheck, accessRulesOf, type AccessCheck } from '../domain/access-rules.ts'
import type { Upstream } from './send.ts'
import type { Upstreams } from './upstreams.ts'

export interface ProxiedRoute {
  route: GatewayRoute
  upstream: Upstream
  /** Undefined when no access rule concerns the route. */
  access: AccessCheck | undefined
}

/**
 * The topology's gateway routes, longest prefix first, each with its service's replicas and its
 * edge's timeout and retries. A service that does not run keeps its routes: they answer 503.
 */
export function routingTable(topology: Topology, upstreams: Upstreams, retryAfterSeconds: number): ProxiedRoute[] {
  const rules = accessRulesOf(topology)
  const byService = new Map<string, Upstream>()
  const upstreamOf = (service: string): Upstream => {
    let upstream = byService.get(service)
    if (upstream === undefined) {
      const policy = dependencyPolicy(topology, topology.gateway.service, service)
      upstream = { service, replicas: upstreams.get(service), timeoutMs: policy.timeoutMs, retries: policy.retries, retryAfterSeconds }
      byService.set(service, upstream)
    }
    return upstream
  }
  return gatewayRoutes(topology)
    .filter((route) => route.service !== topology.gateway.service)
    .map((route) => ({ route, upstream: upstreamOf(route.service), access: accessCheck(rules, topology.gateway.prefix, route.prefix) }))
}

/** The connect timeout towards a service: its edge's timeout, or the default for one the gateway only probes. */
export function connectTimeout(topology: Topology, service: string): number {
  return topology.services[service]?.expose.length ? dependencyPolicy(topology, topology.gateway.service, service).timeoutMs : topology.defaults.timeoutMs
}
