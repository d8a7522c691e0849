import type { Call, Topology } from '@bazaar/topology'
import type { IHTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute'
import { callsOverlap } from '../call-paths.ts'
import { meta, serviceLabels } from '../names.ts'
import { meshCallers } from '../peers.ts'
import { atLeastAsSpecific, callMatch } from './matches.ts'
import { anyNetworkName, serverName } from './server.ts'
import type { AuthorizationPolicy, MeshTLSAuthentication } from './types.ts'

const gatewayApi = 'gateway.networking.k8s.io'
const policyApi = 'policy.linkerd.io'
const probes: Call[] = [{ method: 'GET', path: '/health' }, { method: 'GET', path: '/ready' }]
const key = (call: Call) => `${call.method ?? '*'} ${call.path}`

interface Grant {
  name: string
  callers: string[]
  calls: Call[]
}

/**
 * Inbound HTTPRoutes on the service's Server, each authorized for a set of mesh identities.
 * Linkerd matches a request to ONE route (the most specific) before it checks who may use it,
 * so a call's route must admit every caller whose broader calls also match its requests; calls
 * are grouped by that set of callers. Once a Server has routes, requests matching none are
 * refused; the kubelet's probes get a route open to any network (which also serves the
 * gateway's health probe). The gateway is the way in: its whole Server is open.
 */
export function authorizationDocuments(t: Topology, service: string): object[] {
  if (service === t.gateway.service) {
    return [policy(t, service, `${service}-edge`, { group: policyApi, kind: 'Server', name: serverName(t, service) }, networkRef)]
  }
  const docs: object[] = [route(t, service, `${service}-probes`, probes), policy(t, service, `${service}-probes`, routeRef(`${service}-probes`), networkRef)]
  for (const grant of grants(t, service)) {
    docs.push(
      route(t, service, grant.name, grant.calls),
      identities(t, service, grant.name, grant.callers),
      policy(t, service, grant.name, routeRef(grant.name), { group: policyApi, kind: 'MeshTLSAuthentication', name: grant.name }),
    )
  }
  return docs
}

function grants(t: Topology, service: string): Grant[] {
  const all = meshCallers(t, service).flatMap((c) => c.calls.map((call) => ({ caller: c.service, call })))
  const seen = new Set(probes.map(key))
  const byCallers = new Map<string, Grant>()
  for (const { call } of all) {
    if (seen.has(key(call))) continue
    seen.add(key(call))
    // Requests both match go to this call's route when it is the more specific one.
    const callers = [...new Set(all.filter((o) => key(o.call) === key(call) || (callsOverlap(o.call, call) && atLeastAsSpecific(call, o.call))).map((o) => o.caller))]
    const group = byCallers.get(callers.join(',')) ?? { name: '', callers, calls: [] }
    group.calls.push(call)
    byCallers.set(callers.join(','), group)
  }
  let shared = 0
  return [...byCallers.values()].map((g) => ({ ...g, name: g.callers.length === 1 ? `${service}-from-${g.callers[0]}` : `${service}-shared-${++shared}` }))
}

const networkRef = { group: policyApi, kind: 'NetworkAuthentication', name: anyNetworkName }
const routeRef = (name: string) => ({ group: gatewayApi, kind: 'HTTPRoute', name })

function route(t: Topology, service: string, name: string, calls: Call[]): IHTTPRoute {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: meta(t, name, serviceLabels(t, service)),
    spec: {
      parentRefs: [{ group: policyApi, kind: 'Server', name: serverName(t, service) }],
      rules: [{ matches: calls.map(callMatch) }],
    },
  }
}

function identities(t: Topology, service: string, name: string, callers: string[]): MeshTLSAuthentication {
  return {
    apiVersion: 'policy.linkerd.io/v1alpha1',
    kind: 'MeshTLSAuthentication',
    metadata: meta(t, name, serviceLabels(t, service)),
    spec: { identityRefs: callers.map((caller) => ({ kind: 'ServiceAccount', name: caller })) },
  }
}

type Ref = AuthorizationPolicy['spec']['targetRef']

function policy(t: Topology, service: string, name: string, targetRef: Ref, authentication: Ref): AuthorizationPolicy {
  return {
    apiVersion: 'policy.linkerd.io/v1alpha1',
    kind: 'AuthorizationPolicy',
    metadata: meta(t, name, serviceLabels(t, service)),
    spec: { targetRef, requiredAuthenticationRefs: [authentication] },
  }
}
