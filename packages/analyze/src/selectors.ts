import { list, record, stringMap, text } from './json.ts'

interface Expression {
  key: string
  operator: string
  values: string[]
}

/** A Kubernetes label selector: matchLabels and matchExpressions, or a plain map (Istio, Services). */
export interface Selector {
  labels: Record<string, string>
  expressions: Expression[]
}

/** `{ matchLabels, matchExpressions }`; undefined when the value is not a selector. */
export function labelSelector(value: unknown): Selector | undefined {
  const r = record(value)
  if (r === undefined) return undefined
  const expressions = list(r.matchExpressions).flatMap((e): Expression[] => {
    const key = text(record(e)?.key)
    const operator = text(record(e)?.operator)
    return key && operator ? [{ key, operator, values: list(record(e)?.values).filter((v): v is string => typeof v === 'string') }] : []
  })
  return { labels: stringMap(r.matchLabels) ?? {}, expressions }
}

/** A plain map of labels to match, as Istio's `selector` and a Service's `selector` are. */
export function mapSelector(value: unknown): Selector | undefined {
  const labels = stringMap(value)
  return labels === undefined ? undefined : { labels, expressions: [] }
}

export function isEmpty(selector: Selector): boolean {
  return Object.keys(selector.labels).length === 0 && selector.expressions.length === 0
}

export function matches(selector: Selector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.labels)) if (labels[k] !== v) return false
  return selector.expressions.every((e) => {
    const value = labels[e.key]
    switch (e.operator) {
      case 'In': return value !== undefined && e.values.includes(value)
      case 'NotIn': return value === undefined || !e.values.includes(value)
      case 'Exists': return value !== undefined
      case 'DoesNotExist': return value === undefined
      default: return false
    }
  })
}

/** `app=reviews,version=v1`, as istioctl prints a selector. */
export function selectorText(selector: Selector): string {
  const parts = Object.entries(selector.labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`)
  for (const e of selector.expressions) parts.push(`${e.key} ${e.operator} (${e.values.join(',')})`)
  return parts.join(',')
}
