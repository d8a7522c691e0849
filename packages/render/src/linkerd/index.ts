import { serviceNames, type Topology } from '@bazaar/topology'
import { namespace } from '../k8s/namespace.ts'
import { authorizationDocuments } from './authorization.ts'
import { serviceWithFailureAccrual } from './failure-accrual.ts'
import { outboundRoutes } from './routes.ts'
import { anyNetwork, server } from './server.ts'

/** The namespace with proxy injection on, and the clients that have no mesh identity. */
export function linkerdPlatformDocuments(t: Topology): object[] {
  return [namespace(t, { annotations: { 'linkerd.io/inject': 'enabled' } }), anyNetwork(t)]
}

export function linkerdServiceDocuments(t: Topology, service: string): object[] {
  return [serviceWithFailureAccrual(t, service), server(t, service), ...authorizationDocuments(t, service), ...outboundRoutes(t, service)]
}

export function linkerdDocuments(t: Topology): object[] {
  return [...linkerdPlatformDocuments(t), ...serviceNames(t).flatMap((name) => linkerdServiceDocuments(t, name))]
}
