import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { callers, serviceNames } from '@bazaar/topology'
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy'
import type { IDestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule'
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService'
import { uriTemplate } from '../src/call-paths.ts'
import { istioDocuments } from '../src/index.ts'
import { validateDocument } from './support/schemas.ts'
import { allTopologies, canary } from './support/topologies.ts'

type Doc = { apiVersion: string; kind: string; metadata: { name: string }; spec: Record<string, unknown> }
const find = <T>(docs: object[], kind: string, name: string) => (docs as Doc[]).find((d) => d.kind === kind && d.metadata.name === name) as T

describe('Istio documents', async () => {
  const topologies = await allTopologies()

  it('when each topology is rendered, then every document validates against Istio\'s schemas', () => {
    for (const { topology } of topologies) for (const doc of istioDocuments(topology) as Doc[]) validateDocument(doc)
  })

  it('when a service is called, then its AuthorizationPolicy allows exactly its callers\' accounts, methods and paths', () => {
    for (const { topology: t } of topologies) {
      const docs = istioDocuments(t)
      for (const name of serviceNames(t).filter((n) => n !== t.gateway.service)) {
        const policy = find<IAuthorizationPolicy>(docs, 'AuthorizationPolicy', name)
        assert.equal(policy.spec?.action, 'ALLOW')
        const granted = new Set((policy.spec?.rules ?? []).flatMap((rule) => rule.from!.flatMap((f) => f.source!.principals!).flatMap((who) =>
          rule.to!.flatMap((to) => (to.operation!.methods ?? ['*']).flatMap((m) => to.operation!.paths!.map((p) => `${who} ${m} ${p}`))))))
        const expected = new Set([
          `cluster.local/ns/${t.namespace}/sa/${t.gateway.service} GET /health`,
          ...callers(t, name).flatMap((c) => c.calls.map((call) => `cluster.local/ns/${t.namespace}/sa/${c.service} ${call.method ?? '*'} ${uriTemplate(call.path)}`)),
        ])
        assert.deepEqual(granted, expected, name)
      }
      const edge = find<IAuthorizationPolicy>(docs, 'AuthorizationPolicy', t.gateway.service)
      assert.deepEqual(edge.spec?.rules, [{ from: [{ source: { principals: ['cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account'] } }] }])
    }
  })

  it('when a dependency sets its own timeout and retries, then its caller\'s route carries them', () => {
    const vs = find<IVirtualService>(istioDocuments(canary()), 'VirtualService', 'catalog')
    const routes = vs.spec!.http!
    const safe = routes.find((r) => r.name === 'from-search')!
    assert.deepEqual([safe.timeout, safe.retries], ['600ms', { attempts: 3, perTryTimeout: '300ms', retryOn: 'gateway-error,connect-failure,refused-stream,reset' }])
    assert.deepEqual(safe.match, [{ sourceLabels: { app: 'search' }, uri: { regex: '^/products/.+$' }, method: { exact: 'GET' } }])
    const unsafe = routes.find((r) => r.name === 'from-search-not-idempotent')!
    assert.equal(unsafe.retries?.retryOn, 'connect-failure,refused-stream')
    assert.equal(routes.at(-1)?.name, 'default')
    assert.equal(routes.at(-1)?.timeout, '2s')
  })

  it('when a service has canary versions, then subsets and weighted routes split its traffic', () => {
    const docs = istioDocuments(canary())
    const rule = find<IDestinationRule>(docs, 'DestinationRule', 'catalog')
    assert.deepEqual(rule.spec?.subsets, [{ name: 'stable', labels: { version: 'stable' } }, { name: 'canary', labels: { version: 'canary' } }])
    const route = find<IVirtualService>(docs, 'VirtualService', 'catalog').spec!.http![0]!.route!
    assert.deepEqual(route.map((r) => [r.destination?.subset, r.weight]), [['stable', 90], ['canary', 10]])
  })

  it('when an edge has its own circuit breaker, then only its caller\'s sidecars eject on it', () => {
    const rule = find<IDestinationRule>(istioDocuments(canary()), 'DestinationRule', 'search-to-catalog')
    assert.deepEqual(rule.spec?.workloadSelector, { matchLabels: { app: 'search' } })
    assert.equal(rule.spec?.trafficPolicy?.outlierDetection?.consecutive5xxErrors, 2)
    assert.equal(rule.spec?.trafficPolicy?.outlierDetection?.baseEjectionTime, '1500ms')
    assert.ok(rule.spec?.trafficPolicy?.connectionPool?.tcp?.maxConnections)
  })

  it('when mTLS is rendered, then the namespace is STRICT and a service may relax it for itself', () => {
    const docs = istioDocuments(canary()) as Doc[]
    const peer = docs.filter((d) => d.kind === 'PeerAuthentication')
    assert.deepEqual(peer.map((p) => [p.metadata.name, p.spec.mtls]), [['default', { mode: 'STRICT' }], ['catalog', { mode: 'PERMISSIVE' }]])
  })

  it('when a service has access rules, then a JWT from the users service is required on those paths', async () => {
    const t = topologies[0]!.topology
    const docs = istioDocuments(t)
    const auth = find<Doc>(docs, 'RequestAuthentication', 'orders')
    assert.deepEqual(auth.spec.jwtRules, [{ issuer: 'bazaar-users', jwksUri: 'http://users.bazaar.svc.cluster.local:8080/.well-known/jwks.json', forwardOriginalToken: true }])
    const deny = find<IAuthorizationPolicy>(docs, 'AuthorizationPolicy', 'orders-require-jwt')
    assert.equal(deny.spec?.action, 'DENY')
    assert.deepEqual(deny.spec?.rules?.[0]?.from, [{ source: { notRequestPrincipals: ['*'] } }])
    assert.deepEqual(deny.spec?.rules?.[0]?.to?.map((to) => to.operation), [
      { methods: ['POST', 'PUT', 'PATCH', 'DELETE'], paths: ['/orders/{*}/status'] },
      { paths: ['/orders/{**}'] },
    ])
    assert.equal(find<Doc>(docs, 'RequestAuthentication', 'catalog'), undefined, 'a service without access rules takes any caller')
  })

  it('when the ingress is rendered, then each exposed route goes to the gateway with only its methods', () => {
    const seed = topologies[1]!.topology
    const vs = find<IVirtualService>(istioDocuments(seed), 'VirtualService', 'seed-000-ingress')
    const products = vs.spec!.http!.find((r) => r.name === 'product-catalog-products')!
    assert.deepEqual(products.match, [{ uri: { exact: '/api/products' }, method: { regex: 'GET' } }, { uri: { prefix: '/api/products/' }, method: { regex: 'GET' } }])
    assert.equal(products.route?.[0]?.destination?.host, 'gateway.shop.svc.cluster.local')
    assert.deepEqual(vs.spec!.http!.at(-1)?.match, [{ method: { regex: 'GET|HEAD' } }])
  })
})
