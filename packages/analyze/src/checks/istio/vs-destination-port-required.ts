import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { destinations } from '../../istio/destinations.ts'
import { resolveHost } from '../../istio/hosts.ts'

export const vsDestinationPortRequired: Check<Index> = {
  code: 'BZ2005',
  level: 'error',
  ist: 'IST0112',
  name: 'VirtualServiceDestinationPortSelectorRequired',
  title: 'A VirtualService routes to a Service with more than one port without saying which.',
  help: 'Add `port: { number: N }` to the destination.',
  run(index) {
    const found: Located[] = []
    for (const vs of index.of(istioNetworking, 'VirtualService')) {
      for (const d of destinations(vs)) {
        if (d.port !== undefined) continue
        const target = resolveHost(index, d.host, vs.namespace ?? 'default')
        if ((target.found === 'service' || target.found === 'entry') && target.ports.length > 1) {
          found.push(report(vsDestinationPortRequired, vs, [...d.path, 'host'], `This VirtualService routes to a service "${d.host}" that exposes multiple ports [${target.ports.join(' ')}]. Specifying a port in the destination is required to disambiguate.`))
        }
      }
    }
    return found
  },
}
