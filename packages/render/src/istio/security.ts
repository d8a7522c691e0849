import type { Call, Topology } from '@bazaar/topology'
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy'
import type { IPeerAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/PeerAuthentication'
import { uriTemplate } from '../call-paths.ts'
import { meta, serviceLabels } from '../names.ts'
import { meshCallers } from '../peers.ts'

type Rule = NonNullable<NonNullable<IAuthorizationPolicy['spec']>['rules']>[number]
export type Operation = NonNullable<NonNullable<Rule['to']>[number]['operation']>

/** The identity of Istio's default ingress gateway, the only caller of the platform's gateway. */
export const ingressPrincipal = 'cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account'

export function principal(t: Topology, service: string): string {
  return `cluster.local/ns/${t.namespace}/sa/${service}`
}

/** mTLS STRICT for the whole namespace; a service whose topology says otherwise gets its own. */
export function peerAuthentications(t: Topology): IPeerAuthentication[] {
  const exceptions = Object.entries(t.services).filter(([, s]) => s.mtls !== 'STRICT')
  return [
    { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta(t, 'default', { 'app.kubernetes.io/part-of': t.name }), spec: { mtls: { mode: 'STRICT' } } },
    ...exceptions.map(([name, s]): IPeerAuthentication => ({
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: meta(t, name, serviceLabels(t, name)),
      spec: { selector: { matchLabels: { app: name } }, mtls: { mode: s.mtls } },
    })),
  ]
}

/**
 * Allows exactly the service's callers (by service account) to make exactly their calls; with
 * an ALLOW policy in place everything else is denied, so a service nobody calls gets a policy
 * with no rules. The gateway is the way in: it admits the ingress gateway, for any request.
 */
export function authorizationPolicy(t: Topology, service: string): IAuthorizationPolicy {
  const rules: Rule[] = service === t.gateway.service
    ? [{ from: [{ source: { principals: [ingressPrincipal] } }] }]
    : meshCallers(t, service).map((caller) => ({
        from: [{ source: { principals: [principal(t, caller.service)] } }],
        to: operations(caller.calls).map((operation) => ({ operation })),
      }))
  return {
    apiVersion: 'security.istio.io/v1',
    kind: 'AuthorizationPolicy',
    metadata: meta(t, service, serviceLabels(t, service)),
    spec: { selector: { matchLabels: { app: service } }, action: 'ALLOW', ...(rules.length > 0 ? { rules } : {}) },
  }
}

/**
 * Calls grouped by method, paths as Envoy URI templates (`{*}` one segment, `{**}` the rest),
 * which Istio reads in AuthorizationPolicy paths: the topology's wildcards exactly.
 */
export function operations(calls: readonly { method?: Call['method']; path: string }[]): Operation[] {
  const byMethod = new Map<string, string[]>()
  for (const call of calls) {
    const key = call.method ?? ''
    const paths = byMethod.get(key) ?? []
    const path = uriTemplate(call.path)
    if (!paths.includes(path)) paths.push(path)
    byMethod.set(key, paths)
  }
  return [...byMethod].map(([method, paths]) => (method === '' ? { paths } : { methods: [method], paths }))
}
