import type { Topology } from '@bazaar/topology'
import type { IService } from 'kubernetes-models/v1/Service'
import { duration } from '../edge-timing.ts'
import { service as plainService } from '../k8s/service.ts'
import { edgePolicy, meshCallers } from '../peers.ts'

/**
 * Linkerd's circuit breaking is failure accrual on the Service, for all its clients: an
 * endpoint is set aside after N consecutive failures and probed again after a penalty. One
 * setting for every edge into the service, so the strictest edge's wins. The document is the
 * plain Service plus these annotations: applied after deploy/k8s, it replaces it.
 */
export function serviceWithFailureAccrual(t: Topology, service: string): IService {
  const breakers = meshCallers(t, service).map((c) => edgePolicy(t, c.service, service).circuitBreaker)
  const failures = Math.min(t.defaults.circuitBreaker.consecutiveFailures, ...breakers.map((b) => b.consecutiveFailures))
  const penalty = Math.min(t.defaults.circuitBreaker.halfOpenAfterMs, ...breakers.map((b) => b.halfOpenAfterMs))
  const plain = plainService(t, service)
  return {
    ...plain,
    metadata: {
      ...plain.metadata,
      annotations: {
        'balancer.linkerd.io/failure-accrual': 'consecutive',
        'balancer.linkerd.io/failure-accrual-consecutive-max-failures': String(failures),
        'balancer.linkerd.io/failure-accrual-consecutive-min-penalty': duration(penalty),
        'balancer.linkerd.io/failure-accrual-consecutive-max-penalty': duration(Math.max(penalty, 60_000)),
      },
    },
  }
}
