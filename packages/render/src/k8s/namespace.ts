import type { Topology } from '@bazaar/topology'
import type { INamespace } from 'kubernetes-models/v1/Namespace'

/** The namespace every object of the topology lives in; meshes add their injection marker to it. */
export function namespace(t: Topology, extra: { labels?: Record<string, string>; annotations?: Record<string, string> } = {}): INamespace {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: t.namespace,
      labels: { 'app.kubernetes.io/part-of': t.name, ...extra.labels },
      ...(extra.annotations ? { annotations: extra.annotations } : {}),
    },
  }
}
