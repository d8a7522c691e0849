import type { Doc } from '../../doc.ts'
import type { Index, Pods } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { isEmpty, mapSelector, type Selector } from '../../selectors.ts'

/** A Gateway's selector and the gateway pods it picks, in any namespace (Istio's default). */
export function gatewayPods(index: Index, gateway: Doc): { selector: Selector; pods: Pods[] } | undefined {
  const selector = mapSelector(at(gateway.body, 'spec', 'selector'))
  if (selector === undefined || isEmpty(selector)) return undefined
  return { selector, pods: index.podsMatching(selector, undefined) }
}
