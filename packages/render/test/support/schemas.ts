import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import { parseAllDocuments } from 'yaml'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget'
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap'
import { Namespace } from 'kubernetes-models/v1/Namespace'
import { Service } from 'kubernetes-models/v1/Service'
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount'
import { DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule'
import { Gateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway'
import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService'
import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy'
import { PeerAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/PeerAuthentication'
import { RequestAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/RequestAuthentication'
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute'

interface Model {
  validate(): void
}
type ModelClass = new (data: never) => Model

/** Official schemas by apiVersion/kind: Kubernetes', Istio's and the Gateway API's as published. */
function modelClass(apiVersion: string, kind: string): ModelClass | undefined {
  const classes: unknown[] = [
    Namespace, ServiceAccount, ConfigMap, Service, Deployment, HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy,
    Gateway, VirtualService, DestinationRule, PeerAuthentication, AuthorizationPolicy, RequestAuthentication, HTTPRoute,
  ]
  const found = (classes as { apiVersion: string; kind: string }[]).find((c) => c.apiVersion === apiVersion && c.kind === kind)
  return found as unknown as ModelClass | undefined
}

interface CrdSchema {
  validate: ValidateFunction
  schema: JsonSchema
}
export interface JsonSchema {
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  additionalProperties?: unknown
  'x-kubernetes-preserve-unknown-fields'?: boolean
}

const ajv = new Ajv({ allErrors: true, strict: false })
const linkerd = new Map<string, CrdSchema>()
for (const file of ['server', 'authorization-policy', 'meshtls-authentication', 'network-authentication']) {
  const text = readFileSync(new URL(`../../schemas/linkerd/${file}.yaml`, import.meta.url), 'utf8')
  const crd = parseAllDocuments(text)[0]!.toJS() as { spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: JsonSchema } }[] } }
  for (const version of crd.spec.versions) {
    const schema = version.schema.openAPIV3Schema
    linkerd.set(`${crd.spec.group}/${version.name}:${crd.spec.names.kind}`, { validate: ajv.compile(schema), schema })
  }
}

/** Fields a structural schema does not know, which the API server would prune or refuse. */
export function unknownFields(schema: JsonSchema, value: unknown, at = ''): string[] {
  if (schema['x-kubernetes-preserve-unknown-fields'] || typeof value !== 'object' || value === null) return []
  if (Array.isArray(value)) return schema.items ? value.flatMap((item, i) => unknownFields(schema.items!, item, `${at}[${i}]`)) : []
  if (schema.properties === undefined) return []
  return Object.entries(value).flatMap(([key, child]) => {
    if (at === '' && ['apiVersion', 'kind', 'metadata'].includes(key)) return []
    const sub = schema.properties?.[key]
    return sub === undefined ? [`${at}.${key}`] : unknownFields(sub, child, `${at}.${key}`)
  })
}

/** Throws, naming the document, when it does not validate against its official schema. */
export function validateDocument(doc: object): void {
  const { apiVersion, kind, metadata } = doc as { apiVersion: string; kind: string; metadata?: { name?: string } }
  const name = `${apiVersion} ${kind} ${metadata?.name ?? '?'}`
  const crd = linkerd.get(`${apiVersion}:${kind}`)
  if (crd) {
    if (!crd.validate(doc)) throw new Error(`${name}: ${ajv.errorsText(crd.validate.errors)}`)
    const unknown = unknownFields(crd.schema, doc)
    if (unknown.length > 0) throw new Error(`${name}: unknown fields ${unknown.join(', ')}`)
    return
  }
  const Class = modelClass(apiVersion, kind)
  if (Class === undefined) throw new Error(`${name}: no schema to validate it against`)
  try {
    new Class(doc as never).validate()
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`)
  }
}
