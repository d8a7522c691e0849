import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list, text } from '../../json.ts'
import { destinations } from '../../istio/destinations.ts'
import { fqdn, resolveHost } from '../../istio/hosts.ts'

export const vsSubset: Check<Index> = {
  code: 'BZ2006',
  level: 'error',
  ist: 'IST0101',
  name: 'VirtualServiceSubsetNotFound',
  title: 'A VirtualService routes to a subset no DestinationRule of that host defines.',
  help: 'Define the subset (name and labels) in the DestinationRule of the destination host, or correct the subset\'s name. Without it the route answers 503.',
  run(index) {
    const defined = new Set<string>()
    for (const dr of index.of(istioNetworking, 'DestinationRule')) {
      const host = text(at(dr.body, 'spec', 'host'))
      if (host === undefined) continue
      for (const subset of list(at(dr.body, 'spec', 'subsets'))) defined.add(`${fqdn(host, dr.namespace ?? 'default')} ${text(at(subset, 'name'))}`)
    }
    const found: Located[] = []
    for (const vs of index.of(istioNetworking, 'VirtualService')) {
      const namespace = vs.namespace ?? 'default'
      for (const d of destinations(vs)) {
        if (d.subset === undefined || defined.has(`${fqdn(d.host, namespace)} ${d.subset}`)) continue
        if (resolveHost(index, d.host, namespace).found === 'unknown') continue
        found.push(report(vsSubset, vs, [...d.path, 'subset'], `Referenced host+subset in destinationrule not found: "${d.host}+${d.subset}"`))
      }
    }
    return found
  },
}
