import { serviceOf, type Call, type Topology } from '@bazaar/topology'
import type { IHTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute'
import { isIdempotent } from '../call-paths.ts'
import { duration, edgeTiming, type EdgeTiming } from '../edge-timing.ts'
import { containerPort, meta, serviceLabels } from '../names.ts'
import { edgePolicy, meshCallers } from '../peers.ts'
import { callMatch } from './matches.ts'

interface RouteGroup {
  name: string
  timing: EdgeTiming
  retried: boolean
  calls: Call[]
}

/**
 * Outbound routes to the service (parent: its Service), which Linkerd applies in every client.
 * Linkerd cannot tell callers apart here, so calls are grouped by the timing their edge gives
 * them (a call two callers share keeps the first caller's); only idempotent calls are retried.
 * Retries and timeouts are annotations (Linkerd 2.16 and later). A last route takes everything
 * else with the topology's defaults, and every route splits traffic between versions.
 */
export function outboundRoutes(t: Topology, service: string): IHTTPRoute[] {
  const fallback = group(service, edgeTiming(t.defaults), false)
  const groups = new Map<string, RouteGroup>()
  const claimed = new Set<string>()
  for (const caller of meshCallers(t, service)) {
    const timing = edgeTiming(edgePolicy(t, caller.service, service))
    for (const call of caller.calls) {
      const key = `${call.method ?? '*'} ${call.path}`
      if (claimed.has(key)) continue
      claimed.add(key)
      const g = group(service, timing, timing.retries > 0 && isIdempotent(call))
      if (g.name === fallback.name) continue
      const existing = groups.get(g.name) ?? g
      existing.calls.push(call)
      groups.set(g.name, existing)
    }
  }
  return [...groups.values(), fallback].map((g) => route(t, service, g))
}

function group(service: string, timing: EdgeTiming, retried: boolean): RouteGroup {
  const name = retried ? `${service}-${duration(timing.totalMs)}-retry${timing.retries}` : `${service}-${duration(timing.totalMs)}`
  return { name, timing, retried, calls: [] }
}

function route(t: Topology, service: string, g: RouteGroup): IHTTPRoute {
  const annotations: Record<string, string> = { 'timeout.linkerd.io/request': duration(g.timing.totalMs) }
  if (g.retried) {
    annotations['retry.linkerd.io/http'] = '5xx'
    annotations['retry.linkerd.io/limit'] = String(g.timing.retries)
    annotations['retry.linkerd.io/timeout'] = duration(g.timing.perTryMs)
  }
  const matches = g.calls.length > 0 ? g.calls.map(callMatch) : [{ path: { type: 'PathPrefix' as const, value: '/' } }]
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { ...meta(t, g.name, serviceLabels(t, service)), annotations },
    spec: {
      parentRefs: [{ group: '', kind: 'Service', name: service, port: containerPort }],
      rules: [{ matches, backendRefs: backends(t, service) }],
    },
  }
}

/** The Service itself, or one Service per version weighted as the topology says. */
function backends(t: Topology, service: string): { name: string; port: number; weight?: number }[] {
  const versions = serviceOf(t, service).versions
  if (versions === undefined) return [{ name: service, port: containerPort }]
  return versions.map((v) => ({ name: `${service}-${v.name}`, port: containerPort, weight: v.weight }))
}
