import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { destinations } from '../../istio/destinations.ts'
import { resolveHost } from '../../istio/hosts.ts'

export const vsDestinationHost: Check<Index> = {
  code: 'BZ2003',
  level: 'error',
  ist: 'IST0101',
  name: 'VirtualServiceDestinationHostNotFound',
  title: 'A VirtualService routes (or mirrors) to a host that is neither a Service nor a ServiceEntry host.',
  help: 'Correct the host (a short name is read in the VirtualService\'s namespace), add the missing Service, or declare an external host with a ServiceEntry. Hosts in namespaces the files do not describe are not checked.',
  run: (index) => index.of(istioNetworking, 'VirtualService').flatMap((vs) => destinations(vs)
    .filter((d) => resolveHost(index, d.host, vs.namespace ?? 'default').found === 'missing')
    .map((d) => report(vsDestinationHost, vs, [...d.path, 'host'], `Referenced host not found: "${d.host}"`))),
}
