import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, integer, list, strings } from '../../json.ts'
import { hostsOverlap, serverHost } from '../../istio/hosts.ts'
import { mapSelector, selectorText } from '../../selectors.ts'

export const gatewayConflict: Check<Index> = {
  code: 'BZ2016',
  level: 'error',
  ist: 'IST0145',
  name: 'ConflictingGateways',
  title: 'Two Gateways select the same gateway workload and serve the same port with overlapping hosts; only one of them takes effect.',
  help: 'Merge the servers into one Gateway, or give them hosts that do not overlap.',
  run(index) {
    const servers = index.of(istioNetworking, 'Gateway').flatMap((gw) => {
      const selector = selectorText(mapSelector(at(gw.body, 'spec', 'selector')) ?? { labels: {}, expressions: [] })
      return list(at(gw.body, 'spec', 'servers')).map((server, i) => ({
        gw, i, selector, port: integer(at(server, 'port', 'number')), hosts: strings(at(server, 'hosts')).map(serverHost),
      }))
    })
    const found: Located[] = []
    for (const s of servers) {
      const others = servers.filter((o) => o.gw !== s.gw && o.selector === s.selector && o.port === s.port && o.hosts.some((h) => s.hosts.some((mine) => hostsOverlap(h, mine))))
      if (others.length === 0) continue
      const names = [...new Set(others.map((o) => `${o.gw.namespace}/${o.gw.name}`))].join(',')
      found.push(report(gatewayConflict, s.gw, ['spec', 'servers', s.i], `Conflict with gateways ${names} (workload selector ${s.selector}, port ${s.port}, hosts ${s.hosts.join(',')}).`))
    }
    return found
  },
}
