import { report, type Check } from '../../finding.ts'
import { istioSecurity } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { policyScope } from '../../istio/workload-scope.ts'

export const authzNoWorkloads: Check<Index> = {
  code: 'BZ2101',
  level: 'warning',
  ist: 'IST0127',
  name: 'AuthorizationPolicyNoMatchingWorkloads',
  title: 'An AuthorizationPolicy selects no workload (or its namespace has none), so it protects nothing.',
  help: 'Make `selector.matchLabels` match the pod template labels of the workload to protect, in the policy\'s namespace (the root namespace istio-system applies to the whole mesh).',
  run: (index) => index.of(istioSecurity, 'AuthorizationPolicy').flatMap((policy) => {
    const scope = policyScope(index, policy)
    if (scope === undefined || scope.pods.length > 0) return []
    if (scope.labels === '') return [report(authzNoWorkloads, policy, ['spec'], `No matching workloads for this resource: namespace ${policy.namespace} has none`)]
    return [report(authzNoWorkloads, policy, ['spec', 'selector'], `No matching workloads for this resource with the following labels: ${scope.labels}`)]
  }),
}
