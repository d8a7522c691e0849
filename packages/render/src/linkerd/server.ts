import { serviceOf, type Topology } from '@bazaar/topology'
import { meta, portName, serviceLabels } from '../names.ts'
import type { NetworkAuthentication, Server } from './types.ts'

const proxyProtocols = { http: 'HTTP/1', http2: 'HTTP/2', grpc: 'gRPC' } as const

/** One Server per port; a service has one, named for its protocol. */
export function serverName(t: Topology, service: string): string {
  return `${service}-${portName(serviceOf(t, service).protocol)}`
}

/** The service's one port, with no access but what an AuthorizationPolicy grants. */
export function server(t: Topology, service: string): Server {
  const protocol = serviceOf(t, service).protocol
  return {
    apiVersion: 'policy.linkerd.io/v1beta3',
    kind: 'Server',
    metadata: meta(t, serverName(t, service), serviceLabels(t, service)),
    spec: {
      podSelector: { matchLabels: { app: service } },
      port: portName(protocol),
      proxyProtocol: proxyProtocols[protocol],
      accessPolicy: 'deny',
    },
  }
}

export const anyNetworkName = 'any-network'

/** Clients that cannot present a mesh identity: the kubelet's probes and whatever reaches the edge. */
export function anyNetwork(t: Topology): NetworkAuthentication {
  return {
    apiVersion: 'policy.linkerd.io/v1alpha1',
    kind: 'NetworkAuthentication',
    metadata: meta(t, anyNetworkName, { 'app.kubernetes.io/part-of': t.name }),
    spec: { networks: [{ cidr: '0.0.0.0/0' }, { cidr: '::/0' }] },
  }
}
