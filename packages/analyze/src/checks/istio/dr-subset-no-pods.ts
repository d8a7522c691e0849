import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list, stringMap, text } from '../../json.ts'
import { resolveHost } from '../../istio/hosts.ts'
import { matches, selectorText } from '../../selectors.ts'

export const drSubsetNoPods: Check<Index> = {
  code: 'BZ2011',
  level: 'error',
  ist: 'IST0173',
  name: 'DestinationRuleSubsetNotSelectPods',
  title: 'A DestinationRule subset\'s labels select none of the host\'s pods, so traffic to it fails (503 UH, no healthy upstream).',
  help: 'Make the subset\'s labels match the pod template labels of the version it stands for (usually `version: ...`), or deploy that version.',
  run(index) {
    const found: Located[] = []
    for (const dr of index.of(istioNetworking, 'DestinationRule')) {
      const host = text(at(dr.body, 'spec', 'host'))
      const target = host === undefined ? undefined : resolveHost(index, host, dr.namespace ?? 'default')
      if (target?.found !== 'service' || target.service.selector === undefined || target.service.doc === undefined) continue
      const pods = index.podsMatching(target.service.selector, target.service.namespace)
      list(at(dr.body, 'spec', 'subsets')).forEach((subset, i) => {
        const labels = stringMap(at(subset, 'labels')) ?? {}
        if (pods.some((p) => matches({ labels, expressions: [] }, p.labels))) return
        const name = text(at(subset, 'name')) ?? `#${i}`
        found.push(report(drSubsetNoPods, dr, ['spec', 'subsets', i, 'labels'], `The Subset ${name} defined in the DestinationRule does not select any pods of ${host} (labels ${selectorText({ labels, expressions: [] })}).`))
      })
    }
    return found
  },
}
