import { serviceOf, type Topology } from '@bazaar/topology'
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy'
import { meta, portName, serviceLabels } from '../names.ts'
import { meshCallers } from '../peers.ts'

/**
 * Only the pods of the services that call this one may connect to it, and only on its port:
 * the topology's call edges at L3/L4 (the meshes refine them by method and path). The gateway
 * is the way in, so anything may reach it. Egress stays open: DNS, the database, the broker
 * and Redis are outside the topology.
 */
export function networkPolicy(t: Topology, service: string): INetworkPolicy {
  const port = { port: portName(serviceOf(t, service).protocol), protocol: 'TCP' as const }
  const callerNames = meshCallers(t, service).map((c) => c.service).sort()
  const ingress = service === t.gateway.service
    ? [{ ports: [port] }]
    : callerNames.length === 0 ? [] : [{ from: callerNames.map((c) => ({ podSelector: { matchLabels: { app: c } } })), ports: [port] }]
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: meta(t, service, serviceLabels(t, service)),
    spec: {
      podSelector: { matchLabels: { app: service } },
      policyTypes: ['Ingress'],
      ingress,
    },
  }
}
