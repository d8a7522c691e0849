import type { Doc } from '../../doc.ts'
import type { Index, Workload } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { labelSelector, matches, type Selector } from '../../selectors.ts'

/** A PodDisruptionBudget's selector and the workloads of its namespace whose pods it covers. */
export function pdbWorkloads(index: Index, pdb: Doc): { selector: Selector; workloads: Workload[] } | undefined {
  const selector = labelSelector(at(pdb.body, 'spec', 'selector'))
  if (selector === undefined) return undefined
  return { selector, workloads: index.workloads.filter((w) => w.namespace === pdb.namespace && matches(selector, w.labels)) }
}
