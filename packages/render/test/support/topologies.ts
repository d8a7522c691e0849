import { loadTopology, parseTopology, type Topology } from '@bazaar/topology'

export const repoRoot = new URL('../../../../', import.meta.url)

/** A topology that uses what Bazaar's own does not: canaries, http2, relaxed mTLS, env and secrets. */
export const canaryYaml = `
apiVersion: bazaar.dev/v1
name: canary-shop
namespace: canary
defaults: { timeoutMs: 1000, retries: 1 }
gateway: { service: gateway }
services:
  gateway:
    port: 8080
    package: "@bazaar/gateway"
  users:
    port: 7001
    package: "@bazaar/users"
    expose: [{ path: /users }, { path: /.well-known/jwks.json, methods: [GET] }]
  catalog:
    port: 7002
    package: "@shop/catalog"
    protocol: http2
    replicas: 4
    autoscaling: { min: 4, max: 10, cpuPercent: 60 }
    versions: [{ name: stable, weight: 90 }, { name: canary, weight: 10, image: "bazaar:0.2.0" }]
    expose: [{ path: /products }]
    access: [{ path: /products/*/reviews, methods: [POST], require: user }]
    env: { LOG_LEVEL: debug }
    secrets: [DATABASE_URL]
    mtls: PERMISSIVE
  search:
    port: 7003
    package: "@shop/search"
    replicas: 2
    dependencies:
      - service: catalog
        calls: [{ method: GET, path: /products/** }, { method: POST, path: /products/*/reviews }]
        timeoutMs: 300
        retries: 3
        circuitBreaker: { consecutiveFailures: 2, halfOpenAfterMs: 1500 }
  worker:
    port: 7004
    package: "@shop/worker"
`

export interface Named {
  name: string
  topology: Topology
}

/** Bazaar's own topology, seed 000's and the canary one: every generator runs on all three. */
export async function allTopologies(): Promise<Named[]> {
  return [
    { name: 'topology.yaml', topology: await loadTopology(new URL('topology.yaml', repoRoot).pathname) },
    { name: 'examples/seed-000.yaml', topology: await loadTopology(new URL('examples/seed-000.yaml', repoRoot).pathname) },
    { name: 'canary', topology: parseTopology(canaryYaml, 'canary.yaml') },
  ]
}

export const canary = (): Topology => parseTopology(canaryYaml, 'canary.yaml')
