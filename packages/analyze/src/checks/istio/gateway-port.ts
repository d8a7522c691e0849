import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, integer, list } from '../../json.ts'
import { selectorText } from '../../selectors.ts'
import { gatewayPods } from './gateway-pods.ts'

export const gatewayPort: Check<Index> = {
  code: 'BZ2015',
  level: 'warning',
  ist: 'IST0162',
  name: 'GatewayPortNotDefinedOnService',
  title: 'A Gateway listens on a port the Service in front of its gateway pods does not expose, so clients cannot reach it.',
  help: 'Add the port to the gateway\'s Service, or use one of the ports it has (Istio\'s default ingress: 80 and 443).',
  run(index) {
    const found: Located[] = []
    for (const gw of index.of(istioNetworking, 'Gateway')) {
      const selected = gatewayPods(index, gw)
      if (selected === undefined || selected.pods.length === 0) continue
      const ports = new Set(selected.pods.flatMap((p) => index.servicesFor(p)).flatMap((s) => s.ports.filter((p) => p.protocol === 'TCP').map((p) => p.port)))
      list(at(gw.body, 'spec', 'servers')).forEach((server, i) => {
        const port = integer(at(server, 'port', 'number'))
        if (port === undefined || ports.has(port)) return
        found.push(report(gatewayPort, gw, ['spec', 'servers', i, 'port', 'number'], `The gateway is listening on a target port (port ${port}) that is not defined in the Service associated with its workload instances (Pod selector ${selectorText(selected.selector)}).`))
      })
    }
    return found
  },
}
