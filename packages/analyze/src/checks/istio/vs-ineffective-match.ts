import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { deadRoutes } from '../../istio/matches.ts'

export const vsIneffectiveMatch: Check<Index> = {
  code: 'BZ2009',
  level: 'info',
  ist: 'IST0131',
  name: 'VirtualServiceIneffectiveMatch',
  title: 'A match of an HTTP rule duplicates or is covered by a match of an earlier rule, so it never applies.',
  help: 'Remove the match, or move its rule before the one that covers it if it should win. (Regular expressions are compared as text, or tried on an exact path.)',
  run: (index) => index.of(istioNetworking, 'VirtualService').flatMap((vs) => deadRoutes(vs).flatMap((f) =>
    f.match === undefined ? [] : [report(vsIneffectiveMatch, vs, ['spec', 'http', f.rule, 'match', f.match], `VirtualService ${f.reason}`)])),
}
