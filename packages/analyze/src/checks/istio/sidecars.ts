import type { Doc } from '../../doc.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index, Pods } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { isEmpty, mapSelector, type Selector } from '../../selectors.ts'

export interface SidecarScope {
  sidecar: Doc
  /** undefined for a Sidecar without workloadSelector: the namespace's default. */
  selector: Selector | undefined
  pods: Pods[]
}

/** Every Sidecar with the pods of its namespace it selects. */
export function sidecarScopes(index: Index): SidecarScope[] {
  return index.of(istioNetworking, 'Sidecar').map((sidecar) => {
    const selector = mapSelector(at(sidecar.body, 'spec', 'workloadSelector', 'labels'))
    const scoped = selector === undefined || isEmpty(selector) ? undefined : selector
    return { sidecar, selector: scoped, pods: scoped === undefined ? [] : index.podsMatching(scoped, sidecar.namespace) }
  })
}
