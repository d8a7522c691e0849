import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { selectorText } from '../../selectors.ts'
import { sidecarScopes } from './sidecars.ts'

export const sidecarSelector: Check<Index> = {
  code: 'BZ2018',
  level: 'error',
  ist: 'IST0101',
  name: 'SidecarSelectorNotFound',
  title: 'A Sidecar\'s workloadSelector matches no pod in its namespace, so it configures nothing.',
  help: 'Use the pod template labels of the workload it is meant for; a Sidecar only selects pods in its own namespace.',
  run: (index) => sidecarScopes(index).flatMap((s) => s.selector === undefined || s.pods.length > 0 ? [] :
    [report(sidecarSelector, s.sidecar, ['spec', 'workloadSelector', 'labels'], `Referenced selector not found: "${selectorText(s.selector)}"`)]),
}
