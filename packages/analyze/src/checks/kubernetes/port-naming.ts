import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'

/** Protocols Istio reads from a port's name prefix or appProtocol (pkg/config/protocol). */
const protocols = new Set(['http', 'http2', 'https', 'http_proxy', 'grpc', 'grpc-web', 'tcp', 'tls', 'udp', 'mongo', 'mysql', 'redis'])
const appProtocols = new Set(['kubernetes.io/h2c', 'kubernetes.io/ws', 'kubernetes.io/wss'])
/** Istio does not check Services there. */
const systemNamespaces = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage'])

export const portNaming: Check<Index> = {
  code: 'BZ3001',
  level: 'info',
  ist: 'IST0118',
  name: 'PortNameIsNotUnderNamingConvention',
  title: 'A Service port\'s protocol cannot be told from its name or appProtocol, so Istio falls back to protocol sniffing.',
  help: 'Name the port `<protocol>[-<suffix>]` (http, http2, https, grpc, grpc-web, tcp, tls, udp, mongo, mysql, redis), e.g. `http-api`, or set `appProtocol`.',
  run: (index) => index.services.flatMap((service) => {
    if (service.doc === undefined || systemNamespaces.has(service.namespace) || service.type === 'ExternalName') return []
    const doc = service.doc
    return service.ports.filter((p) => !known(p.name, p.appProtocol, p.protocol)).map((p) =>
      report(portNaming, doc, ['spec', 'ports', p.index], `Port name ${p.name ?? '(none)'} (port: ${p.port}, targetPort: ${p.targetPort ?? p.port}) doesn't follow the naming convention of Istio port.`))
  }),
}

function known(name: string | undefined, appProtocol: string | undefined, protocol: string): boolean {
  if (protocol === 'UDP') return true
  if (appProtocol !== undefined) return protocols.has(appProtocol.toLowerCase()) || appProtocols.has(appProtocol)
  // `grpc-web-api` reads as grpc, which Istio handles alike.
  return protocols.has((name ?? '').toLowerCase().split('-')[0] ?? '')
}
