import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { destinations } from '../../istio/destinations.ts'
import { resolveHost } from '../../istio/hosts.ts'

export const vsDestinationPort: Check<Index> = {
  code: 'BZ2004',
  level: 'error',
  ist: 'IST0101',
  name: 'VirtualServiceDestinationPortNotFound',
  title: 'A VirtualService routes to a port its destination Service (or ServiceEntry) does not have.',
  help: 'Use one of the Service\'s `port` numbers (not its targetPort or the container\'s port).',
  run(index) {
    const found: Located[] = []
    for (const vs of index.of(istioNetworking, 'VirtualService')) {
      for (const d of destinations(vs)) {
        if (d.port === undefined) continue
        const target = resolveHost(index, d.host, vs.namespace ?? 'default')
        if ((target.found === 'service' || target.found === 'entry') && !target.ports.includes(d.port)) {
          found.push(report(vsDestinationPort, vs, [...d.path, 'port'], `Referenced host:port not found: "${d.host}:${d.port}" (ports: ${target.ports.join(', ') || 'none'})`))
        }
      }
    }
    return found
  },
}
