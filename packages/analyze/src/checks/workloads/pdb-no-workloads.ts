import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { selectorText } from '../../selectors.ts'
import { pdbWorkloads } from './pdb-workloads.ts'

export const pdbNoWorkloads: Check<Index> = {
  code: 'BZ5010',
  level: 'warning',
  ist: null,
  name: 'DisruptionBudgetNoMatchingWorkloads',
  title: 'A PodDisruptionBudget selects no workload\'s pods, so it protects nothing.',
  help: 'Make `spec.selector` match the pod template labels of the workload, in the budget\'s namespace.',
  run: (index) => index.of('policy', 'PodDisruptionBudget').flatMap((pdb) => {
    const found = pdbWorkloads(index, pdb)
    return found === undefined || found.workloads.length > 0 ? [] :
      [report(pdbNoWorkloads, pdb, ['spec', 'selector'], `No workload in namespace ${pdb.namespace} has pods matching ${selectorText(found.selector) || '(all)'}`)]
  }),
}
