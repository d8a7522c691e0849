import type { Call, Policy, Topology } from '@bazaar/topology'
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService'
import { isIdempotent, isLiteral, pathRegex } from '../call-paths.ts'
import { duration, edgeTiming } from '../edge-timing.ts'
import { meta, serviceHost, serviceLabels } from '../names.ts'
import { edgePolicy, meshCallers } from '../peers.ts'
import { destinations, type HttpRoute } from './destinations.ts'

/** Transient answers and broken connections: what the kit's client retries for idempotent calls. */
const retryOnIdempotent = 'gateway-error,connect-failure,refused-stream,reset'
/** A request that never reached the service may go again whatever its method. */
const retryOnAny = 'connect-failure,refused-stream'

/**
 * The service's in-mesh routes: per caller (matched by its pod labels) and per call, the edge's
 * timeout and retries; idempotent and other calls get separate routes because only the former
 * may be retried after they reached the service. A last route carries the topology's defaults.
 */
export function virtualService(t: Topology, service: string): IVirtualService {
  const route = destinations(t, service)
  const http: HttpRoute[] = []
  for (const caller of meshCallers(t, service)) {
    const policy = edgePolicy(t, caller.service, service)
    const safe = caller.calls.filter(isIdempotent)
    const unsafe = caller.calls.filter((call) => !isIdempotent(call))
    if (safe.length > 0) http.push(callRoute(`from-${caller.service}`, caller.service, safe, policy, true, route))
    if (unsafe.length > 0) http.push(callRoute(`from-${caller.service}-not-idempotent`, caller.service, unsafe, policy, false, route))
  }
  http.push({ name: 'default', route, ...timing(t.defaults, false) })
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: meta(t, service, serviceLabels(t, service)),
    spec: { hosts: [serviceHost(t, service)], http },
  }
}

function callRoute(name: string, caller: string, calls: Call[], policy: Policy, idempotent: boolean, route: HttpRoute['route']): HttpRoute {
  return {
    name,
    match: calls.map((call) => ({
      sourceLabels: { app: caller },
      uri: isLiteral(call.path) ? { exact: call.path } : { regex: pathRegex(call.path) },
      ...(call.method === undefined ? {} : { method: { exact: call.method } }),
    })),
    route,
    ...timing(policy, idempotent),
  }
}

function timing(policy: Policy, idempotent: boolean): Pick<HttpRoute, 'timeout' | 'retries'> {
  const { perTryMs, totalMs, retries } = edgeTiming(policy)
  return {
    timeout: duration(totalMs),
    retries: retries === 0
      ? { attempts: 0 }
      : { attempts: retries, perTryTimeout: duration(perTryMs), retryOn: idempotent ? retryOnIdempotent : retryOnAny },
  }
}
