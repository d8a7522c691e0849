import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { deadRoutes } from '../../istio/matches.ts'

export const vsUnreachableRule: Check<Index> = {
  code: 'BZ2008',
  level: 'warning',
  ist: 'IST0130',
  name: 'VirtualServiceUnreachableRule',
  title: 'An HTTP rule of a VirtualService is never used: an earlier rule matches every request it would.',
  help: 'Istio takes the first rule that matches. Move the rule before the broader one, narrow the earlier rule, or delete the dead rule. A rule without `match` belongs last.',
  run: (index) => index.of(istioNetworking, 'VirtualService').flatMap((vs) => deadRoutes(vs)
    .filter((f) => f.match === undefined)
    .map((f) => report(vsUnreachableRule, vs, ['spec', 'http', f.rule], `VirtualService ${f.reason}`))),
}
