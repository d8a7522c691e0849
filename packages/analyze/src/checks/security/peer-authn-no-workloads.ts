import { report, type Check } from '../../finding.ts'
import { istioSecurity } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { policyScope } from '../../istio/workload-scope.ts'

export const peerAuthnNoWorkloads: Check<Index> = {
  code: 'BZ2104',
  level: 'warning',
  ist: null,
  name: 'PeerAuthenticationNoMatchingWorkloads',
  title: 'A PeerAuthentication with a selector matches no workload in its namespace, so its mTLS mode applies to nothing.',
  help: 'Make `selector.matchLabels` match the pod template labels of the workload, in the policy\'s namespace; drop the selector for a namespace-wide policy.',
  run: (index) => index.of(istioSecurity, 'PeerAuthentication').flatMap((policy) => {
    const scope = policyScope(index, policy)
    if (scope === undefined || scope.labels === '' || scope.pods.length > 0) return []
    return [report(peerAuthnNoWorkloads, policy, ['spec', 'selector'], `No matching workloads for this resource with the following labels: ${scope.labels}`)]
  }),
}
