import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { gatewayRefs } from './gateway-refs.ts'

export const vsGatewayNotFound: Check<Index> = {
  code: 'BZ2001',
  level: 'error',
  ist: 'IST0101',
  name: 'VirtualServiceGatewayNotFound',
  title: 'A VirtualService binds to a Gateway that does not exist.',
  help: 'Name an existing Gateway (`name` in the VirtualService\'s namespace, or `namespace/name`), or `mesh` for sidecars. Gateways in namespaces the files do not describe are not checked.',
  run: (index) => index.of(istioNetworking, 'VirtualService').flatMap((vs) => gatewayRefs(index, vs)
    .filter((g) => g.gateway === undefined && index.described(g.namespace))
    .map((g) => report(vsGatewayNotFound, vs, g.path, `Referenced gateway not found: "${g.ref}"`))),
}
