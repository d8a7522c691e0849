import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list, text } from '../../json.ts'

export const serviceEntryAddresses: Check<Index> = {
  code: 'BZ2017',
  level: 'warning',
  ist: 'IST0134',
  name: 'ServiceEntryAddressesRequired',
  title: 'A ServiceEntry has a TCP (or unset protocol) port but no addresses, so sidecars cannot tell its traffic apart.',
  help: 'Add `addresses` (the VIPs or CIDRs of the service), or name the port\'s protocol (HTTP, TLS...) when it has one. Istio\'s DNS auto-allocation also solves it; the analyzer cannot see whether it is on.',
  run: (index) => index.of(istioNetworking, 'ServiceEntry').flatMap((se) => {
    if (list(at(se.body, 'spec', 'addresses')).length > 0) return []
    return list(at(se.body, 'spec', 'ports')).flatMap((port, i) => {
      const protocol = text(at(port, 'protocol')) ?? ''
      return protocol === '' || protocol === 'TCP' ? [report(serviceEntryAddresses, se, ['spec', 'ports', i], 'ServiceEntry addresses are required for this protocol.')] : []
    })
  }),
}
