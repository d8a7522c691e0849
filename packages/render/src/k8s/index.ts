import { serviceNames, serviceOf, type Topology } from '@bazaar/topology'
import type { RenderOptions } from '../options.ts'
import { workloads } from '../workloads.ts'
import { horizontalPodAutoscaler, podDisruptionBudget } from './autoscaling.ts'
import { serviceConfigMap, topologyConfigMap } from './config-maps.ts'
import { deployment } from './deployment.ts'
import { namespace } from './namespace.ts'
import { networkPolicy } from './network-policy.ts'
import { service, versionService } from './service.ts'
import { serviceAccount } from './service-account.ts'

/** What the whole platform shares: its namespace and the topology every service reads. */
export function platformDocuments(t: Topology): object[] {
  return [namespace(t), topologyConfigMap(t)]
}

/** Everything one service needs in a cluster without a mesh. */
export function serviceDocuments(t: Topology, name: string, options: Pick<RenderOptions, 'image'>): object[] {
  const versions = serviceOf(t, name).versions ?? []
  const docs: object[] = [serviceAccount(t, name), serviceConfigMap(t, name)]
  for (const w of workloads(t, name, options.image)) {
    docs.push(deployment(t, w))
    const hpa = horizontalPodAutoscaler(t, w)
    if (hpa) docs.push(hpa)
    docs.push(podDisruptionBudget(t, w))
  }
  docs.push(service(t, name), ...versions.map((v) => versionService(t, name, v.name)), networkPolicy(t, name))
  return docs
}

/** Every plain Kubernetes document of the topology, platform first. */
export function kubernetesDocuments(t: Topology, options: Pick<RenderOptions, 'image'>): object[] {
  return [...platformDocuments(t), ...serviceNames(t).flatMap((name) => serviceDocuments(t, name, options))]
}
