import { dependencyPolicy, serviceOf, type Policy, type Topology } from '@bazaar/topology'
import type { IDestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule'
import { duration } from '../edge-timing.ts'
import { meta, serviceHost, serviceLabels } from '../names.ts'

type TrafficPolicy = NonNullable<NonNullable<IDestinationRule['spec']>['trafficPolicy']>

/**
 * The host's rule (for callers without an edge of their own, such as the gateway and the
 * ingress) carries the topology's defaults; each declared edge gets a rule of its own that only
 * the caller's sidecars apply (workloadSelector), with the edge's circuit breaker.
 */
export function destinationRules(t: Topology, service: string): IDestinationRule[] {
  const edges = Object.entries(t.services)
    .filter(([, s]) => s.dependencies.some((d) => d.service === service))
    .map(([caller]) => rule(t, service, `${caller}-to-${service}`, dependencyPolicy(t, caller, service), caller))
  return [rule(t, service, service, t.defaults, undefined), ...edges]
}

function rule(t: Topology, service: string, name: string, policy: Policy, caller: string | undefined): IDestinationRule {
  const versions = serviceOf(t, service).versions
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'DestinationRule',
    metadata: meta(t, name, serviceLabels(t, service)),
    spec: {
      host: serviceHost(t, service),
      ...(caller === undefined ? {} : { workloadSelector: { matchLabels: { app: caller } } }),
      trafficPolicy: trafficPolicy(policy),
      ...(versions ? { subsets: versions.map((v) => ({ name: v.name, labels: { version: v.name } })) } : {}),
    },
  }
}

/**
 * Istio has no breaker per upstream: outlier detection ejects each replica after the edge's
 * consecutive failures for `halfOpenAfterMs`, and may eject them all, which is the open breaker.
 * The pool limits are not in the topology: they bound queues so a slow upstream sheds load.
 */
function trafficPolicy(policy: Policy): TrafficPolicy {
  return {
    connectionPool: {
      tcp: { maxConnections: 100, connectTimeout: duration(Math.min(policy.timeoutMs, 1000)) },
      http: { http1MaxPendingRequests: 100, http2MaxRequests: 1000 },
    },
    outlierDetection: {
      consecutive5xxErrors: policy.circuitBreaker.consecutiveFailures,
      interval: '5s',
      baseEjectionTime: duration(policy.circuitBreaker.halfOpenAfterMs),
      maxEjectionPercent: 100,
    },
  }
}
