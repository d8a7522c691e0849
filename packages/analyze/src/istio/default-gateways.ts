import { istioRoot } from '../groups.ts'
import type { Pods, ServiceInfo } from '../cluster-index.ts'

/**
 * Istio's default install, which the files usually leave out: its ingress and egress gateways
 * in istio-system, with their Services' ports. Assumed unless the files describe istio-system.
 */
const gateways = [
  { name: 'istio-ingressgateway', labels: { app: 'istio-ingressgateway', istio: 'ingressgateway' }, ports: [15021, 80, 443] },
  { name: 'istio-egressgateway', labels: { app: 'istio-egressgateway', istio: 'egressgateway' }, ports: [80, 443] },
]

export const istioGatewayPods: Pods[] = gateways.map((g) => ({
  name: g.name, namespace: istioRoot, labels: g.labels, ports: [], doc: undefined,
}))

export const istioGatewayServices: ServiceInfo[] = gateways.map((g) => ({
  name: g.name, namespace: istioRoot, type: 'LoadBalancer', selector: { labels: g.labels, expressions: [] }, doc: undefined,
  ports: g.ports.map((port, index) => ({ index, name: undefined, port, targetPort: undefined, protocol: 'TCP', appProtocol: undefined })),
}))
