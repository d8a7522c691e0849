import { serviceOf, type Topology } from '@bazaar/topology'
import type { IService } from 'kubernetes-models/v1/Service'
import { containerPort, meta, portName, serviceLabels } from '../names.ts'

/** The service's stable address, across its versions; the port's name says the protocol. */
export function service(t: Topology, name: string): IService {
  return serviceObject(t, name, name, { app: name })
}

/**
 * One Service per version of a service with versions: Linkerd splits traffic between Services
 * (weighted backendRefs); Istio needs only the version label.
 */
export function versionService(t: Topology, name: string, version: string): IService {
  return serviceObject(t, name, `${name}-${version}`, { app: name, version })
}

function serviceObject(t: Topology, name: string, objectName: string, selector: Record<string, string>): IService {
  const protocol = serviceOf(t, name).protocol
  const port = portName(protocol)
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(t, objectName, serviceLabels(t, name)),
    spec: {
      selector,
      ports: [{ name: port, port: containerPort, targetPort: port, protocol: 'TCP', appProtocol: protocol }],
    },
  }
}
