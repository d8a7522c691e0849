import type { ContainerPort, Index, Pods, ServiceInfo, ServicePort, Workload } from './cluster-index.ts'
import { key, type Doc } from './doc.ts'
import { at, integer, list, record, stringMap, text, type Path } from './json.ts'
import type { Loaded } from './load.ts'
import { istioRoot } from './groups.ts'
import { istioGatewayPods, istioGatewayServices } from './istio/default-gateways.ts'
import type { Validator } from './schema-errors.ts'
import { isEmpty, mapSelector, matches } from './selectors.ts'

/** Namespaces every cluster has, or that a mesh's control plane lives in. */
const wellKnownNamespaces = ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'istio-system', 'linkerd']

const podTemplates: Record<string, Path> = {
  'apps/Deployment': ['spec', 'template'], 'apps/StatefulSet': ['spec', 'template'], 'apps/DaemonSet': ['spec', 'template'],
  'apps/ReplicaSet': ['spec', 'template'], '/ReplicationController': ['spec', 'template'], 'batch/Job': ['spec', 'template'],
  'batch/CronJob': ['spec', 'jobTemplate', 'spec', 'template'], '/Pod': [],
}

export function indexOf(loaded: Loaded, validators: Map<string, Validator | null>): Index {
  const byKind = new Map<string, Doc[]>()
  const byName = new Map<string, Doc>()
  const namespaces = new Set<string>()
  const nameOf = (doc: Doc) => `${doc.group}/${doc.kind}/${key(doc.namespace, doc.name)}`
  for (const doc of loaded.docs) {
    // The later of two objects with one name wins, as `kubectl apply` of the files in order would have it.
    byName.set(nameOf(doc), doc)
    namespaces.add(doc.namespace ?? (doc.kind === 'Namespace' && doc.group === '' ? doc.name : ''))
  }
  namespaces.delete('')
  const latest = loaded.docs.filter((doc) => byName.get(nameOf(doc)) === doc)
  for (const doc of latest) push(byKind, `${doc.group}/${doc.kind}`, doc)
  const of = (group: string, kind: string) => byKind.get(`${group}/${kind}`) ?? []

  const workloads = latest.flatMap((doc) => {
    const template = podTemplates[`${doc.group}/${doc.kind}`]
    return template === undefined ? [] : [workloadOf(doc, template)]
  })
  const pods: Pods[] = [...workloads]
  const services = of('', 'Service').map(serviceOf)
  const serviceAccounts = new Set(of('', 'ServiceAccount').map((d) => key(d.namespace, d.name)))
  if (!namespaces.has(istioRoot)) {
    pods.push(...istioGatewayPods)
    services.push(...istioGatewayServices)
  }
  const servicesByKey = new Map(services.map((s) => [key(s.namespace, s.name), s]))
  const podsByLabel = new Map<string, Pods[]>()
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.labels)) {
      push(podsByLabel, `${k}=${v}`, p)
    }
  }
  const servicesFor = new Map<Pods, ServiceInfo[]>()

  return {
    docs: loaded.docs,
    problems: loaded.problems,
    validators,
    workloads,
    services,
    of,
    find: (group, kind, namespace, name) => byName.get(`${group}/${kind}/${key(namespace, name)}`),
    service: (namespace, name) => servicesByKey.get(key(namespace, name)),
    described: (namespace) => namespaces.has(namespace),
    namespaces: [...new Set([...namespaces, ...wellKnownNamespaces])],
    namespaceExists: (namespace) => namespaces.has(namespace) || wellKnownNamespaces.includes(namespace),
    serviceAccountExists: (namespace, name) => (namespaces.has(namespace) ? name === 'default' || serviceAccounts.has(key(namespace, name)) : undefined),
    podsMatching(selector, namespace) {
      const [first] = Object.entries(selector.labels)
      const candidates = first === undefined ? pods : (podsByLabel.get(`${first[0]}=${first[1]}`) ?? [])
      return candidates.filter((p) => (namespace === undefined || p.namespace === namespace) && matches(selector, p.labels))
    },
    servicesFor(p) {
      let found = servicesFor.get(p)
      if (found === undefined) {
        found = services.filter((s) => s.namespace === p.namespace && s.selector !== undefined && !isEmpty(s.selector) && matches(s.selector, p.labels))
        servicesFor.set(p, found)
      }
      return found
    },
  }
}

function workloadOf(doc: Doc, template: Path): Workload {
  const isPod = template.length === 0
  const podSpec = record(at(doc.body, ...template, 'spec')) ?? {}
  const labels = isPod ? doc.labels : (stringMap(at(doc.body, ...template, 'metadata', 'labels')) ?? {})
  const ports = list(podSpec.containers).flatMap((c) => list(record(c)?.ports)).flatMap((p): ContainerPort[] => {
    const containerPort = integer(record(p)?.containerPort)
    return containerPort === undefined ? [] : [{ name: text(record(p)?.name), containerPort }]
  })
  const counted = doc.kind === 'Deployment' || doc.kind === 'StatefulSet' || doc.kind === 'ReplicaSet' || doc.kind === 'ReplicationController'
  return {
    name: doc.name,
    namespace: doc.namespace ?? 'default',
    labels,
    ports,
    doc,
    podSpec,
    podPath: [...template, 'spec'],
    replicas: counted ? (integer(at(doc.body, 'spec', 'replicas')) ?? 1) : undefined,
  }
}

function serviceOf(doc: Doc): ServiceInfo {
  const spec = record(doc.body.spec)
  const ports = list(spec?.ports).flatMap((p, index): ServicePort[] => {
    const port = integer(record(p)?.port)
    if (port === undefined) return []
    const target = record(p)?.targetPort
    return [{
      index, port, name: text(record(p)?.name), protocol: text(record(p)?.protocol) ?? 'TCP', appProtocol: text(record(p)?.appProtocol),
      targetPort: typeof target === 'string' || typeof target === 'number' ? target : undefined,
    }]
  })
  return { name: doc.name, namespace: doc.namespace ?? 'default', type: text(spec?.type) ?? 'ClusterIP', selector: mapSelector(spec?.selector), ports, doc }
}

function push<T>(map: Map<string, T[]>, id: string, value: T): void {
  const values = map.get(id)
  if (values === undefined) map.set(id, [value])
  else values.push(value)
}
