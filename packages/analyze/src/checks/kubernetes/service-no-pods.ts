import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { isEmpty, selectorText } from '../../selectors.ts'

export const serviceNoPods: Check<Index> = {
  code: 'BZ3004',
  level: 'warning',
  ist: null,
  name: 'ServiceSelectsNoPods',
  title: 'A Service\'s selector matches no pod template in its namespace, so it has no endpoints.',
  help: 'Make `spec.selector` match the labels of the workload\'s pod template (not the Deployment\'s own labels).',
  run: (index) => index.services.flatMap((service) => {
    const { doc, selector } = service
    if (doc === undefined || selector === undefined || isEmpty(selector)) return []
    if (index.podsMatching(selector, service.namespace).length > 0) return []
    return [report(serviceNoPods, doc, ['spec', 'selector'], `No pods in namespace ${service.namespace} match the selector ${selectorText(selector)}`)]
  }),
}
