import type { Index, ServiceInfo, Workload } from '../../cluster-index.ts'

/** Deployments behind more than one Service (Istio's analyzer looks at Deployments only). */
export function multiServiceDeployments(index: Index): { workload: Workload; services: ServiceInfo[] }[] {
  return index.workloads
    .filter((w) => w.doc.kind === 'Deployment')
    .map((workload) => ({ workload, services: index.servicesFor(workload) }))
    .filter((entry) => entry.services.length > 1)
}
