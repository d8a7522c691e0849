import type { Doc } from '../../doc.ts'
import { at, list, type Path } from '../../json.ts'

export interface SourceValue {
  value: string
  path: Path
}

/** The values of a field (`namespaces`, `principals`, with their `not` forms) in an AuthorizationPolicy's sources. */
export function sourceValues(policy: Doc, field: 'namespaces' | 'principals'): SourceValue[] {
  const negated = field === 'namespaces' ? 'notNamespaces' : 'notPrincipals'
  return list(at(policy.body, 'spec', 'rules')).flatMap((rule, i) => list(at(rule, 'from')).flatMap((from, j) =>
    [field, negated].flatMap((name) => list(at(from, 'source', name)).flatMap((value, k) =>
      typeof value === 'string' ? [{ value, path: ['spec', 'rules', i, 'from', j, 'source', name, k] }] : []))))
}
