import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, text } from '../../json.ts'
import { resolveHost } from '../../istio/hosts.ts'

export const drUnknownHost: Check<Index> = {
  code: 'BZ2010',
  level: 'warning',
  ist: 'IST0174',
  name: 'UnknownDestinationRuleHost',
  title: 'A DestinationRule\'s host matches no Service and no ServiceEntry, so its policy applies to nothing.',
  help: 'Correct the host (a short name is read in the DestinationRule\'s namespace), or add the Service or ServiceEntry it is meant for.',
  run: (index) => index.of(istioNetworking, 'DestinationRule').flatMap((dr) => {
    const host = text(at(dr.body, 'spec', 'host'))
    if (host === undefined || resolveHost(index, host, dr.namespace ?? 'default').found !== 'missing') return []
    return [report(drUnknownHost, dr, ['spec', 'host'], `The host ${host} defined in the DestinationRule does not match any services in the mesh.`)]
  }),
}
