import type { Topology } from '@bazaar/topology'

/** Every container listens here (PORT=8080, HOST=0.0.0.0), whatever its loopback port on one machine. */
export const containerPort = 8080

/** Where the topology the services read is mounted (k8s) or bound (compose). */
export const topologyDir = '/etc/bazaar'
export const topologyFileName = 'topology.json'

/** The labels that say which service and platform an object belongs to. */
export function serviceLabels(t: Topology, service: string): Record<string, string> {
  return { 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': t.name, app: service }
}

/** A pod's labels: the service's plus its version (meshes split traffic by it). */
export function podLabels(t: Topology, service: string, version: string): Record<string, string> {
  return { ...serviceLabels(t, service), version }
}

export function meta(t: Topology, name: string, labels: Record<string, string>): { name: string; namespace: string; labels: Record<string, string> } {
  return { name, namespace: t.namespace, labels }
}

/** `product-catalog` -> `PRODUCT_CATALOG`: the prefix of a peer's `<SERVICE>_URL` setting. */
export function envKey(service: string): string {
  return service.toUpperCase().replaceAll('-', '_')
}

export function serviceHost(t: Topology, service: string): string {
  return `${service}.${t.namespace}.svc.cluster.local`
}

/** The Kubernetes port name says the protocol, which is how Istio picks its L7 handling. */
export function portName(protocol: 'http' | 'http2' | 'grpc'): string {
  return protocol
}
