import type { Doc } from '../doc.ts'
import { istioRoot } from '../groups.ts'
import type { Index, Pods } from '../cluster-index.ts'
import { at, record } from '../json.ts'
import { mapSelector, selectorText } from '../selectors.ts'

export interface Scope {
  /** What the policy selects, as istioctl prints it ('' for a whole namespace). */
  labels: string
  pods: Pods[]
}

/**
 * The pods an Istio security policy (`selector.matchLabels`) applies to: those of its namespace,
 * or of the whole mesh in the root namespace. undefined for a mesh-wide policy without selector,
 * and for one that targets by `targetRef(s)` (a gateway or waypoint) instead.
 */
export function policyScope(index: Index, policy: Doc): Scope | undefined {
  const spec = record(policy.body.spec)
  if (spec?.targetRef !== undefined || spec?.targetRefs !== undefined) return undefined
  const selector = mapSelector(at(spec, 'selector', 'matchLabels'))
  const root = policy.namespace === istioRoot
  if (selector === undefined || Object.keys(selector.labels).length === 0) {
    if (root) return undefined
    return { labels: '', pods: index.podsMatching({ labels: {}, expressions: [] }, policy.namespace) }
  }
  return { labels: selectorText(selector), pods: index.podsMatching(selector, root ? undefined : policy.namespace) }
}
