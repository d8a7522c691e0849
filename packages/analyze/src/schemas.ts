import type { Doc } from './doc.ts'
import { linkerdValidators } from './linkerd-schemas.ts'
import { schemaErrors, type Validator } from './schema-errors.ts'

interface ModelClass {
  apiVersion: string
  kind: string
  new (data: unknown): { validate(): void }
}

/**
 * The official schema of every apiVersion/kind the documents use, shipped with the packages:
 * kubernetes-models for Kubernetes, @kubernetes-models/istio, @kubernetes-models/gateway-api,
 * and Linkerd's CRDs (through ajv). null for a kind there is no schema for.
 */
export async function loadValidators(docs: readonly Doc[]): Promise<Map<string, Validator | null>> {
  const validators = new Map<string, Validator | null>()
  const linkerd = docs.some((d) => d.group === 'policy.linkerd.io') ? await linkerdValidators() : new Map<string, Validator>()
  for (const doc of docs) {
    const id = validatorKey(doc)
    if (validators.has(id)) continue
    validators.set(id, linkerd.get(id) ?? (await modelValidator(doc.apiVersion, doc.kind)))
  }
  return validators
}

export function validatorKey(doc: Pick<Doc, 'apiVersion' | 'kind'>): string {
  return `${doc.apiVersion}:${doc.kind}`
}

function modulePath(apiVersion: string, kind: string): string | undefined {
  const slash = apiVersion.lastIndexOf('/')
  const group = slash < 0 ? '' : apiVersion.slice(0, slash)
  const version = apiVersion.slice(slash + 1)
  // The specifier is built from the document: only plain names may reach import().
  if (!/^[a-z0-9.-]*$/.test(group) || !/^v[0-9]+[a-z0-9]*$/.test(version) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined
  if (group.endsWith('.istio.io')) return `@kubernetes-models/istio/${group}/${version}/${kind}`
  if (group.startsWith('gateway.networking.')) return `@kubernetes-models/gateway-api/${group}/${version}/${kind}`
  if (group === '') return `kubernetes-models/${version}/${kind}`
  if (!group.includes('.') || group.endsWith('.k8s.io')) return `kubernetes-models/${group}/${version}/${kind}`
  return undefined
}

async function modelValidator(apiVersion: string, kind: string): Promise<Validator | null> {
  const path = modulePath(apiVersion, kind)
  if (path === undefined) return null
  let exported: unknown
  try {
    exported = ((await import(path)) as Record<string, unknown>)[kind]
  } catch {
    return null
  }
  // The packages also export parts of objects (ObjectMeta, HTTPRouteRule): only a model of the kind will do.
  const Model = exported as ModelClass
  if (typeof exported !== 'function' || Model.apiVersion !== apiVersion || Model.kind !== kind) return null
  return (body) => {
    try {
      new Model(body).validate()
      return []
    } catch (error) {
      return schemaErrors(error)
    }
  }
}
