import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list, strings } from '../../json.ts'
import { hostsOverlap, serverHost } from '../../istio/hosts.ts'
import { gatewayRefs } from './gateway-refs.ts'

export const vsHostNotInGateway: Check<Index> = {
  code: 'BZ2002',
  level: 'warning',
  ist: 'IST0132',
  name: 'VirtualServiceHostNotFoundInGateway',
  title: 'A VirtualService\'s hosts are not among the hosts of a Gateway it binds to, so the Gateway never routes to it.',
  help: 'Add the host to one of the Gateway\'s servers, or change the VirtualService\'s hosts to ones the Gateway serves.',
  run: (index) => index.of(istioNetworking, 'VirtualService').flatMap((vs) => {
    const hosts = strings(at(vs.body, 'spec', 'hosts'))
    return gatewayRefs(index, vs).flatMap((g) => {
      if (g.gateway === undefined) return []
      const served = list(at(g.gateway.body, 'spec', 'servers')).flatMap((s) => strings(at(s, 'hosts'))).map(serverHost)
      const missing = hosts.filter((h) => !served.some((s) => hostsOverlap(s, h)))
      if (missing.length === 0) return []
      return [report(vsHostNotInGateway, vs, g.path, `Host ${missing.join(', ')} defined in VirtualService ${vs.namespace}/${vs.name} not found in Gateway ${g.namespace}/${g.name}`)]
    })
  }),
}
