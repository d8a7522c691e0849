import type { Topology } from '@bazaar/topology'
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget'
import { meta, podLabels } from '../names.ts'
import type { Workload } from '../workloads.ts'

/** Scales a workload on CPU between the topology's bounds; undefined when it has none. */
export function horizontalPodAutoscaler(t: Topology, w: Workload): IHorizontalPodAutoscaler | undefined {
  if (!w.autoscaling) return undefined
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta(t, w.name, podLabels(t, w.service, w.version)),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: w.name },
      minReplicas: w.autoscaling.min,
      maxReplicas: w.autoscaling.max,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: w.autoscaling.cpuPercent } } }],
    },
  }
}

/**
 * At most one pod of a workload evicted at a time. `maxUnavailable: 1` fits any replica count:
 * with one replica a drain may still proceed (a minAvailable of 1 would block it forever), with
 * more, all but one keep serving.
 */
export function podDisruptionBudget(t: Topology, w: Workload): IPodDisruptionBudget {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(t, w.name, podLabels(t, w.service, w.version)),
    spec: {
      maxUnavailable: 1,
      selector: { matchLabels: { app: w.service, version: w.version } },
    },
  }
}
