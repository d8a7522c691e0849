import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { topologyMismatches, type AnyServiceDefinition } from '@bazaar/kit'
import { loadTopology } from '@bazaar/topology'

const topologyFile = fileURLToPath(new URL('../../../../topology.yaml', import.meta.url))

test('every service\'s definition says what topology.yaml says: the services it calls, the events it publishes and consumes', async () => {
  const topology = await loadTopology(topologyFile)
  const problems: string[] = []
  for (const [name, entry] of Object.entries(topology.services)) {
    const { service } = (await import(entry.package)) as { service: AnyServiceDefinition }
    assert.equal(service.name, name)
    problems.push(...topologyMismatches(service, topology))
  }
  assert.deepEqual(problems, [])
})

test('a definition that calls, publishes or consumes what the topology does not say is caught', async () => {
  const topology = await loadTopology(topologyFile)
  const { OrderPaid, ProductCreated } = await import('@bazaar/contracts')
  const problems = topologyMismatches({ name: 'cart', calls: ['catalog', 'payments'], publishes: [OrderPaid], consumers: [{ events: [ProductCreated] }] }, topology)
  assert.deepEqual(problems, [
    'cart calls payments, but the topology declares no dependency on it',
    'cart publishes order.paid, but the topology\'s publishes does not list it',
    'cart consumes product.created, but the topology\'s consumes does not match it',
    'the topology says cart consumes order.created, but none of its consumers takes such an event',
  ])
})
