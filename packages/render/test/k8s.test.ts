import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { callers, serviceNames } from '@bazaar/topology'
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment'
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy'
import { kubernetesDocuments } from '../src/index.ts'
import { validateDocument } from './support/schemas.ts'
import { allTopologies, canary } from './support/topologies.ts'

type Doc = { apiVersion: string; kind: string; metadata: { name: string }; spec?: unknown; data?: Record<string, string> }
const image = 'bazaar:test'
const ofKind = <T>(docs: Doc[], kind: string) => docs.filter((d) => d.kind === kind) as unknown as T[]

describe('Kubernetes documents', async () => {
  const topologies = await allTopologies()

  it('when each topology is rendered, then every document validates against the official schemas', () => {
    for (const { topology } of topologies) for (const doc of kubernetesDocuments(topology, { image }) as Doc[]) validateDocument(doc)
  })

  it('when a Deployment is rendered, then it is probed, bounded, non-root, read-only and spread', () => {
    for (const { topology } of topologies) {
      for (const d of ofKind<IDeployment>(kubernetesDocuments(topology, { image }) as Doc[], 'Deployment')) {
        const pod = d.spec!.template.spec!
        const c = pod.containers[0]!
        assert.equal(c.readinessProbe?.httpGet?.path, '/ready')
        assert.equal(c.livenessProbe?.httpGet?.path, '/health')
        assert.ok(c.resources?.requests?.cpu && c.resources.limits?.memory)
        assert.equal(pod.securityContext?.runAsNonRoot, true)
        assert.equal(c.securityContext?.readOnlyRootFilesystem, true)
        assert.equal(c.securityContext?.allowPrivilegeEscalation, false)
        assert.equal(pod.topologySpreadConstraints?.length, 2)
        assert.deepEqual(c.ports, [{ name: c.readinessProbe?.httpGet?.port, containerPort: 8080, protocol: 'TCP' }])
      }
    }
  })

  it('when a service has versions, then each has a Deployment with its share of replicas, its image and a Service', () => {
    const docs = kubernetesDocuments(canary(), { image }) as Doc[]
    const deployments = ofKind<IDeployment>(docs, 'Deployment').filter((d) => d.metadata?.name?.startsWith('catalog'))
    assert.deepEqual(deployments.map((d) => [d.metadata?.name, d.spec?.template.spec?.containers[0]?.image, d.spec?.template.metadata?.labels?.version]),
      [['catalog-stable', image, 'stable'], ['catalog-canary', 'bazaar:0.2.0', 'canary']])
    const hpas = ofKind<{ metadata: { name: string }; spec: { minReplicas: number; maxReplicas: number } }>(docs, 'HorizontalPodAutoscaler')
    assert.deepEqual(hpas.map((h) => [h.metadata.name, h.spec.minReplicas, h.spec.maxReplicas]), [['catalog-stable', 4, 9], ['catalog-canary', 1, 1]])
    assert.ok(deployments.every((d) => d.spec?.replicas === undefined), 'the HPA owns the replica count')
    assert.deepEqual(ofKind<Doc>(docs, 'Service').map((s) => s.metadata.name).filter((n) => n.startsWith('catalog')), ['catalog', 'catalog-stable', 'catalog-canary'])
    const search = ofKind<IDeployment>(docs, 'Deployment').find((d) => d.metadata?.name === 'search')
    assert.equal(search?.spec?.replicas, 2)
  })

  it('when a PodDisruptionBudget is rendered, then it lets one pod go whatever the replica count', () => {
    for (const { topology } of topologies) {
      const docs = kubernetesDocuments(topology, { image }) as Doc[]
      const budgets = ofKind<{ metadata: { name: string }; spec: { maxUnavailable: number; minAvailable?: number } }>(docs, 'PodDisruptionBudget')
      assert.deepEqual(budgets.map((b) => b.metadata.name), ofKind<Doc>(docs, 'Deployment').map((d) => d.metadata.name))
      assert.ok(budgets.every((b) => b.spec.maxUnavailable === 1 && b.spec.minAvailable === undefined))
    }
  })

  it('when NetworkPolicies are rendered, then each service admits exactly its callers and the gateway anyone', () => {
    for (const { topology: t } of topologies) {
      const policies = ofKind<INetworkPolicy>(kubernetesDocuments(t, { image }) as Doc[], 'NetworkPolicy')
      assert.deepEqual(policies.map((p) => p.metadata?.name), serviceNames(t))
      for (const p of policies) {
        const name = p.metadata!.name!
        const rules = p.spec!.ingress!
        if (name === t.gateway.service) {
          assert.deepEqual(rules, [{ ports: [{ port: 'http', protocol: 'TCP' }] }])
          continue
        }
        const expected = new Set([t.gateway.service, ...callers(t, name).map((c) => c.service)])
        assert.deepEqual(new Set(rules.flatMap((r) => r.from!.map((f) => f.podSelector!.matchLabels!.app))), expected, name)
      }
    }
  })

  it('when a service has env and secrets, then settings come from its ConfigMap and secrets by reference', () => {
    const docs = kubernetesDocuments(canary(), { image }) as Doc[]
    const config = ofKind<Doc>(docs, 'ConfigMap').find((c) => c.metadata.name === 'search')!
    assert.equal(config.data?.CATALOG_URL, 'http://catalog:8080')
    assert.equal(config.data?.HOST, '0.0.0.0')
    assert.equal(config.data?.PORT, '8080')
    assert.equal(config.data?.SERVICE, 'search')
    const catalog = ofKind<IDeployment>(docs, 'Deployment').find((d) => d.metadata?.name === 'catalog-stable')!
    assert.deepEqual(catalog.spec?.template.spec?.containers[0]?.env, [{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'catalog', key: 'DATABASE_URL' } } }])
    assert.equal(ofKind<Doc>(docs, 'ConfigMap').find((c) => c.metadata.name === 'catalog')!.data?.LOG_LEVEL, 'debug')
    const gateway = ofKind<Doc>(docs, 'ConfigMap').find((c) => c.metadata.name === 'gateway')!
    assert.deepEqual(Object.keys(gateway.data ?? {}).filter((k) => k.endsWith('_URL')), ['USERS_URL', 'CATALOG_URL', 'SEARCH_URL', 'WORKER_URL'])
  })
})
