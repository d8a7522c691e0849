import { report, type Check, type Located } from '../../finding.ts'
import type { Index, Pods } from '../../cluster-index.ts'
import { sidecarScopes, type SidecarScope } from './sidecars.ts'

export const sidecarConflict: Check<Index> = {
  code: 'BZ2019',
  level: 'error',
  ist: 'IST0110',
  name: 'ConflictingSidecarWorkloadSelectors',
  title: 'Several Sidecars select the same workload; which one applies is undefined.',
  help: 'Make the workloadSelectors disjoint, or merge the Sidecars.',
  run(index) {
    const byPods = new Map<Pods, SidecarScope[]>()
    for (const scope of sidecarScopes(index)) for (const p of scope.pods) byPods.set(p, [...(byPods.get(p) ?? []), scope])
    const found: Located[] = []
    const reported = new Set<string>()
    for (const [pods, scopes] of byPods) {
      if (scopes.length < 2) continue
      const names = scopes.map((s) => s.sidecar.name).sort()
      for (const s of scopes) {
        const id = `${s.sidecar.namespace}/${s.sidecar.name} ${pods.name}`
        if (reported.has(id)) continue
        reported.add(id)
        found.push(report(sidecarConflict, s.sidecar, ['spec', 'workloadSelector'], `The Sidecars [${names.join(' ')}] in namespace "${pods.namespace}" select the same workload "${pods.name}", which can lead to undefined behavior.`))
      }
    }
    return found
  },
}
