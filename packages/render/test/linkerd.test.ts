import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { callers, serviceNames, type Topology } from '@bazaar/topology'
import { linkerdDocuments } from '../src/index.ts'
import { validateDocument } from './support/schemas.ts'
import { allTopologies, canary } from './support/topologies.ts'

interface Match { path: { type: string; value: string }; method?: string }
interface Doc {
  apiVersion: string
  kind: string
  metadata: { name: string; annotations?: Record<string, string> }
  spec: {
    parentRefs?: { kind: string; name: string }[]
    rules?: { matches: Match[]; backendRefs?: { name: string; weight?: number }[] }[]
    targetRef?: { kind: string; name: string }
    requiredAuthenticationRefs?: { kind: string; name: string }[]
    identityRefs?: { name: string }[]
    proxyProtocol?: string
  }
}

/** A request a call stands for: each `*` one segment, `**` two. */
const sample = (path: string) => path.replaceAll('**', 'x/y').replaceAll('*', 'x')

/**
 * Linkerd's inbound decision, written independently of the generator: the most specific
 * matching route (exact path over regex over prefix, longer first, a method over none) is
 * chosen, then any AuthorizationPolicy on it may admit the client.
 */
function admitted(docs: Doc[], server: string, client: string, method: string, path: string): boolean {
  const candidates = docs.filter((d) => d.kind === 'HTTPRoute' && d.spec.parentRefs?.[0]?.kind === 'Server' && d.spec.parentRefs[0].name === server)
    .flatMap((route) => route.spec.rules!.flatMap((rule) => rule.matches.map((m) => ({ route: route.metadata.name, m }))))
    .filter(({ m }) => (m.method === undefined || m.method === method) && (m.path.type === 'Exact' ? m.path.value === path : new RegExp(m.path.value).test(path)))
    .map(({ route, m }) => ({ route, rank: [m.path.type === 'Exact' ? 2 : 1, m.path.value.length, m.method ? 1 : 0] }))
    .sort((a, b) => b.rank[0]! - a.rank[0]! || b.rank[1]! - a.rank[1]! || b.rank[2]! - a.rank[2]!)
  const chosen = candidates[0]?.route
  if (chosen === undefined) return false
  return docs.filter((d) => d.kind === 'AuthorizationPolicy' && d.spec.targetRef?.name === chosen).some((p) => {
    const ref = p.spec.requiredAuthenticationRefs![0]!
    if (ref.kind === 'NetworkAuthentication') return true
    return docs.find((d) => d.kind === 'MeshTLSAuthentication' && d.metadata.name === ref.name)!.spec.identityRefs!.some((i) => i.name === client)
  })
}

function checkEdges(t: Topology, docs: Doc[]): void {
  for (const service of serviceNames(t).filter((s) => s !== t.gateway.service)) {
    const server = `${service}-${t.services[service]!.protocol}`
    const edges = callers(t, service)
    for (const { service: client, calls } of edges) {
      for (const call of calls) assert.ok(admitted(docs, server, client, call.method ?? 'PATCH', sample(call.path)), `${client} -> ${service} ${call.method ?? '*'} ${call.path}`)
    }
    const stranger = serviceNames(t).find((s) => !edges.some((e) => e.service === s) && s !== service && s !== t.gateway.service)
    for (const { calls } of edges) {
      for (const call of calls) if (stranger) assert.ok(!admitted(docs, server, stranger, call.method ?? 'GET', sample(call.path)), `${stranger} -> ${service} ${call.path}`)
    }
    assert.ok(admitted(docs, server, 'kubelet', 'GET', '/ready'), `${service} probes`)
    assert.ok(!admitted(docs, server, t.gateway.service, 'GET', '/no/such/call'), `${service} refuses undeclared paths`)
  }
}

describe('Linkerd documents', async () => {
  const topologies = await allTopologies()

  it('when each topology is rendered, then every document validates against Linkerd\'s CRDs and the Gateway API', () => {
    for (const { topology } of topologies) for (const doc of linkerdDocuments(topology) as Doc[]) validateDocument(doc)
  })

  it('when a caller makes a declared call, then its mesh identity is admitted, and no other service\'s is', () => {
    for (const { topology } of topologies) checkEdges(topology, linkerdDocuments(topology) as Doc[])
  })

  it('when a caller overlaps a broader call, then the narrower route admits both callers', () => {
    const docs = linkerdDocuments(topologies[0]!.topology) as Doc[]
    assert.ok(admitted(docs, 'users-http', 'gateway', 'GET', '/users/7'))
    assert.ok(admitted(docs, 'users-http', 'notifications', 'GET', '/users/7'))
    assert.ok(!admitted(docs, 'users-http', 'notifications', 'GET', '/users/7/addresses'))
    assert.ok(!admitted(docs, 'users-http', 'catalog', 'GET', '/users/7'))
  })

  it('when an edge retries, then its outbound route carries Linkerd\'s timeout and retry annotations', () => {
    const docs = linkerdDocuments(canary()) as Doc[]
    const retried = docs.find((d) => d.kind === 'HTTPRoute' && d.metadata.name === 'catalog-600ms-retry3')!
    assert.deepEqual(retried.metadata.annotations, {
      'timeout.linkerd.io/request': '600ms', 'retry.linkerd.io/http': '5xx', 'retry.linkerd.io/limit': '3', 'retry.linkerd.io/timeout': '300ms',
    })
    assert.deepEqual(retried.spec.rules![0]!.matches, [{ path: { type: 'RegularExpression', value: '^/products/.+$' }, method: 'GET' }])
    const notRetried = docs.find((d) => d.kind === 'HTTPRoute' && d.metadata.name === 'catalog-600ms')!
    assert.equal(notRetried.metadata.annotations?.['retry.linkerd.io/http'], undefined)
  })

  it('when a service has canary versions, then every outbound route splits by weight over the version Services', () => {
    const docs = linkerdDocuments(canary()) as Doc[]
    const outbound = docs.filter((d) => d.kind === 'HTTPRoute' && d.spec.parentRefs?.[0]?.kind === 'Service' && d.spec.parentRefs[0].name === 'catalog')
    assert.ok(outbound.length >= 2)
    for (const route of outbound) {
      assert.deepEqual(route.spec.rules![0]!.backendRefs, [{ name: 'catalog-stable', port: 8080, weight: 90 }, { name: 'catalog-canary', port: 8080, weight: 10 }])
    }
    assert.equal(docs.find((d) => d.kind === 'Server' && d.metadata.name === 'catalog-http2')?.spec.proxyProtocol, 'HTTP/2')
  })
})
