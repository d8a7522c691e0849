import type { Doc } from '../../doc.ts'
import { report, type Check, type Located } from '../../finding.ts'
import { istioNetworking, istioRoot, istioSecurity } from '../../groups.ts'
import type { Index, Pods } from '../../cluster-index.ts'
import { at, text } from '../../json.ts'
import { resolveHost } from '../../istio/hosts.ts'
import { isEmpty, mapSelector, matches } from '../../selectors.ts'

/** The server-side modes a client-side TLS mode cannot talk to. */
const clashes: Readonly<Record<string, string>> = { DISABLE: 'STRICT', ISTIO_MUTUAL: 'DISABLE' }

export const mtlsConflict: Check<Index> = {
  code: 'BZ2105',
  level: 'error',
  ist: null,
  name: 'MTLSPolicyConflict',
  title: 'A DestinationRule\'s TLS mode and the PeerAuthentication of the host\'s workloads disagree: clients send plain text to a STRICT server, or mTLS to one with mTLS disabled.',
  help: 'Drop `trafficPolicy.tls` from the DestinationRule (Istio\'s auto mTLS then follows the server), or make the two agree. (istioctl\'s IST0113 MTLSPolicyConflict is retired, so no IST code is given.)',
  run(index) {
    const policies = index.of(istioSecurity, 'PeerAuthentication')
    const found: Located[] = []
    for (const dr of index.of(istioNetworking, 'DestinationRule')) {
      const mode = text(at(dr.body, 'spec', 'trafficPolicy', 'tls', 'mode'))
      const host = text(at(dr.body, 'spec', 'host'))
      const clash = mode === undefined ? undefined : clashes[mode]
      if (clash === undefined || host === undefined) continue
      const target = resolveHost(index, host, dr.namespace ?? 'default')
      if (target.found !== 'service' || target.service.selector === undefined) continue
      const conflicting = index.podsMatching(target.service.selector, target.service.namespace)
        .map((pods) => peerMode(policies, pods))
        .find((m) => m.mode === clash)
      if (conflicting === undefined) continue
      const policy = conflicting.policy ? `PeerAuthentication "${conflicting.policy.namespace}/${conflicting.policy.name}"` : 'mesh default'
      found.push(report(mtlsConflict, dr, ['spec', 'trafficPolicy', 'tls', 'mode'], `A DestinationRule and Policy are in conflict with regards to mTLS for host ${host}. The DestinationRule "${dr.namespace}/${dr.name}" specifies that mTLS must be ${mode === 'ISTIO_MUTUAL'} but the ${policy} specifies ${conflicting.mode}.`))
    }
    return found
  },
}

/** The mTLS mode a workload's sidecar accepts: its own policy, else its namespace's, else the mesh's. */
function peerMode(policies: Doc[], pods: Pods): { mode: string; policy?: Doc } {
  const scopes = [
    (p: Doc) => p.namespace === pods.namespace && selects(p, pods),
    (p: Doc) => p.namespace === pods.namespace && selectorOf(p) === undefined,
    (p: Doc) => p.namespace === istioRoot && selectorOf(p) === undefined,
  ]
  for (const inScope of scopes) {
    const policy = policies.find((p) => inScope(p) && !['UNSET', undefined].includes(text(at(p.body, 'spec', 'mtls', 'mode'))))
    if (policy !== undefined) return { mode: text(at(policy.body, 'spec', 'mtls', 'mode')) ?? 'PERMISSIVE', policy }
  }
  return { mode: 'PERMISSIVE' }
}

function selectorOf(policy: Doc) {
  const selector = mapSelector(at(policy.body, 'spec', 'selector', 'matchLabels'))
  return selector === undefined || isEmpty(selector) ? undefined : selector
}

function selects(policy: Doc, pods: Pods): boolean {
  const selector = selectorOf(policy)
  return selector !== undefined && matches(selector, pods.labels)
}
