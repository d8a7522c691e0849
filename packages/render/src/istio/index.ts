import { serviceNames, type Topology } from '@bazaar/topology'
import { namespace } from '../k8s/namespace.ts'
import { destinationRules } from './destination-rules.ts'
import { ingressGateway, ingressVirtualService } from './ingress.ts'
import { jwtDocuments } from './jwt.ts'
import { authorizationPolicy, peerAuthentications } from './security.ts'
import { virtualService } from './virtual-service.ts'

/** The namespace with sidecar injection on, mTLS, and the way in. */
export function istioPlatformDocuments(t: Topology): object[] {
  return [namespace(t, { labels: { 'istio-injection': 'enabled' } }), ...peerAuthentications(t), ingressGateway(t), ingressVirtualService(t)]
}

export function istioServiceDocuments(t: Topology, service: string): object[] {
  return [virtualService(t, service), ...destinationRules(t, service), authorizationPolicy(t, service), ...jwtDocuments(t, service)]
}

export function istioDocuments(t: Topology): object[] {
  return [...istioPlatformDocuments(t), ...serviceNames(t).flatMap((name) => istioServiceDocuments(t, name))]
}
