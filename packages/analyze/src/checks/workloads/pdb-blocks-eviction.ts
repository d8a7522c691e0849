import { key } from '../../doc.ts'
import { report, type Check, type Located } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { autoscalerOf } from './autoscalers.ts'
import { pdbWorkloads } from './pdb-workloads.ts'

export const pdbBlocksEviction: Check<Index> = {
  code: 'BZ5009',
  level: 'warning',
  ist: null,
  name: 'DisruptionBudgetBlocksEviction',
  title: 'A PodDisruptionBudget allows no pod to be evicted (maxUnavailable 0, or minAvailable at least the replica count), so node drains and upgrades hang.',
  help: 'Use `maxUnavailable: 1`, which fits any replica count, or a minAvailable below the replicas (the autoscaler\'s minReplicas when one scales the workload).',
  run(index) {
    const scaled = autoscalerOf(index)
    const found: Located[] = []
    for (const pdb of index.of('policy', 'PodDisruptionBudget')) {
      const maxUnavailable = at(pdb.body, 'spec', 'maxUnavailable')
      if (maxUnavailable === 0 || maxUnavailable === '0%') {
        found.push(report(pdbBlocksEviction, pdb, ['spec', 'maxUnavailable'], 'maxUnavailable is 0: no pod may ever be evicted'))
        continue
      }
      const minAvailable = at(pdb.body, 'spec', 'minAvailable')
      if (minAvailable === '100%') {
        found.push(report(pdbBlocksEviction, pdb, ['spec', 'minAvailable'], 'minAvailable is 100%: no pod may ever be evicted'))
        continue
      }
      const workloads = pdbWorkloads(index, pdb)?.workloads ?? []
      if (typeof minAvailable !== 'number' || workloads.length === 0) continue
      const counts = workloads.map((w) => scaled.get(`${w.doc.group}/${w.doc.kind}/${key(w.namespace, w.name)}`)?.minReplicas ?? w.replicas)
      if (counts.some((c) => c === undefined)) continue
      const replicas = counts.reduce<number>((sum, c) => sum + (c ?? 0), 0)
      if (minAvailable >= replicas) found.push(report(pdbBlocksEviction, pdb, ['spec', 'minAvailable'], `minAvailable ${minAvailable} with ${replicas} replica${replicas === 1 ? '' : 's'}: no pod may be evicted`))
    }
    return found
  },
}
