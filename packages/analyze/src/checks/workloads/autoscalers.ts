import type { Doc } from '../../doc.ts'
import { groupOf, key } from '../../doc.ts'
import type { Index } from '../../cluster-index.ts'
import { at, integer, text } from '../../json.ts'

export interface Autoscaler {
  hpa: Doc
  group: string
  kind: string
  name: string
  namespace: string
  target: Doc | undefined
  minReplicas: number
}

/** Every HorizontalPodAutoscaler with the object it scales, looked up in the files. */
export function autoscalers(index: Index): Autoscaler[] {
  return index.of('autoscaling', 'HorizontalPodAutoscaler').flatMap((hpa) => {
    const kind = text(at(hpa.body, 'spec', 'scaleTargetRef', 'kind'))
    const name = text(at(hpa.body, 'spec', 'scaleTargetRef', 'name'))
    if (kind === undefined || name === undefined) return []
    const group = groupOf(text(at(hpa.body, 'spec', 'scaleTargetRef', 'apiVersion')) ?? '')
    const namespace = hpa.namespace ?? 'default'
    return [{ hpa, group, kind, name, namespace, target: index.find(group, kind, namespace, name), minReplicas: integer(at(hpa.body, 'spec', 'minReplicas')) ?? 1 }]
  })
}

/** The autoscaler of each scaled object, by its group/kind/namespace/name. */
export function autoscalerOf(index: Index): Map<string, Autoscaler> {
  return new Map(autoscalers(index).flatMap((a) => (a.target ? [[`${a.group}/${a.kind}/${key(a.namespace, a.name)}`, a]] : [])))
}
