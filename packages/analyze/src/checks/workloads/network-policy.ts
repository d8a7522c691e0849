import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list } from '../../json.ts'
import { labelSelector, matches } from '../../selectors.ts'
import { isLongRunning } from './containers.ts'

export const networkPolicy: Check<Index> = {
  code: 'BZ5013',
  level: 'warning',
  ist: null,
  name: 'NetworkPolicyMissing',
  title: 'No NetworkPolicy restricts ingress to a workload\'s pods, so any pod in the cluster may connect to them.',
  help: 'Add a NetworkPolicy in the workload\'s namespace whose podSelector matches its pods and that allows ingress only from its callers (a default-deny policy with `podSelector: {}` covers the whole namespace).',
  run(index) {
    const policies = index.of('networking.k8s.io', 'NetworkPolicy').flatMap((np) => {
      const types = list(at(np.body, 'spec', 'policyTypes'))
      const selector = labelSelector(at(np.body, 'spec', 'podSelector'))
      // Without policyTypes a policy always restricts ingress.
      return selector !== undefined && (types.length === 0 || types.includes('Ingress')) ? [{ namespace: np.namespace, selector }] : []
    })
    return index.workloads.filter(isLongRunning).flatMap((w) => policies.some((p) => p.namespace === w.namespace && matches(p.selector, w.labels)) ? [] :
      [report(networkPolicy, w.doc, ['metadata', 'name'], `No NetworkPolicy selects the pods of ${w.doc.kind} ${w.name}: any pod may connect to them`)])
  },
}
