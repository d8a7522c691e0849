import { serviceOf, type Topology } from '@bazaar/topology'

/** One Deployment: a service, or one version of a service that splits traffic between versions. */
export interface Workload {
  service: string
  /** The Deployment's name: the service's, or `<service>-<version>` for a service with versions. */
  name: string
  version: string
  weight: number
  image: string
  replicas: number
  autoscaling?: { min: number; max: number; cpuPercent: number }
}

/** The version label of a service that declares no versions. */
export const defaultVersion = 'v1'

/**
 * A service's Deployments. Versions share the service's replicas by weight (at least one pod
 * each: a version with weight 0 is deployed dark), and so do their autoscaling bounds.
 */
export function workloads(t: Topology, service: string, image: string): Workload[] {
  const s = serviceOf(t, service)
  if (s.versions === undefined) {
    return [{ service, name: service, version: defaultVersion, weight: 100, image, replicas: s.replicas, ...(s.autoscaling ? { autoscaling: s.autoscaling } : {}) }]
  }
  return s.versions.map((v) => {
    const workload: Workload = { service, name: `${service}-${v.name}`, version: v.name, weight: v.weight, image: v.image ?? image, replicas: share(s.replicas, v.weight) }
    if (s.autoscaling) {
      const min = share(s.autoscaling.min, v.weight)
      workload.autoscaling = { min, max: Math.max(min, share(s.autoscaling.max, v.weight)), cpuPercent: s.autoscaling.cpuPercent }
    }
    return workload
  })
}

function share(count: number, weight: number): number {
  return Math.max(1, Math.ceil((count * weight) / 100))
}
