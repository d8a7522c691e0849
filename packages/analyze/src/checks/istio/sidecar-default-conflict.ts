import { report, type Check, type Located } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { sidecarScopes, type SidecarScope } from './sidecars.ts'

export const sidecarDefaultConflict: Check<Index> = {
  code: 'BZ2020',
  level: 'error',
  ist: 'IST0111',
  name: 'MultipleSidecarsWithoutWorkloadSelectors',
  title: 'A namespace has more than one Sidecar without workloadSelector; which is the default is undefined.',
  help: 'Keep one Sidecar without workloadSelector per namespace (the default) and give the others selectors.',
  run(index) {
    const byNamespace = new Map<string, SidecarScope[]>()
    for (const s of sidecarScopes(index)) {
      if (s.selector !== undefined) continue
      const ns = s.sidecar.namespace ?? 'default'
      byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), s])
    }
    const found: Located[] = []
    for (const [ns, scopes] of byNamespace) {
      if (scopes.length < 2) continue
      const names = scopes.map((s) => s.sidecar.name).sort()
      for (const s of scopes) found.push(report(sidecarDefaultConflict, s.sidecar, ['metadata', 'name'], `The Sidecars [${names.join(' ')}] in namespace "${ns}" have no workload selector, which can lead to undefined behavior.`))
    }
    return found
  },
}
