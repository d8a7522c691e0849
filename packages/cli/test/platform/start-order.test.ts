import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadTopology, parseTopology } from '@bazaar/topology'
import { startOrder } from '../../src/platform/start-order.ts'

const topologyFile = new URL('../../../../topology.yaml', import.meta.url).pathname

test('when the platform starts, then every service starts after the services it calls, and the gateway last', async () => {
  const topology = await loadTopology(topologyFile)
  const order = startOrder(topology)
  assert.deepEqual([...order].sort(), Object.keys(topology.services).sort())
  assert.equal(order.at(-1), topology.gateway.service)
  for (const [name, service] of Object.entries(topology.services)) {
    for (const dependency of service.dependencies) {
      assert.ok(order.indexOf(dependency.service) < order.indexOf(name), `${dependency.service} starts before ${name}`)
    }
  }
})

test('when the calls form a cycle, then the error names the services on it', () => {
  const topology = parseTopology(`
apiVersion: bazaar.dev/v1
name: loop
gateway: { service: gateway }
services:
  gateway: { port: 8080, package: "@x/gateway" }
  a: { port: 7001, package: "@x/a", dependencies: [{ service: b, calls: [{ method: GET, path: /b }] }] }
  b: { port: 7002, package: "@x/b", dependencies: [{ service: a, calls: [{ method: GET, path: /a }] }] }
`, 'loop.yaml')
  assert.throws(() => startOrder(topology), /cycle: a -> b -> a/)
})
