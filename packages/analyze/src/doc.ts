import type { Path } from './json.ts'

/** One Kubernetes object read from a file, with what every check needs to name and locate it. */
export interface Doc {
  file: string
  apiVersion: string
  /** The API group: '' for the core group (`v1`). */
  group: string
  kind: string
  name: string
  /** undefined for cluster-scoped kinds; `default` when a namespaced object names none. */
  namespace: string | undefined
  labels: Record<string, string>
  annotations: Record<string, string>
  body: Record<string, unknown>
  /** The line (1-based) of the field at `path`, or of the deepest part of it that exists. */
  lineOf(path: Path): number
}

/** Kinds that live outside namespaces, among those a mesh configuration holds. */
const clusterScoped: ReadonlySet<string> = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'StorageClass', 'PriorityClass', 'IngressClass', 'GatewayClass', 'RuntimeClass', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'CSIDriver',
])

export function isClusterScoped(kind: string): boolean {
  return clusterScoped.has(kind)
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}

/** `ns/name`, the key objects are indexed by. */
export function key(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`
}
