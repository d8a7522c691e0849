import type { Doc } from './doc.ts'
import type { Located } from './finding.ts'
import type { Path } from './json.ts'
import type { Validator } from './schema-errors.ts'
import type { Selector } from './selectors.ts'

export interface ContainerPort {
  name: string | undefined
  containerPort: number
}

/** Pods some object creates (or that the mesh is assumed to run), as selectors see them. */
export interface Pods {
  name: string
  namespace: string
  labels: Record<string, string>
  ports: ContainerPort[]
  doc: Doc | undefined
}

/** A workload the files declare. */
export interface Workload extends Pods {
  doc: Doc
  podSpec: Record<string, unknown>
  /** Where the pod spec is in the document. */
  podPath: Path
  /** Desired replicas; undefined for kinds that do not have a count (DaemonSet, Job, Pod). */
  replicas: number | undefined
}

export interface ServicePort {
  index: number
  name: string | undefined
  port: number
  targetPort: string | number | undefined
  protocol: string
  appProtocol: string | undefined
}

export interface ServiceInfo {
  name: string
  namespace: string
  type: string
  selector: Selector | undefined
  ports: ServicePort[]
  doc: Doc | undefined
}

/** The cluster the files describe, built once; every check reads it. */
export interface Index {
  /** Every document read, in order, duplicates included. */
  docs: Doc[]
  problems: Located[]
  validators: Map<string, Validator | null>
  workloads: Workload[]
  services: ServiceInfo[]
  /** The objects of a kind; of two with one name, the later. */
  of(group: string, kind: string): Doc[]
  find(group: string, kind: string, namespace: string | undefined, name: string): Doc | undefined
  service(namespace: string, name: string): ServiceInfo | undefined
  /** True when the files hold objects in the namespace, so what it lacks can be told. */
  described(namespace: string): boolean
  /** The namespaces known to exist: those described, and those every cluster (or mesh) has. */
  namespaces: string[]
  namespaceExists(namespace: string): boolean
  /** undefined when the namespace is not described: nothing can be said of it. */
  serviceAccountExists(namespace: string, name: string): boolean | undefined
  podsMatching(selector: Selector, namespace: string | undefined): Pods[]
  servicesFor(pods: Pods): ServiceInfo[]
}
