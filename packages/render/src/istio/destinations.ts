import { serviceOf, type Topology } from '@bazaar/topology'
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService'
import { containerPort, serviceHost } from '../names.ts'

export type HttpRoute = NonNullable<NonNullable<IVirtualService['spec']>['http']>[number]
type RouteDestination = NonNullable<HttpRoute['route']>[number]

/** Where a route sends a service's traffic: split by weight over its version subsets, if any. */
export function destinations(t: Topology, service: string): RouteDestination[] {
  const host = serviceHost(t, service)
  const port = { number: containerPort }
  const versions = serviceOf(t, service).versions
  if (versions === undefined) return [{ destination: { host, port } }]
  return versions.map((v) => ({ destination: { host, subset: v.name, port }, weight: v.weight }))
}
